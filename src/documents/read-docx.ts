/**
 * DOCX → text with mammoth: the archive limits are checked first (`archive-limits.ts`), then the
 * document is converted to HTML (images are not read) and the HTML to text lines, so paragraphs,
 * headings, list items and table rows each stay on their own line. Page header lines come first,
 * footer lines last.
 */
import mammoth from "mammoth";
import { SkillgraphError } from "../core/errors.js";
import { type ArchiveLimits, checkArchiveLimits } from "./archive-limits.js";
import type { DocumentText } from "./document-types.js";
import { docxHeaderFooterText } from "./docx-header-text.js";
import { htmlToText } from "./html-to-text.js";

const SKIP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

/** Read a Word document. Throws DECOMPRESSION_LIMIT, CORRUPT_FILE or NO_TEXT. */
export async function readDocx(
  bytes: Uint8Array,
  limits: ArchiveLimits,
  label = "the DOCX",
): Promise<DocumentText> {
  checkArchiveLimits(bytes, limits);
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { buffer },
      { convertImage: SKIP_IMAGES, externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new SkillgraphError("CORRUPT_FILE", `${label} is not a readable Word document (${message})`, {
      cause: error,
    });
  }
  const { headers, footers } = docxHeaderFooterText(bytes);
  const text = [headers.join("\n"), htmlToText(html), footers.join("\n")]
    .filter((part) => part.trim().length > 0)
    .join("\n\n");
  if (text.trim().length === 0) throw new SkillgraphError("NO_TEXT", `${label} contains no text`);
  return { text, type: "docx", warnings: [] };
}
