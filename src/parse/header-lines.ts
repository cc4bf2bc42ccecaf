import { isBulletLine, type Piece, pieceOf, stripBullet, type TextLine, trimPiece } from "./text-lines.js";
import {
  type HeaderParts,
  isEmployerLine,
  isTitleLabelLine,
  parseBlockHeader,
  parseEmployerLine,
} from "./title-line.js";

/**
 * Entry headers written on lines of their own around a lone date line: the nearest header lines
 * above it (Indeed style: title, then "Company - Location", then dates), else below it, or an
 * employer above with the title below.
 */
export function headerAroundDateLine(
  text: string,
  lines: readonly TextLine[],
  lineIndex: number,
  previousLine: number,
  rangeLines: ReadonlySet<number>,
): HeaderParts | undefined {
  const above = blockAbove(text, lines, lineIndex, Math.max(previousLine, -1), rangeLines);
  if (above) return above;
  const below = blockBelow(text, lines, lineIndex, rangeLines);
  if (above === undefined) return below;
  // "COMPANY, INC., City  2007-Present  Vice President": the employer above, the title below.
  const employerLine = nearestAbove(text, lines, lineIndex, previousLine);
  if (!below || !employerLine || !isEmployerLine(employerLine) || isEmployerLine(below.title))
    return undefined;
  if (wordCount(below.title.text) > 6 || !/^\p{Lu}/u.test(below.title.text)) return undefined;
  const { employer, location } = parseEmployerLine(employerLine);
  return { title: below.title, employer, ...(location ? { location } : {}) };
}

function nearestAbove(
  text: string,
  lines: readonly TextLine[],
  lineIndex: number,
  previousLine: number,
): Piece | undefined {
  for (let index = lineIndex - 1; index > previousLine; index--) {
    const line = lines[index];
    if (line && !isNoise(line.text)) return trimPiece(pieceOf(text, line.start, line.end));
  }
  return undefined;
}

/** Header lines above a lone date line, stopping at bullets, prose, other dated lines or gaps. */
function blockAbove(
  text: string,
  lines: readonly TextLine[],
  lineIndex: number,
  previousLine: number,
  rangeLines: ReadonlySet<number>,
): HeaderParts | null | undefined {
  const block: Piece[] = [];
  let blank = 0;
  for (let index = lineIndex - 1; index > previousLine && block.length < 3; index--) {
    const line = lines[index];
    if (!line) break;
    if (isNoise(line.text)) {
      blank++;
      if (blank > 4) break;
      continue;
    }
    // "1. Role: Engineer" above "Company: …" / "Tenure: …" lines starts a labelled block.
    const labelledTitle = isTitleLabelLine(stripBullet(pieceOf(text, line.start, line.end)).text);
    if (rangeLines.has(index) || (!isHeaderLike(line.text) && !labelledTitle)) break;
    block.unshift(trimPiece(pieceOf(text, line.start, line.end)));
    blank = 0;
    if (labelledTitle) break;
  }
  // A block that holds no title (an employer line) stops the search: the entry has no title.
  return block.length > 0 ? (parseBlockHeader(block) ?? null) : undefined;
}

function blockBelow(
  text: string,
  lines: readonly TextLine[],
  lineIndex: number,
  rangeLines: ReadonlySet<number>,
): HeaderParts | undefined {
  const block: Piece[] = [];
  for (
    let index = lineIndex + 1;
    index < lines.length && index <= lineIndex + 4 && block.length < 2;
    index++
  ) {
    const line = lines[index];
    if (!line) break;
    if (!/\p{L}/u.test(line.text)) continue;
    if (rangeLines.has(index) || !isHeaderLike(line.text)) break;
    block.push(trimPiece(pieceOf(text, line.start, line.end)));
  }
  return block.length > 0 ? parseBlockHeader(block) : undefined;
}

export function isHeaderLike(line: string): boolean {
  const trimmed = line.trim();
  if (isBulletLine(trimmed) || /:$/.test(trimmed) || /\b(?:https?:\/\/|www\.)|@/.test(trimmed)) return false;
  if (/^\(?\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?)\b[^\p{L}]*(?:\d+\s*months?)?\)?$/iu.test(trimmed))
    return false;
  const words = wordCount(trimmed);
  if (words > 12 || (/^[\p{Ll}&(]/u.test(trimmed) && words > 3)) return false;
  // A sentence end, unless an abbreviation ("Pvt. Ltd.", "Inc.").
  return !/[.!?;,]$/.test(trimmed) || /\b(?:Inc|Ltd|Corp|Co|LLC|Pvt|Sr|Jr)\.$/i.test(trimmed);
}

/** Page-break residue between header lines ("https://www.indeed.com/r/…"). */
function isNoise(line: string): boolean {
  return /^\s*(?:https?:\/\/|www\.)\S+\s*$/.test(line) || !/\p{L}/u.test(line);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}
