import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSkillgraphError } from "../core/errors.js";
import { readDocument, readDocumentFile, readDocumentStream } from "./read-document.js";
import { buildResumeDocx } from "./test-fixtures/docx-fixtures.js";
import { buildResumePdf, buildTwoColumnPdf } from "./test-fixtures/pdf-fixtures.js";

const encode = (value: string): Uint8Array => new TextEncoder().encode(value);

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("readDocument on text, Markdown and HTML", () => {
  it("keeps plain text as written, without BOM and with LF line endings", async () => {
    const result = await readDocument(encode("\uFEFFJane Doe\r\nEngineer\r\n\r\n2019 - 2023\rBerlin"));
    expect(result).toEqual({ text: "Jane Doe\nEngineer\n\n2019 - 2023\nBerlin", type: "text", warnings: [] });
  });

  it("keeps Markdown as written", async () => {
    const markdown = "# Jane Doe\n\n## Skills\n\n- **TypeScript**\n- Go\n";
    expect(await readDocument(encode(markdown))).toEqual({ text: markdown, type: "markdown", warnings: [] });
  });

  it("converts HTML to text lines", async () => {
    const html =
      "<!doctype html><html><body><h1>Jane &amp; Co</h1><ul><li>Go</li></ul><script>x()</script></body></html>";
    expect(await readDocument(encode(html))).toEqual({ text: "Jane & Co\n- Go", type: "html", warnings: [] });
  });

  it("decodes HTML in the charset it declares", async () => {
    const bytes = Uint8Array.from([
      ...encode('<html><head><meta charset="windows-1252"></head><body><p>Caf'),
      0xe9,
      ...encode(" "),
      0x96,
      ...encode(" Paris</p></body></html>"),
    ]);
    expect((await readDocument(bytes)).text).toBe("Café – Paris");
  });

  it("replaces invalid UTF-8 and reports how many sequences were replaced", async () => {
    const bytes = Uint8Array.from([
      ...encode("Jos"),
      0xe9,
      ...encode(" M"),
      0xfc,
      ...encode("ller, engineer"),
    ]);
    const result = await readDocument(bytes);
    expect(result.text).toBe("Jos\uFFFD M\uFFFDller, engineer");
    expect(result.warnings).toEqual([
      { code: "INVALID_UTF8", message: expect.stringContaining("2 invalid") },
    ]);
  });

  it("does not report a U+FFFD that the file really contains", async () => {
    expect((await readDocument(encode("a \uFFFD b"))).warnings).toEqual([]);
  });

  it("reads UTF-16 text with a byte-order mark", async () => {
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...Array.from("Jane Doe", (c) => [c.charCodeAt(0), 0]).flat(),
    ]);
    expect((await readDocument(utf16)).text).toBe("Jane Doe");
  });

  it("never returns an empty success", async () => {
    expect(await codeOf(readDocument(new Uint8Array()))).toBe("EMPTY_DOCUMENT");
    expect(await codeOf(readDocument(encode(" \n\t\n")))).toBe("NO_TEXT");
    expect(await codeOf(readDocument(encode("<html><body><script>x()</script></body></html>")))).toBe(
      "NO_TEXT",
    );
  });

  it("refuses input over the size limit before parsing", async () => {
    expect(await codeOf(readDocument(encode("x".repeat(101)), { maxBytes: 100 }))).toBe("INPUT_TOO_LARGE");
    expect(await codeOf(readDocument(new Uint8Array(10 * 1024 * 1024 + 1)))).toBe("INPUT_TOO_LARGE");
  });

  it("rejects invalid limits as BAD_USAGE", async () => {
    expect(await codeOf(readDocument(encode("text"), { maxBytes: -1 }))).toBe("BAD_USAGE");
    expect(await codeOf(readDocument(encode("text"), { maxPages: 0.5 }))).toBe("BAD_USAGE");
  });

  it("reports binary garbage as UNSUPPORTED_TYPE", async () => {
    expect(await codeOf(readDocument(Uint8Array.from([0, 159, 146, 150, 1, 2, 3, 4])))).toBe(
      "UNSUPPORTED_TYPE",
    );
  });
});

describe("readDocumentFile and readDocumentStream", () => {
  let directory = "";
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "skillgraph-documents-"));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("detects the type from the bytes, not the file name", async () => {
    const path = join(directory, "resume.txt");
    await writeFile(path, buildResumePdf());
    const result = await readDocumentFile(path);
    expect(result.type).toBe("pdf");
    expect(result.text.startsWith("Jane Doe")).toBe(true);
  });

  it("maps file problems and the size limit to codes", async () => {
    const path = join(directory, "big.txt");
    await writeFile(path, "y".repeat(2000));
    expect(await codeOf(readDocumentFile(path, { maxBytes: 1000 }))).toBe("INPUT_TOO_LARGE");
    expect(await codeOf(readDocumentFile(join(directory, "missing.pdf")))).toBe("FILE_NOT_FOUND");
    expect(await codeOf(readDocumentFile(directory))).toBe("FILE_UNREADABLE");
  });

  it("reads a Node stream such as stdin", async () => {
    const stream = Readable.from([Buffer.from("Jane "), Buffer.from("Doe\r\n")]);
    expect((await readDocumentStream(stream)).text).toBe("Jane Doe\n");
  });

  it("reads a web ReadableStream", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encode("# Title\n"));
        controller.close();
      },
    });
    expect(await readDocumentStream(stream)).toMatchObject({ type: "markdown", text: "# Title\n" });
  });

  it("stops reading an endless stream once it passes the limit", async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1024;
        this.push(Buffer.alloc(1024, 0x61));
      },
    });
    expect(await codeOf(readDocumentStream(endless, { maxBytes: 64 * 1024 }))).toBe("INPUT_TOO_LARGE");
    expect(produced).toBeLessThan(256 * 1024);
    expect(endless.destroyed).toBe(true);
  });
});

describe("readDocument on arbitrary bytes", () => {
  const prefixes = ["", "%PDF-1.4\n", "PK\u0003\u0004", "<html>", "# "].map(encode);

  it("returns non-empty text or a SkillgraphError, never anything else", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.uint8Array({ maxLength: 600 }),
        async (prefix, body) => {
          const bytes = Uint8Array.from([...prefix, ...body]);
          try {
            const result = await readDocument(bytes);
            expect(result.text.trim().length).toBeGreaterThan(0);
          } catch (error) {
            expect(isSkillgraphError(error)).toBe(true);
          }
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it("survives damaged copies of real PDFs and DOCX files", async () => {
    const originals = [buildResumePdf(), buildTwoColumnPdf(), await buildResumeDocx()];
    const damage = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...originals), damage, fc.nat(), async (original, edits, cut) => {
        const bytes = original.slice(0, original.length - (cut % 64));
        for (const [position, value] of edits) bytes[position % bytes.length] = value;
        try {
          const result = await readDocument(bytes);
          expect(result.text.trim().length).toBeGreaterThan(0);
        } catch (error) {
          expect(isSkillgraphError(error)).toBe(true);
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
