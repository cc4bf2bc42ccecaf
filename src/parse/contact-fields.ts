import { sectionNameOf } from "./section-headings.js";
import { type Piece, pieceOf, splitLines, trimPiece } from "./text-lines.js";
import type { PersonalField, ResumeBasics } from "./types.js";

const EMAIL = /[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]{1,500}|\b(?:linkedin\.com|github\.com)\/[^\s<>()]{1,500}/i;
const PHONE = /(?<![\w/])\+?\(?\d[\d\s().-]{7,24}\d(?![\w/])/g;
const LABELLED =
  /^\s*(?:[-*•]\s*)?(name|full name|e-?mail|phone|mobile|tel(?:ephone)?|location|address|city|website|linkedin)\s*:\s*(.+?)\s*$/i;
const NAME_LIKE =
  /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al)){1,3}$/u;
/** Address words: a line with them is an address, not a headline. */
const ADDRESS =
  /\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|nagar|colony|sector|apt|apartment|resume|curriculum|vitae|template)\b\.?/i;
const CITY_REGION = /^\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)*,\s*\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)*/u;

/**
 * Contact fields (all marked `personal: true`) and the headline label. Read from "Name: …"-style
 * lines anywhere, else from the first lines: the name is the first name-like line, the label the
 * short line right after it, the location a leading "City, Region".
 */
export function findBasics(text: string, headEnd = text.length): ResumeBasics {
  const basics: ResumeBasics = {};
  const lines = splitLines(text);
  for (const line of lines) {
    const labelled = LABELLED.exec(line.text);
    if (!labelled?.[1] || !labelled[2]) continue;
    const start = line.start + line.text.lastIndexOf(labelled[2]);
    const piece = pieceOf(text, start, start + labelled[2].length);
    const key = labelled[1].toLowerCase();
    if (key.includes("name")) basics.name ??= personal(piece);
    else if (/location|address|city/.test(key)) basics.location ??= personal(piece);
  }
  const email = EMAIL.exec(text);
  if (email) basics.email = personal(pieceOf(text, email.index, email.index + email[0].length));
  const url = URL.exec(text);
  if (url) basics.url = personal(trimPiece(pieceOf(text, url.index, url.index + url[0].length), "\\s.,;"));
  for (const phone of text.matchAll(PHONE)) {
    const digits = phone[0].replace(/\D/g, "").length;
    if (digits < 9 || digits > 15 || /^\d{4}\s*[-–]\s*\d{4}$/.test(phone[0].trim())) continue;
    basics.phone = personal(pieceOf(text, phone.index ?? 0, (phone.index ?? 0) + phone[0].length));
    break;
  }
  // The head: the first lines, before the first section other than contact details.
  const head = lines.filter((line) => line.text.trim().length > 0 && line.start < headEnd).slice(0, 8);
  for (let index = 0; index < head.length; index++) {
    const line = head[index];
    if (!line) continue;
    const piece = trimPiece(pieceOf(text, line.start, line.end), "\\s#*_");
    if (!basics.name && NAME_LIKE.test(piece.text) && !sectionNameOf(piece.text)) {
      basics.name = personal(piece);
      const next = head[index + 1];
      const label = next ? trimPiece(pieceOf(text, next.start, next.end), "\\s#*_") : undefined;
      if (label && isLabel(label.text) && label.text !== piece.text)
        basics.label = { value: label.text, span: { start: label.start, end: label.end } };
      continue;
    }
    const city = CITY_REGION.exec(piece.text);
    if (!basics.location && city && !EMAIL.test(city[0]) && index > 0) {
      basics.location = personal(pieceOf(text, piece.start, piece.start + city[0].length));
    }
  }
  return basics;
}

function isLabel(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (ADDRESS.test(text)) return false;
  return words <= 6 && !/[\d@:,|]/.test(text) && !sectionNameOf(text) && /\p{L}{2}/u.test(text);
}

function personal(piece: Piece): PersonalField {
  return { value: piece.text, span: { start: piece.start, end: piece.end }, personal: true };
}
