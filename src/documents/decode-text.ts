/**
 * Bytes → string for text-like documents: UTF-8 (BOM stripped, invalid sequences replaced with
 * U+FFFD and counted) or UTF-16 when a UTF-16 byte-order mark says so.
 */
import type { DocumentWarning } from "./document-types.js";

export interface DecodedText {
  text: string;
  /** Invalid byte sequences replaced by U+FFFD (0 for valid input). */
  replacedSequences: number;
}

const REPLACEMENT = "\uFFFD";

function countReplacements(text: string): number {
  let count = 0;
  let index = text.indexOf(REPLACEMENT);
  while (index !== -1) {
    count++;
    index = text.indexOf(REPLACEMENT, index + 1);
  }
  return count;
}

/** Count U+FFFD characters that the input really contains (EF BF BD), so they are not reported. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let index = 0; index + 2 < bytes.length; index++) {
    if (bytes[index] === 0xef && bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd) count++;
  }
  return count;
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** Decode without ever throwing; the byte-order mark is removed. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = utf16Encoding(bytes) ?? "utf-8";
  const text = new TextDecoder(encoding).decode(bytes);
  const expected = encoding === "utf-8" ? countEncodedReplacements(bytes) : 0;
  return { text, replacedSequences: Math.max(0, countReplacements(text) - expected) };
}

/** CRLF and lone CR become LF. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** The `INVALID_UTF8` warning for a decode result, or none. */
export function invalidUtf8Warnings(decoded: DecodedText): DocumentWarning[] {
  if (decoded.replacedSequences === 0) return [];
  return [
    {
      code: "INVALID_UTF8",
      message: `${decoded.replacedSequences} invalid UTF-8 sequence(s) replaced with U+FFFD`,
    },
  ];
}
