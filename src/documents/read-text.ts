/**
 * Text-like documents: plain text and Markdown are kept as written (BOM stripped, line endings
 * normalized); HTML is decoded with its declared charset when it names one, then converted to
 * text lines. Invalid UTF-8 is replaced and reported as an `INVALID_UTF8` warning.
 */
import { SkillgraphError } from "../core/errors.js";
import { type DecodedText, decodeText, invalidUtf8Warnings, normalizeLineEndings } from "./decode-text.js";
import type { DocumentText, DocumentType } from "./document-types.js";
import { windows1252Fixup } from "./html-entities.js";
import { htmlToText } from "./html-to-text.js";

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;
/** Labels that mean windows-1252 on the web (WHATWG Encoding); Node decodes them as Latin-1. */
const WINDOWS_1252_LABELS =
  /^(?:windows-1252|cp1252|iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii|x-cp1252)$/;

function decodeHtml(bytes: Uint8Array): DecodedText {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const charset = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (charset && !hasBom && !/^utf-?8$/.test(charset)) {
    try {
      const text = new TextDecoder(charset).decode(bytes);
      return {
        text: WINDOWS_1252_LABELS.test(charset) ? windows1252Fixup(text) : text,
        replacedSequences: 0,
      };
    } catch {
      // Unknown label: fall back to UTF-8.
    }
  }
  return decodeText(bytes);
}

/** Read plain text, Markdown or HTML bytes. Throws NO_TEXT when nothing readable is left. */
export function readTextDocument(
  bytes: Uint8Array,
  type: DocumentType,
  label = "the document",
): DocumentText {
  const decoded = type === "html" ? decodeHtml(bytes) : decodeText(bytes);
  const normalized = normalizeLineEndings(decoded.text);
  const text = type === "html" ? htmlToText(normalized) : normalized;
  if (text.trim().length === 0) throw new SkillgraphError("NO_TEXT", `${label} contains no text`);
  return { text, type, warnings: invalidUtf8Warnings(decoded) };
}
