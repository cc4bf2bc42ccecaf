import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { detectDocumentType, looksLikeHtml, looksLikeMarkdown } from "./detect-document-type.js";
import { buildResumeDocx } from "./test-fixtures/docx-fixtures.js";
import { buildResumePdf } from "./test-fixtures/pdf-fixtures.js";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe("detectDocumentType", () => {
  it("detects PDF and DOCX from magic bytes", async () => {
    expect(detectDocumentType(buildResumePdf())).toBe("pdf");
    expect(detectDocumentType(await buildResumeDocx())).toBe("docx");
  });

  it("detects HTML documents and fragments but not text that mentions a tag", () => {
    expect(detectDocumentType(text("<!DOCTYPE html><html><body><p>Hi</p></body></html>"))).toBe("html");
    expect(detectDocumentType(text("  <html lang=en><p>Hi"))).toBe("html");
    expect(detectDocumentType(text('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><p>Hi</p></html>'))).toBe(
      "html",
    );
    expect(detectDocumentType(text("<div><h1>Jane</h1><p>Engineer</p></div>"))).toBe("html");
    expect(looksLikeHtml("Use <div> elements for layout")).toBe(false);
  });

  it("detects Markdown from headings and other syntax", () => {
    expect(detectDocumentType(text("# Jane Doe\n\n## Skills\n- TypeScript\n"))).toBe("markdown");
    expect(looksLikeMarkdown("Experience\n- **Acme**, engineer\n- [site](https://x.y)\n")).toBe(true);
    expect(detectDocumentType(text("Jane Doe\nSoftware engineer, 2019 - 2023\n"))).toBe("text");
  });

  it("never uses the file name: a PDF is a PDF whatever it is called", () => {
    expect(detectDocumentType(buildResumePdf())).toBe("pdf");
  });

  it("reads UTF-16 text with a byte-order mark as text", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("Jane", (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(detectDocumentType(utf16)).toBe("text");
  });

  it("rejects binary data, images, legacy Office files and other archives", () => {
    expect(codeOf(() => detectDocumentType(new Uint8Array([0, 1, 2, 3, 255, 254, 7, 8])))).toBe(
      "UNSUPPORTED_TYPE",
    );
    expect(codeOf(() => detectDocumentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10])))).toBe(
      "UNSUPPORTED_TYPE",
    );
    expect(codeOf(() => detectDocumentType(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])))).toBe(
      "UNSUPPORTED_TYPE",
    );
    const xlsx = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
    expect(codeOf(() => detectDocumentType(xlsx))).toBe("UNSUPPORTED_TYPE");
  });

  it("reports zero bytes as EMPTY_DOCUMENT", () => {
    expect(codeOf(() => detectDocumentType(new Uint8Array()))).toBe("EMPTY_DOCUMENT");
  });
});
