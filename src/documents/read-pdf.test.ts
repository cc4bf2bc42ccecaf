import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document.js";
import { buildPdf } from "./test-fixtures/pdf-builder.js";
import {
  buildBlankPdf,
  buildCorruptPdf,
  buildEncryptedPdf,
  buildResumePdf,
  buildScannedPdf,
  buildTwoColumnPdf,
  TWO_COLUMN_LEFT,
  TWO_COLUMN_RIGHT,
} from "./test-fixtures/pdf-fixtures.js";

async function errorOf(bytes: Uint8Array): Promise<{ code?: string; message: string }> {
  try {
    await readDocument(bytes);
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("expected readDocument to fail");
}

describe("readDocument on PDFs", () => {
  it("reads a text PDF line by line, keeping a right-aligned date on its line", async () => {
    const result = await readDocument(buildResumePdf());
    expect(result.type).toBe("pdf");
    expect(result.pageCount).toBe(1);
    expect(result.warnings).toEqual([]);
    const lines = result.text.split("\n");
    expect(lines[0]).toBe("Jane Doe");
    expect(lines).toContain("Software Engineer, Acme Corp (Berlin)\t2019 - 2023");
    expect(lines).toContain("BSc Computer Science, TU Berlin, 2015");
  });

  it("reads a two-column PDF in reading order: header, left column, right column", async () => {
    const { text } = await readDocument(buildTwoColumnPdf());
    const lines = text.split("\n").filter((line) => line.length > 0);
    expect(lines).toEqual([
      "John Smith - Platform Engineer - john.smith@example.com",
      ...TWO_COLUMN_LEFT,
      ...TWO_COLUMN_RIGHT,
    ]);
  });

  it("says a scanned PDF without a text layer needs OCR", async () => {
    const error = await errorOf(buildScannedPdf(2));
    expect(error.code).toBe("NEEDS_OCR");
    expect(error.message).toContain("needs OCR");
  });

  it("warns about scanned pages when other pages have text", async () => {
    const bytes = buildPdf({
      pages: [
        { texts: [{ x: 72, y: 700, text: "Jane Doe, engineer" }] },
        { images: [{ x: 0, y: 0, width: 600, height: 780 }] },
      ],
    });
    const result = await readDocument(bytes);
    expect(result.pageCount).toBe(2);
    expect(result.text).toBe("Jane Doe, engineer");
    expect(result.warnings.map((warning) => warning.code)).toEqual(["PAGES_WITHOUT_TEXT"]);
  });

  it("reads at most maxPages pages and says so", async () => {
    const pages = ["one", "two", "three"].map((word) => ({
      texts: [{ x: 72, y: 700, text: `Page ${word}` }],
    }));
    const result = await readDocument(buildPdf({ pages }), { maxPages: 2 });
    expect(result.text).toBe("Page one\n\nPage two");
    expect(result.pageCount).toBe(3);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["PAGES_SKIPPED"]);
  });

  it("reports a blank PDF as NO_TEXT", async () => {
    expect((await errorOf(buildBlankPdf())).code).toBe("NO_TEXT");
  });

  it("reports a password-protected PDF as ENCRYPTED_PDF", async () => {
    expect((await errorOf(buildEncryptedPdf("secret"))).code).toBe("ENCRYPTED_PDF");
  });

  it("reads an encrypted PDF whose user password is empty (copy-protected only)", async () => {
    const result = await readDocument(buildEncryptedPdf(""));
    expect(result.text).toBe("Confidential resume\nJane Doe");
  });

  it("reports a damaged PDF as CORRUPT_FILE", async () => {
    expect((await errorOf(buildCorruptPdf())).code).toBe("CORRUPT_FILE");
    expect((await errorOf(new TextEncoder().encode("%PDF-1.7\n"))).code).toBe("CORRUPT_FILE");
  });
});
