import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkArchiveLimits } from "./archive-limits.js";
import {
  buildLyingZipBombDocx,
  buildManyEntriesDocx,
  buildResumeDocx,
  buildZipBombDocx,
} from "./test-fixtures/docx-fixtures.js";
import { readZipCentralDirectory } from "./zip-central-directory.js";

const LIMITS = { maxDecompressedBytes: 1_000_000, maxEntries: 100 };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("readZipCentralDirectory", () => {
  it("lists names and sizes without inflating", () => {
    const entries = readZipCentralDirectory(
      zipSync({ "a.txt": strToU8("hello"), "b/c.xml": new Uint8Array(10) }),
    );
    expect(entries.map((entry) => [entry.name, entry.uncompressedSize])).toEqual([
      ["a.txt", 5],
      ["b/c.xml", 10],
    ]);
  });

  it("rejects bytes without an end-of-directory record as CORRUPT_FILE", () => {
    expect(codeOf(() => readZipCentralDirectory(strToU8("PK\u0003\u0004 not really a zip archive")))).toBe(
      "CORRUPT_FILE",
    );
  });
});

describe("checkArchiveLimits", () => {
  it("accepts a real DOCX", async () => {
    const entries = checkArchiveLimits(await buildResumeDocx(), LIMITS);
    expect(entries.some((entry) => entry.name === "word/document.xml")).toBe(true);
  });

  it("stops a zip bomb from its declared sizes", () => {
    const bomb = buildZipBombDocx(5_000_000);
    expect(bomb.length).toBeLessThan(20_000);
    expect(codeOf(() => checkArchiveLimits(bomb, LIMITS))).toBe("DECOMPRESSION_LIMIT");
  });

  it("stops a zip bomb that lies about its size while inflating", () => {
    const bomb = buildLyingZipBombDocx(5_000_000);
    const declared = readZipCentralDirectory(bomb).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    expect(declared).toBeLessThan(1000);
    expect(codeOf(() => checkArchiveLimits(bomb, LIMITS))).toBe("DECOMPRESSION_LIMIT");
  });

  it("reports an entry whose real size differs from the declared one as CORRUPT_FILE", () => {
    const liar = buildLyingZipBombDocx(5000);
    expect(codeOf(() => checkArchiveLimits(liar, LIMITS))).toBe("CORRUPT_FILE");
  });

  it("refuses archives with too many entries before reading them", () => {
    expect(codeOf(() => checkArchiveLimits(buildManyEntriesDocx(150), LIMITS))).toBe("DECOMPRESSION_LIMIT");
  });
});
