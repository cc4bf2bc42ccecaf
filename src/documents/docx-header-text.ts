/**
 * Text of a DOCX's page headers and footers, which mammoth ignores but resumes often use for the
 * name and contact details. Each `w:p` paragraph becomes a line; duplicate lines across the
 * first-page/default/even variants and bare page numbers are dropped. Call only after the archive
 * limits have been checked.
 */
import { strFromU8, unzipSync } from "fflate";
import { decodeHtmlEntities } from "./html-entities.js";

const HEADER_PART = /^word\/(header|footer)\d*\.xml$/;
const PARAGRAPH = /<w:p[\s>][\s\S]*?<\/w:p>/g;
const RUN_CONTENT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g;
const PAGE_NUMBER_ONLY = /^(?:page\s*)?\d+(?:\s*(?:of|\/)\s*\d+)?$/i;

function paragraphText(paragraph: string): string {
  let text = "";
  for (const match of paragraph.matchAll(RUN_CONTENT)) {
    if (match[1] !== undefined) text += decodeHtmlEntities(match[1]);
    else text += match[0] === "<w:tab/>" ? "\t" : "\n";
  }
  return text.replace(/[ \u00a0]+/g, " ").trim();
}

export interface HeaderFooterText {
  headers: string[];
  footers: string[];
}

/** Lines of the headers and footers; empty lists when the parts are missing or unreadable. */
export function docxHeaderFooterText(bytes: Uint8Array): HeaderFooterText {
  const result: HeaderFooterText = { headers: [], footers: [] };
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (file) => HEADER_PART.test(file.name) });
  } catch {
    return result;
  }
  const seen = new Set<string>();
  for (const name of Object.keys(parts).sort()) {
    const target = name.includes("header") ? result.headers : result.footers;
    for (const match of strFromU8(parts[name]!).matchAll(PARAGRAPH)) {
      for (const line of paragraphText(match[0]).split("\n")) {
        const trimmed = line.trim();
        if (trimmed.length === 0 || PAGE_NUMBER_ONLY.test(trimmed) || seen.has(trimmed)) continue;
        seen.add(trimmed);
        target.push(trimmed);
      }
    }
  }
  return result;
}
