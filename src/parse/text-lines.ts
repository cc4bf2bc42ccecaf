import type { Span } from "./types.js";

/** One line of a text with its offsets (`end` excludes the newline). */
export interface TextLine {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Split text into lines, keeping offsets (handles \n, \r\n and \r). */
export function splitLines(text: string, from = 0, to = text.length): TextLine[] {
  const lines: TextLine[] = [];
  const pattern = /\r\n|\r|\n/g;
  pattern.lastIndex = from;
  let start = from;
  for (;;) {
    const match = pattern.exec(text);
    if (!match || match.index >= to) break;
    lines.push({ index: lines.length, start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start <= to) lines.push({ index: lines.length, start, end: to, text: text.slice(start, to) });
  return lines;
}

/** A slice of text as a span plus its string. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Make a piece of `text[start,end)`. */
export function pieceOf(text: string, start: number, end: number): Piece {
  return { text: text.slice(start, end), start, end };
}

/** Compiled patterns of `trimPiece`, per character class (a handful of distinct classes exist). */
const TRIM_PATTERNS = new Map<string, { leading: RegExp; char: RegExp }>();

/** Trim characters matched by `strip` (a character-class body) from both ends of a piece. */
export function trimPiece(piece: Piece, strip = "\\s"): Piece {
  let patterns = TRIM_PATTERNS.get(strip);
  if (!patterns) {
    patterns = { leading: new RegExp(`^[${strip}]+`), char: new RegExp(`^[${strip}]$`) };
    TRIM_PATTERNS.set(strip, patterns);
  }
  const text = piece.text;
  const leading = patterns.leading.exec(text)?.[0].length ?? 0;
  // Scanned backwards char by char: a `[…]+$` pattern is quadratic on long runs of spaces.
  let end = text.length;
  while (end > leading && patterns.char.test(text[end - 1] as string)) end--;
  const start = piece.start + leading;
  return { text: text.slice(leading, end), start, end: Math.max(start, piece.start + end) };
}

/** Cut a piece to its sub-range [from, to) in local offsets. */
export function subPiece(piece: Piece, from: number, to = piece.text.length): Piece {
  return { text: piece.text.slice(from, to), start: piece.start + from, end: piece.start + to };
}

export function spanOf(piece: Piece): Span {
  return { start: piece.start, end: piece.end };
}

/** Bullets and list numbering at the start of a line: "- ", "• ", "1. ", "2) ", "a. ", "* ". */
export const BULLET_PREFIX = /^\s*(?:[-*•·▪◦●○■□➢►▶✓✔»>–—]+|\(?\d{1,2}[.)](?!\d)|\(?[a-z][.)](?=\s))\s*/;

/** Strip leading bullets/numbering and markdown emphasis from a piece. */
export function stripBullet(piece: Piece): Piece {
  const bullet = BULLET_PREFIX.exec(piece.text)?.[0].length ?? 0;
  return trimPiece(subPiece(piece, bullet), "\\s*_");
}

/** True when a line starts with a bullet or list number. */
export function isBulletLine(line: string): boolean {
  return /^\s*(?:[-*•·▪◦●○■□➢►▶✓✔»>–—]+\s|\d{1,2}[.)]\s|\(\d{1,2}\)\s)/.test(line);
}
