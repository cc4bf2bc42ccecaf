import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document.js";
import {
  buildEmptyTextDocx,
  buildLyingZipBombDocx,
  buildResumeDocx,
  buildZipBombDocx,
} from "./test-fixtures/docx-fixtures.js";

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("readDocument on DOCX", () => {
  it("keeps paragraphs, headings, bullets, table rows and the page header as lines", async () => {
    const result = await readDocument(await buildResumeDocx());
    expect(result.type).toBe("docx");
    expect(result.warnings).toEqual([]);
    expect(result.text).toBe(
      [
        "jane.doe@example.com",
        "",
        "Jane Doe",
        "Senior Software Engineer",
        "",
        "Skills",
        "- TypeScript",
        "- PostgreSQL",
        "",
        "Experience",
        "2019 – 2023\tEngineer at Acme & Co",
      ].join("\n"),
    );
  });

  it("reports a document without text as NO_TEXT", async () => {
    expect(await codeOf(readDocument(await buildEmptyTextDocx()))).toBe("NO_TEXT");
  });

  it("stops zip bombs before mammoth inflates them", async () => {
    const bomb = buildZipBombDocx(60_000_000);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await codeOf(readDocument(bomb))).toBe("DECOMPRESSION_LIMIT");
    expect(await codeOf(readDocument(buildZipBombDocx(3_000_000), { maxDecompressedBytes: 1_000_000 }))).toBe(
      "DECOMPRESSION_LIMIT",
    );
    const liar = buildLyingZipBombDocx(3_000_000);
    expect(await codeOf(readDocument(liar, { maxDecompressedBytes: 1_000_000 }))).toBe("DECOMPRESSION_LIMIT");
  });

  it("reports a truncated DOCX as CORRUPT_FILE", async () => {
    const docx = await buildResumeDocx();
    expect(await codeOf(readDocument(docx.slice(0, Math.floor(docx.length / 2))))).toBe("CORRUPT_FILE");
  });
});
