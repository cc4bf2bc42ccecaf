import { type DateOptions, findDateRanges } from "./find-dates.js";
import { headerAroundDateLine, isHeaderLike, wordCount } from "./header-lines.js";
import { isBulletLine, pieceOf, splitLines, stripBullet, type TextLine, trimPiece } from "./text-lines.js";
import {
  type HeaderParts,
  isEmployerLine,
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
        lines,
        line,
        range,
        previousRange && previousRange.span.start >= line.start ? previousRange.span.end : line.start,
        rangeLines,
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
  lines: readonly TextLine[],
  line: TextLine,
  range: DateRange,
  previousRangeEnd: number,
  rangeLines: ReadonlySet<number>,
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
    // "ACME CORPORATION, New York    2017 – 2021" over "Marketing Director": employer first.
    const next = lines[line.index + 1];
    const nextIsFree = next !== undefined && !rangeLines.has(next.index);
    if (
      isEmployerLine(stripBullet(before)) &&
      next &&
      nextIsFree &&
      isHeaderLike(next.text) &&
      wordCount(next.text) <= 6
    ) {
      const title = parseBlockHeader([trimPiece(pieceOf(text, next.start, next.end))]);
      const { employer, location } = parseEmployerLine(before);
      if (title && !isEmployerLine(title.title))
        return { title: title.title, employer, ...(location ? { location } : {}) };
    }
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

/** "Years: 2016 - 2019", "Duration - 2012 to 2014": a label that only introduces the dates. */
/** A sentence break inside prose: "…skills. I also worked as …" (not "Inc. (2014" or "Sr. Dev"). */
const SENTENCE_BREAK =
  /(?<!\b(?:Inc|Corp|Ltd|Co|Sr|Jr|Dr|Mr|Ms|Mrs|St|No|vs|etc))(?<=\p{Ll}{3})[.;!?]\s+(?=\p{Lu})/gu;

const DATE_LABEL_SUFFIX =
  /(?:^|[\s,;])(?:[-*•]\s*)?(?:years?(?:\s+of\s+service)?|duration|tenure|term|period|time\s*period|dates?|timeline|timeframe|employment\s+period|from)\s*[:\-–]?\s*$/i;
/** Lines labelled as something other than the title ("Company: XYZ", "Location: Austin"). */
const NON_TITLE_LABEL = /^(?:company|organi[sz]ation|employer|firm|client|location|place|city)\s*:/i;

function sentenceEnd(text: string): number {
  return /:\s|\.\s|;|\.?$/.exec(text)?.index ?? text.length;
}
