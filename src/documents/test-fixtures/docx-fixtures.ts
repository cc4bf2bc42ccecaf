/** DOCX fixtures built at test time with the `docx` package, and a zip bomb built with fflate. */
import { Document, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { strToU8, zipSync } from "fflate";

/** A short resume: heading, contact line, bullets, a table row and a header with an e-mail. */
export async function buildResumeDocx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph("jane.doe@example.com")] }) },
        children: [
          new Paragraph({ text: "Jane Doe", heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [new TextRun("Senior "), new TextRun({ text: "Software Engineer", bold: true })],
          }),
          new Paragraph({ text: "Skills", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "TypeScript", bullet: { level: 0 } }),
          new Paragraph({ text: "PostgreSQL", bullet: { level: 0 } }),
          new Paragraph({ text: "Experience", heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph("2019 – 2023")] }),
                  new TableCell({ children: [new Paragraph("Engineer at Acme & Co")] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A resume-sized DOCX with `roles` work entries of several bullets each (for benchmarks). */
export async function buildLongDocx(roles: number): Promise<Uint8Array> {
  const children: Paragraph[] = [new Paragraph({ text: "Experience", heading: HeadingLevel.HEADING_1 })];
  for (let role = 0; role < roles; role++) {
    children.push(new Paragraph({ text: `Engineer ${role} at Company ${role}, 2015 - 2019` }));
    for (let bullet = 0; bullet < 5; bullet++) {
      children.push(
        new Paragraph({
          text: `Built service ${bullet} with TypeScript, Node.js and PostgreSQL for ${bullet + 2} teams.`,
          bullet: { level: 0 },
        }),
      );
    }
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A DOCX whose paragraphs are all empty. */
export async function buildEmptyTextDocx(): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: [new Paragraph(""), new Paragraph("   ")] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

const MINIMAL_CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';

/**
 * A zip bomb shaped like a DOCX: `word/document.xml` plus one entry of `hugeBytes` zeros that
 * deflates to a tiny fraction of its size (about 1/1000).
 */
export function buildZipBombDocx(hugeBytes: number): Uint8Array {
  return zipSync(
    {
      "[Content_Types].xml": strToU8(MINIMAL_CONTENT_TYPES),
      "word/document.xml": strToU8("<w:document/>"),
      "word/media/padding.xml": new Uint8Array(hugeBytes),
    },
    { level: 6 },
  );
}

/** An archive with more entries than a document would ever have. */
export function buildManyEntriesDocx(entries: number): Uint8Array {
  const files: Record<string, Uint8Array> = { "word/document.xml": strToU8("<w:document/>") };
  for (let index = 0; index < entries; index++) files[`word/part${index}.xml`] = strToU8("<x/>");
  return zipSync(files, { level: 0 });
}

/**
 * A zip bomb whose headers lie: every size field of the big entry claims `claimedBytes`, so only
 * inflating with a budget can notice it.
 */
export function buildLyingZipBombDocx(hugeBytes: number, claimedBytes = 100): Uint8Array {
  const bytes = buildZipBombDocx(hugeBytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = strToU8("word/media/padding.xml");
  const namesMatch = (at: number): boolean => name.every((value, index) => bytes[at + index] === value);
  for (let offset = 0; offset + 46 < bytes.length; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50 && namesMatch(offset + 30)) view.setUint32(offset + 22, claimedBytes, true);
    if (signature === 0x02014b50 && namesMatch(offset + 46)) view.setUint32(offset + 24, claimedBytes, true);
  }
  return bytes;
}
