/**
 * A tiny hand-written PDF writer for test fixtures: pages with Helvetica text objects, optional
 * image XObjects (a "scanned" page), and optional RC4 encryption with the standard security handler
 * (revision 2, 40-bit key) so fixtures need no external tool.
 */
import { createHash } from "node:crypto";

export interface PdfTextRun {
  /** Left edge in points from the page's left side. */
  x: number;
  /** Baseline in points from the page's bottom. */
  y: number;
  text: string;
  /** Font size in points; default 11. */
  size?: number;
}

export interface PdfImagePlacement {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPageSpec {
  texts?: PdfTextRun[];
  images?: PdfImagePlacement[];
}

export interface BuildPdfOptions {
  pages: PdfPageSpec[];
  /** Encrypt with RC4-40; an empty user password opens without a prompt. */
  encryption?: { userPassword: string; ownerPassword: string };
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const PASSWORD_PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e,
  0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
const FILE_ID = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
const PERMISSIONS = -44;

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0) & 0xff);
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const result = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (character) => `\\${character}`);
}

function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

function md5(parts: Uint8Array[]): Uint8Array {
  const hash = createHash("md5");
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
}

/** RC4 keystream cipher (encryption and decryption are the same operation). */
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const state = Uint8Array.from({ length: 256 }, (_, index) => index);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
  }
  const output = new Uint8Array(data.length);
  let i = 0;
  j = 0;
  for (let index = 0; index < data.length; index++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
    output[index] = data[index]! ^ state[(state[i]! + state[j]!) & 0xff]!;
  }
  return output;
}

function padPassword(password: string): Uint8Array {
  return concatBytes([latin1(password), PASSWORD_PADDING]).slice(0, 32);
}

interface EncryptionState {
  fileKey: Uint8Array;
  ownerEntry: Uint8Array;
  userEntry: Uint8Array;
}

function createEncryptionState(userPassword: string, ownerPassword: string): EncryptionState {
  const ownerKey = md5([padPassword(ownerPassword)]).slice(0, 5);
  const ownerEntry = rc4(ownerKey, padPassword(userPassword));
  const permissionBytes = new Uint8Array(4);
  new DataView(permissionBytes.buffer).setInt32(0, PERMISSIONS, true);
  const fileKey = md5([padPassword(userPassword), ownerEntry, permissionBytes, FILE_ID]).slice(0, 5);
  return { fileKey, ownerEntry, userEntry: rc4(fileKey, PASSWORD_PADDING) };
}

function objectKey(fileKey: Uint8Array, objectNumber: number): Uint8Array {
  const suffix = Uint8Array.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, objectNumber >> 16, 0, 0]);
  return md5([fileKey, suffix]).slice(0, Math.min(fileKey.length + 5, 16));
}

function pageContent(page: PdfPageSpec): string {
  const operations: string[] = [];
  page.images?.forEach((image, index) => {
    operations.push(`q ${image.width} 0 0 ${image.height} ${image.x} ${image.y} cm /Im${index} Do Q`);
  });
  for (const run of page.texts ?? []) {
    const size = run.size ?? 11;
    operations.push(`BT /F1 ${size} Tf ${run.x} ${run.y} Td (${escapePdfString(run.text)}) Tj ET`);
  }
  return operations.join("\n");
}

type PdfObject = { dictionary: string; stream?: Uint8Array; strings?: Record<string, string> };

/** Build a complete PDF file (header, objects, xref table, trailer). */
export function buildPdf(options: BuildPdfOptions): Uint8Array {
  const encryption = options.encryption
    ? createEncryptionState(options.encryption.userPassword, options.encryption.ownerPassword)
    : undefined;
  const objects: PdfObject[] = [];
  const add = (object: PdfObject): number => objects.push(object);
  const catalogNumber = add({ dictionary: "" });
  const pagesNumber = add({ dictionary: "" });
  const fontNumber = add({
    dictionary: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  });
  const pageNumbers: number[] = [];
  for (const page of options.pages) {
    const imageRefs = (page.images ?? []).map((_, index) => {
      const imageNumber = add({
        dictionary:
          "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
        stream: Uint8Array.from([0x20, 0xe0, 0xe0, 0x20]),
      });
      return `/Im${index} ${imageNumber} 0 R`;
    });
    const contentNumber = add({ dictionary: "<<", stream: latin1(pageContent(page)) });
    const resources = `<< /Font << /F1 ${fontNumber} 0 R >> /XObject << ${imageRefs.join(" ")} >> >>`;
    pageNumbers.push(
      add({
        dictionary: `<< /Type /Page /Parent ${pagesNumber} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources ${resources} /Contents ${contentNumber} 0 R >>`,
      }),
    );
  }
  objects[catalogNumber - 1] = { dictionary: `<< /Type /Catalog /Pages ${pagesNumber} 0 R >>` };
  const kids = pageNumbers.map((number) => `${number} 0 R`).join(" ");
  objects[pagesNumber - 1] = {
    dictionary: `<< /Type /Pages /Kids [${kids}] /Count ${pageNumbers.length} >>`,
  };
  let encryptNumber: number | undefined;
  if (encryption) {
    encryptNumber = add({
      dictionary: `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${toHex(encryption.ownerEntry)}> /U <${toHex(encryption.userEntry)}> /P ${PERMISSIONS} >>`,
    });
  }

  const parts: Uint8Array[] = [latin1("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    const number = index + 1;
    offsets.push(offset);
    let body: Uint8Array;
    if (object.stream) {
      const isEncrypted = encryption !== undefined && number !== encryptNumber;
      const data = isEncrypted ? rc4(objectKey(encryption.fileKey, number), object.stream) : object.stream;
      body = concatBytes([
        latin1(`${number} 0 obj\n${object.dictionary} /Length ${data.length} >>\nstream\n`),
        data,
        latin1("\nendstream\nendobj\n"),
      ]);
    } else {
      body = latin1(`${number} 0 obj\n${object.dictionary}\nendobj\n`);
    }
    parts.push(body);
    offset += body.length;
  });
  const xrefRows = offsets.map((value) => `${String(value).padStart(10, "0")} 00000 n \n`).join("");
  const encryptEntry = encryptNumber === undefined ? "" : ` /Encrypt ${encryptNumber} 0 R`;
  const idHex = toHex(FILE_ID);
  parts.push(
    latin1(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xrefRows}` +
        `trailer\n<< /Size ${objects.length + 1} /Root ${catalogNumber} 0 R${encryptEntry} /ID [<${idHex}> <${idHex}>] >>\n` +
        `startxref\n${offset}\n%%EOF\n`,
    ),
  );
  return concatBytes(parts);
}
