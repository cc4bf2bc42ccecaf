/**
 * Document type from the bytes alone (magic numbers and content heuristics), never from a file
 * name: `%PDF-` → pdf; a ZIP holding `word/document.xml` → docx; `<!doctype html>`/`<html>` or a
 * leading HTML block tag → html; Markdown syntax → markdown; other readable text → text. Binary
 * data (images, legacy Office files, executables, random bytes) → UNSUPPORTED_TYPE.
 */
import { SkillgraphError } from "../core/errors.js";
import { decodeText } from "./decode-text.js";
import type { DocumentType } from "./document-types.js";
import { readZipCentralDirectory } from "./zip-central-directory.js";

const SNIFF_CHARS = 4096;
/** Share of control or replacement characters above which bytes are treated as binary. */
const BINARY_SHARE = 0.1;

const KNOWN_BINARY: { magic: number[]; name: string }[] = [
  { magic: [0xd0, 0xcf, 0x11, 0xe0], name: "a legacy Office file (.doc); save it as DOCX or PDF" },
  { magic: [0x89, 0x50, 0x4e, 0x47], name: "a PNG image (needs OCR)" },
  { magic: [0xff, 0xd8, 0xff], name: "a JPEG image (needs OCR)" },
  { magic: [0x47, 0x49, 0x46, 0x38], name: "a GIF image" },
  { magic: [0x49, 0x49, 0x2a, 0x00], name: "a TIFF image (needs OCR)" },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], name: "a TIFF image (needs OCR)" },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: "an RTF document; save it as DOCX or PDF" },
  { magic: [0x1f, 0x8b], name: "a gzip archive" },
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((value, index) => bytes[at + index] === value);
}

function unsupported(what: string): SkillgraphError {
  return new SkillgraphError("UNSUPPORTED_TYPE", `unsupported document type: ${what}`);
}

/** PDF files may have a few junk bytes before a versioned header; PDF readers allow 1024. */
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.startsWith("%PDF-") || /%PDF-[12]\.\d/.test(head);
}

function zipDocumentType(bytes: Uint8Array): DocumentType {
  let names: string[];
  try {
    names = readZipCentralDirectory(bytes).map((entry) => entry.name);
  } catch {
    // A damaged archive: call it DOCX when a local header names the main part, so the reader
    // reports CORRUPT_FILE rather than "unsupported".
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 65536));
    if (head.includes("word/document.xml")) return "docx";
    throw unsupported("a ZIP archive that is not a Word document");
  }
  if (names.includes("word/document.xml")) return "docx";
  if (names.includes("xl/workbook.xml")) throw unsupported("an Excel workbook");
  if (names.includes("ppt/presentation.xml")) throw unsupported("a PowerPoint presentation");
  if (names.includes("content.xml")) throw unsupported("an OpenDocument file; save it as DOCX or PDF");
  throw unsupported("a ZIP archive that is not a Word document");
}

function isBinaryText(sample: string, replacedSequences: number): boolean {
  if (sample.length === 0) return false;
  let suspicious = replacedSequences;
  for (const character of sample) {
    const code = character.codePointAt(0)!;
    const isControl = (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127;
    if (code === 0) return true;
    if (isControl) suspicious++;
  }
  return suspicious / sample.length > BINARY_SHARE;
}

const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const HTML_BLOCK_START = /^<(?:div|p|h[1-6]|ul|ol|table|section|article|main|header|meta|title)\b[^>]*>/i;
const HTML_CLOSING = /<\/(?:div|p|h[1-6]|ul|ol|li|table|section|article|body|html)>/i;

/** True for text that is an HTML document or fragment (not text that merely mentions a tag). */
export function looksLikeHtml(text: string): boolean {
  const start = text.trimStart();
  if (HTML_START.test(start)) return true;
  return HTML_BLOCK_START.test(start) && HTML_CLOSING.test(start);
}

const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/m;
const MARKDOWN_SIGNALS = [
  /^[ \t]*[-*+][ \t]+\S/m,
  /^[ \t]*\d{1,3}\.[ \t]+\S/m,
  /\*\*[^*\n]+\*\*|__[^_\n]+__/,
  /\[[^\]\n]+\]\([^)\s]+\)/,
  /^```/m,
  /^\S.*\n(?:=+|-{3,})[ \t]*$/m,
  /^>[ \t]/m,
];

/** True when the text uses Markdown syntax: an ATX heading, or two other distinct signals. */
export function looksLikeMarkdown(text: string): boolean {
  const signals = MARKDOWN_SIGNALS.filter((pattern) => pattern.test(text)).length;
  return MARKDOWN_HEADING.test(text) ? signals >= 1 || /^#{1,6}[ \t]/.test(text) : signals >= 2;
}

/** The document type of `bytes`; throws EMPTY_DOCUMENT or UNSUPPORTED_TYPE. */
export function detectDocumentType(bytes: Uint8Array): DocumentType {
  if (bytes.length === 0) throw new SkillgraphError("EMPTY_DOCUMENT", "the document is empty (0 bytes)");
  if (isPdf(bytes)) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipDocumentType(bytes);
  }
  const known = KNOWN_BINARY.find((candidate) => startsWith(bytes, candidate.magic));
  if (known) throw unsupported(known.name);
  // The sample may cut a multi-byte character in half at its end: one replacement is forgiven then.
  const sample = decodeText(bytes.subarray(0, SNIFF_CHARS));
  const cutCharacters = bytes.length > SNIFF_CHARS && sample.text.endsWith("\uFFFD") ? 1 : 0;
  if (isBinaryText(sample.text, sample.replacedSequences - cutCharacters)) throw unsupported("binary data");
  if (looksLikeHtml(sample.text)) return "html";
  return looksLikeMarkdown(decodeText(bytes).text) ? "markdown" : "text";
}
