import type { DateRange, Span, YearMonth } from "./types.js";

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  spr: 3,
  sum: 6,
  fal: 9,
  aut: 9,
  win: 12,
};

const MONTH_NAME =
  "(?:spring|summer|fall|autumn|winter|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const YEAR4 = "(?:19[4-9]\\d|20[0-4]\\d)";
const YEAR2 = "[’'‘`]\\d{2}";
/** One date: "Jan 2019", "January, 2019", "Jan '19", "03/2018", "3.2018", "2019", "'22". */
const DATE = `(?:${MONTH_NAME}\\.?,?(?:[/-]|\\s*)(?:${YEAR4}|${YEAR2}|\\d{2}\\b)|(?:0?[1-9]|1[0-2])[/.](?:(?:0?[1-9]|[12]\\d|3[01])/)?(?:${YEAR4}|\\d{2}\\b)|${YEAR4}|${YEAR2})`;
/** One date token, as a regular-expression source (no capture groups). */
export const DATE_TOKEN = DATE;
const PRESENT =
  "(?:present|current(?:ly)?|now|today|ongoing|date|till\\s+date|to\\s+date|till\\s+now|until\\s+now|to\\s+present|continuing)";
const CONNECTOR = "(?:\\s*(?:–|—|-|−|~|to|till|until|through|thru)\\s*)";
/** A range with its optional lead-in ("from", "in", "between … and …"). */
const RANGE = new RegExp(
  `(?<![\\w/.])(?:(?:from|in|between|during)\\s+)?(${DATE})(?:${CONNECTOR}|\\s+and\\s+)(${DATE}|${PRESENT}|\\d{2}(?!\\d))(?![\\w/])`,
  "gi",
);
const SINCE = new RegExp(
  `(?<![\\w/.])(?:since\\s+(${DATE})|(${DATE})(?:\\s*(?:-\\s*)?(?:onwards?|till\\s+(?:date|now)|to\\s+date)|(?<=\\d)(?:present|current)))(?![\\w/])`,
  "gi",
);
/** A whole token that means "until now". */
const ONLY_PRESENT = new RegExp(`^${PRESENT}$`, "i");
const SINGLE = new RegExp(`(?<![\\w/.])(${DATE})(?![\\w/])`, "gi");

/** Options for date parsing. */
export interface DateOptions {
  /** Two-digit years up to this year's last two digits + 1 are 20xx, others 19xx. Default: now. */
  referenceDate?: Date;
}

/**
 * Find date ranges in `text[from, to)`: "2019 - 2023", "Jan 2019 – Present", "03/2018 to date",
 * "Jun '19 - '22", "from 2013-2014", "in 2012-2013", "(2014 - 2019)", "2014-15", "between 2010
 * and 2012", "since 2019", "September 2017 onwards". Spans cover the dates (and a lead-in word such as "from").
 */
export function findDateRanges(
  text: string,
  from = 0,
  to = text.length,
  options: DateOptions = {},
): DateRange[] {
  const region = text.slice(from, to);
  const ranges: DateRange[] = [];
  for (const match of region.matchAll(RANGE)) {
    const start = parseDate(match[1] ?? "", options);
    const endText = match[2] ?? "";
    const end = ONLY_PRESENT.test(endText)
      ? "present"
      : /^\d{2}$/.test(endText) && start
        ? shortEnd(start, endText)
        : parseDate(endText, options);
    if (!start || !end) continue;
    if (end !== "present" && end.year < start.year) continue;
    const span = { start: from + (match.index ?? 0), end: from + (match.index ?? 0) + match[0].length };
    ranges.push({ start, end, span });
  }
  for (const match of region.matchAll(SINCE)) {
    const start = parseDate(match[1] ?? match[2] ?? "", options);
    if (!start) continue;
    const span = { start: from + (match.index ?? 0), end: from + (match.index ?? 0) + match[0].length };
    if (ranges.some((range) => overlaps(range.span, span))) continue;
    ranges.push({ start, end: "present", span });
  }
  return ranges.sort((a, b) => a.span.start - b.span.start);
}

/** Single dates ("2017", "May 2019", "'22") in `text[from, to)` that are not part of a range. */
export function findSingleDates(
  text: string,
  from = 0,
  to = text.length,
  options: DateOptions = {},
): Array<{ date: YearMonth; span: Span }> {
  const ranges = findDateRanges(text, from, to, options);
  const found: Array<{ date: YearMonth; span: Span }> = [];
  for (const match of text.slice(from, to).matchAll(SINGLE)) {
    const date = parseDate(match[1] ?? "", options);
    const span = { start: from + (match.index ?? 0), end: from + (match.index ?? 0) + match[0].length };
    if (!date || ranges.some((range) => overlaps(range.span, span))) continue;
    found.push({ date, span });
  }
  return found;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A month name and the rest of a date token ("jan 2019" → "jan", "2019"). */
const NAMED_DATE = new RegExp(`^(${MONTH_NAME})\\.?,?(?:[/-]|\\s*)(.+)$`, "i");

/** Parse one date token; undefined when it is not a date. */
export function parseDate(token: string, options: DateOptions = {}): YearMonth | undefined {
  const value = token.trim().toLowerCase();
  const named = NAMED_DATE.exec(value);
  if (named?.[1] && named[2]) {
    const month = MONTHS[named[1].slice(0, named[1].startsWith("sept") ? 4 : 3)];
    const year = parseYear(named[2], options);
    return year === undefined || month === undefined ? undefined : { year, month };
  }
  // "03/2018", "3.2018", and US "8/1/2008" (month/day/year).
  const numeric = /^(\d{1,2})[/.](?:\d{1,2}\/)?(\d{2}|\d{4})$/.exec(value);
  if (numeric?.[1] && numeric[2]) {
    const month = Number(numeric[1]);
    const year = parseYear(numeric[2], options);
    return year === undefined || month < 1 || month > 12 ? undefined : { year, month };
  }
  const year = parseYear(value, options);
  return year === undefined ? undefined : { year };
}

function parseYear(token: string, options: DateOptions): number | undefined {
  const value = token.replace(/^[’'‘`]/, "");
  if (/^\d{4}$/.test(value)) return Number(value);
  if (!/^\d{2}$/.test(value)) return undefined;
  const reference = (options.referenceDate ?? new Date()).getUTCFullYear();
  const century = Math.floor(reference / 100) * 100;
  const candidate = century + Number(value);
  return candidate > reference + 1 ? candidate - 100 : candidate;
}

/** "2014-15" → 2015: the end shares the start's century and must not precede it. */
function shortEnd(start: YearMonth, twoDigits: string): YearMonth | undefined {
  const year = Math.floor(start.year / 100) * 100 + Number(twoDigits);
  return year >= start.year ? { year } : undefined;
}
