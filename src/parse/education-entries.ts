import { type DateOptions, findDateRanges, findSingleDates } from "./find-dates.js";
import { type Piece, pieceOf, splitLines, stripBullet, subPiece, trimPiece } from "./text-lines.js";
import type { EducationEntry, Span } from "./types.js";

/**
 * Degree names: words ("Bachelor of Science", "Master's degree", "Diploma", "High School") and
 * abbreviations ("B.Sc", "BE", "B.Tech", "MBA", "MCA", "Ph.D", "SSLC", "12th"). Abbreviations are
 * matched case-sensitively so "be" and "ms" in prose do not count.
 */
const DEGREE_WORDS =
  /\b(?:(?:bachelor|master|doctor|associate)(?:['’]?s)?(?:\s+degree)?(?:\s+of\s+(?:fine\s+arts|arts|sciences?|engineering|technology|commerce|business\s+administration|computer\s+applications?|laws?|education|philosophy|medicine|pharmacy|architecture|nursing|music|design|social\s+work))?|doctorate|diploma|post[-\s]?graduate(?:\s+diploma)?|high\s+school(?:\s+diploma)?|secondary\s+school(?:\s+certificate)?|intermediate|matriculation|ged|degree)\b/i;
const DEGREE_ABBREVIATIONS =
  /(?<![\w.])(?:B\.?\s?-?(?:Sc|Tech|Com|Eng|Ed|Pharm|Arch|Des|B\.?A|C\.?A)|M\.?\s?-?(?:Sc|Tech|Com|Eng|Ed|Phil|Pharm|Des|B\.?A|C\.?A|S\.?W)|MBA|BBA|BCA|MCA|PGDM|PGDBA|Ph\.?\s?D|MBBS|LLB|LLM|SSLC|SSC|HSC|HSSC|H\.S\.C|S\.S\.C|CBSE|ICSE|A-Levels?|(?:10|12)th|Btec|HNC|HND)\.?(?![\w])/i;
/** Two-letter degrees are matched only in capitals: "BE", "B.S.", "MS", "M.A.", "MD". */
const SHORT_DEGREES = /(?<![\w.])(?:B\.?[EASC]|M\.?[EASD])\.?(?![\w])(?!\.\w)/;
const INSTITUTION =
  /\b(?:university|college|institute|school|academy|polytechnic|universit[äé]t|école|iit|nit)\b/i;
const FIELD_AFTER =
  /^\s*(?:\(|in|of|,|-|–|:)\s*(?:the\s+)?([\p{L}&][\p{L}&.'’/ -]{1,60}?)\s*(?=$|\)|,|\bat\b|\bfrom\b|\s[-–|]\s|\(|\d|\bwith\b)/iu;

/** Education entries in `text[from, to)`: one per line that names a degree or an institution. */
export function findEducationEntries(
  text: string,
  from: number,
  to: number,
  options: DateOptions = {},
): EducationEntry[] {
  const entries: EducationEntry[] = [];
  let current: EducationEntry | undefined;
  for (const line of splitLines(text, from, to)) {
    const piece = stripBullet(pieceOf(text, line.start, line.end));
    if (!/\p{L}|\d{4}/u.test(piece.text)) continue;
    const degree = findDegree(piece);
    const institution = findInstitution(piece);
    if (degree || (institution && (!current || current.institution))) {
      current = { span: spanOf(piece) };
      entries.push(current);
    }
    if (!current) continue;
    if (degree && !current.degree) {
      current.degree = degree.degree.text;
      current.degreeSpan = spanOf(degree.degree);
      if (degree.field) {
        current.field = degree.field.text;
        current.fieldSpan = spanOf(degree.field);
      }
    }
    if (institution && !current.institution) {
      current.institution = institution.text;
      current.institutionSpan = spanOf(institution);
    }
    const year = lastYear(text, line.start, line.end, options);
    if (year && current.year === undefined) {
      current.year = year.year;
      current.yearSpan = year.span;
    }
    current.span = { start: current.span.start, end: Math.max(current.span.end, piece.end) };
  }
  return entries;
}

export function findDegree(line: Piece): { degree: Piece; field?: Piece } | undefined {
  const match =
    DEGREE_ABBREVIATIONS.exec(line.text) ?? SHORT_DEGREES.exec(line.text) ?? DEGREE_WORDS.exec(line.text);
  if (!match) return undefined;
  const degree = trimPiece(subPiece(line, match.index, match.index + match[0].length));
  const rest = line.text.slice(match.index + match[0].length);
  const field = FIELD_AFTER.exec(rest);
  if (field?.[1] && !INSTITUTION.test(field[1])) {
    const offset = match.index + match[0].length + field[0].indexOf(field[1]);
    const fieldPiece = trimPiece(subPiece(line, offset, offset + field[1].length), "\\s.,;:-");
    if (/\p{L}{2}/u.test(fieldPiece.text)) return { degree, field: fieldPiece };
  }
  // "Paramedic Science BSc" — the field precedes an abbreviation.
  const before = /([\p{Lu}][\p{L}&]*(?:\s+(?:and\s+|&\s+)?[\p{Lu}][\p{L}&]*){0,4})\s*$/u.exec(
    line.text.slice(0, match.index),
  );
  if (before?.[1] && !INSTITUTION.test(before[1]) && match[0] !== "degree") {
    const start = match.index - before[0].length;
    return { degree, field: trimPiece(subPiece(line, start, start + before[1].length)) };
  }
  return { degree };
}

function findInstitution(line: Piece): Piece | undefined {
  const keyword = INSTITUTION.exec(line.text);
  if (!keyword) return undefined;
  // The institution is the separator-delimited segment that holds the keyword.
  const separators = /\s+[-–|]\s+|,\s+|\s+at\s+|\s+from\s+|\(|\)|:\s+|\s+in\s+(?=[A-Z])/g;
  let start = 0;
  let end = line.text.length;
  for (const separator of line.text.matchAll(separators)) {
    const index = separator.index ?? 0;
    if (index + separator[0].length <= keyword.index) start = index + separator[0].length;
    else if (index >= keyword.index + keyword[0].length) {
      end = index;
      break;
    }
  }
  const piece = trimPiece(subPiece(line, start, end), "\\s.,;:-");
  return /\p{L}{3}/u.test(piece.text) ? piece : undefined;
}

function lastYear(
  text: string,
  from: number,
  to: number,
  options: DateOptions,
): { year: number; span: Span } | undefined {
  const range = findDateRanges(text, from, to, options).at(-1);
  if (range) return range.end === "present" ? undefined : { year: range.end.year, span: range.span };
  const single = findSingleDates(text, from, to, options).at(-1);
  return single ? { year: single.date.year, span: single.span } : undefined;
}

function spanOf(piece: Piece): Span {
  return { start: piece.start, end: piece.end };
}
