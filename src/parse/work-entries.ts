import { type DateOptions, findDateRanges } from "./find-dates.js";
import {
  isBulletLine,
  type Piece,
  pieceOf,
  splitLines,
  stripBullet,
  type TextLine,
  trimPiece,
} from "./text-lines.js";
import {
  type HeaderParts,
  isEmployerLine,
  isTitleLabelLine,
  parseBlockHeader,
  parseEmployerLine,
  parseInlineHeader,
} from "./title-line.js";
import type { DateRange } from "./types.js";

/** A work entry before durations are resolved. */
export interface RawWorkEntry {
  header: HeaderParts;
  range: DateRange;
}

/** A prose line this long is a description, not an entry header. */
const MAX_HEADER_WORDS = 16;

/**
 * Find work entries in `text[from, to)`. Each date range anchors one entry; its header is read
 * from the same line ("Title at Company (2019 - 2023)", "2014 - 2017, Title: …") or, when the
 * date stands alone, from the nearest header lines above it (Indeed style: title, then
 * "Company - Location", then dates) or else below it.
 */
export function findWorkEntries(
  text: string,
  from: number,
  to: number,
  options: DateOptions = {},
): RawWorkEntry[] {
  const lines = splitLines(text, from, to);
  const entries: RawWorkEntry[] = [];
  const ranges = findDateRanges(text, from, to, options);
  const rangeLines = new Set(ranges.map((range) => lineIndexAt(lines, range.span.start)));
  let previousLine = -1;
  let previousRange: DateRange | undefined;
  for (const range of ranges) {
    const lineIndex = lineIndexAt(lines, range.span.start);
    const line = lines[lineIndex];
    if (!line) continue;
    const firstOnLine = !previousRange || previousRange.span.start < line.start;
    const header =
      (firstOnLine ? employerLineHeader(text, lines, lineIndex, range, rangeLines) : undefined) ??
      inlineHeader(
        text,
        line,
        range,
        previousRange && previousRange.span.start >= line.start ? previousRange.span.end : line.start,
      ) ??
      headerAroundDateLine(text, lines, lineIndex, previousLine, rangeLines);
    previousLine = lineIndex;
    previousRange = range;
    if (header) entries.push({ header, range });
  }
  return entries;
}

function lineIndexAt(lines: readonly TextLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lines[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * "DataStage Lead\nReputable ICT Corporation, 2013 - 2018": a line holding only "Employer," before
 * its dates, right under a title line, is the employer line of a two-line header.
 */
function employerLineHeader(
  text: string,
  lines: readonly TextLine[],
  lineIndex: number,
  range: DateRange,
  rangeLines: ReadonlySet<number>,
): HeaderParts | undefined {
  const line = lines[lineIndex];
  const previous = lines[lineIndex - 1];
  if (!line || !previous || rangeLines.has(lineIndex - 1)) return undefined;
  const before = pieceOf(text, line.start, range.span.start);
  // Exactly one segment ("Reputable ICT Corporation,"), not "Data Analyst, Acme Inc,".
  if (
    !/^[^()[\]{},|]*\p{L}[^()[\]{},|]*[,|]\s*$/u.test(before.text) ||
    /\s[-–—]\s|\sat\s/.test(before.text)
  ) {
    return undefined;
  }
  if (isBulletLine(before.text)) return undefined;
  if (!/\p{L}{2}/u.test(previous.text) || !isHeaderLike(previous.text) || /[:,]\s*$/.test(previous.text)) {
    return undefined;
  }
  return parseBlockHeader([trimPiece(pieceOf(text, previous.start, previous.end)), trimPiece(before)]);
}

function inlineHeader(
  text: string,
  line: TextLine,
  range: DateRange,
  previousRangeEnd: number,
): HeaderParts | undefined {
  // The header starts after an earlier range on the same line and after the last sentence break.
  const lineStart = Math.max(line.start, previousRangeEnd);
  const raw = text.slice(lineStart, range.span.start);
  const sentence = [...raw.matchAll(SENTENCE_BREAK)]
    .filter((match) => wordCount(raw.slice(0, match.index)) >= 6)
    .at(-1);
  const headerStart = lineStart + (sentence ? (sentence.index ?? 0) + sentence[0].length : 0);
  const leading = /^[\s),;:.\]}]*/.exec(text.slice(headerStart, range.span.start))?.[0].length ?? 0;
  const before = trimPiece(pieceOf(text, headerStart + leading, range.span.start));
  // Bounded: a header never runs for more than a few hundred characters after its dates.
  const after = trimPiece(
    pieceOf(text, range.span.end, Math.min(line.end, range.span.end + 300)),
    "\\s,:;|\\-–—)\\]}.*_",
  );
  const beforeWords = stripBullet(before).text;
  // "…experience of 5 years (2016 - 2021) as a Sr Developer, …": the title follows the dates.
  const asTitle = /^as\s+(?:an?\s+|the\s+)?\S/i.exec(after.text);
  if (asTitle && !/\s\p{Lu}/u.test(beforeWords)) {
    return parseInlineHeader(pieceOf(text, after.start, after.start + sentenceEnd(after.text)));
  }
  const label = DATE_LABEL_SUFFIX.exec(before.text);
  if (label) {
    const rest = trimPiece(pieceOf(text, before.start, before.start + label.index));
    return /\p{L}{2}/u.test(rest.text) && !NON_TITLE_LABEL.test(stripBullet(rest).text)
      ? parseInlineHeader(rest)
      : undefined;
  }
  if (/\p{L}{2}/u.test(beforeWords)) {
    if (wordCount(before.text) > MAX_HEADER_WORDS) return undefined;
    return parseInlineHeader(before);
  }
  if (!/\p{L}{2}/u.test(after.text)) return undefined;
  // "2014 - 2017, Speech-Language Pathologist: provided …", "2014 - 2018: Admin II - Having managed …"
  // → the text up to ":", a sentence end or a spaced dash; the title is cut further and checked.
  const end = Math.min(
    sentenceEnd(after.text),
    /\s[-–—]\s/.exec(after.text)?.index ?? after.text.length,
    200,
  );
  return parseInlineHeader(pieceOf(text, after.start, after.start + end));
}

function headerAroundDateLine(
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

function sentenceEnd(text: string): number {
  return /:\s|\.\s|;|\.?$/.exec(text)?.index ?? text.length;
}

function isHeaderLike(line: string): boolean {
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

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** "Years: 2016 - 2019", "Duration - 2012 to 2014": a label that only introduces the dates. */
/** A sentence break inside prose: "…skills. I also worked as …" (not "Inc. (2014" or "Sr. Dev"). */
const SENTENCE_BREAK =
  /(?<!\b(?:Inc|Corp|Ltd|Co|Sr|Jr|Dr|Mr|Ms|Mrs|St|No|vs|etc))(?<=\p{Ll}{3})[.;!?]\s+(?=\p{Lu})/gu;

const DATE_LABEL_SUFFIX =
  /(?:^|[\s,;])(?:[-*•]\s*)?(?:years?(?:\s+of\s+service)?|duration|tenure|term|period|time\s*period|dates?|timeline|timeframe|employment\s+period|from)\s*[:\-–]?\s*$/i;
/** Lines labelled as something other than the title ("Company: XYZ", "Location: Austin"). */
const NON_TITLE_LABEL = /^(?:company|organi[sz]ation|employer|firm|client|location|place|city)\s*:/i;
