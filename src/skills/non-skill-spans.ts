/**
 * Parts of a document that are never skill mentions: contact details (emails, web addresses,
 * phone numbers and the lines that carry them), the person's name at the top or after "Name:",
 * section headings and field labels, and names of organizations. Whole-document linking skips them
 * so "Jane Doe", "linkedin.com/in/jane" or "Work History" are not linked to skills.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const URL =
  /\b(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|dev|me|co|edu|gov|info)(?:\/\S*)?/giu;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{3}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?\b/g;

/** Degree names whose field word is not a skill ("Bachelor of Science", "Master of Arts"). */
const DEGREE =
  /\b(?:Bachelor|Master|Doctor|Associate)(?:['’]s)?(?:\s+degree)?\s+of\s+(?:Applied\s+)?(?:Science|Sciences|Arts)\b/giu;

/** Words that make up resume and job-posting section headings and field labels. */
const HEADING_WORDS = new Set(
  (
    "about us our the a an and of to you your we what will do need offer professional work employment " +
    "experience experiences history education academic background skills skill summary objective profile " +
    "responsibilities responsibility requirements requirement qualifications qualification references " +
    "reference certifications certification certificates licenses license languages language contact " +
    "details personal information benefits perks hobbies interests projects project achievements awards " +
    "career key core competencies technical required preferred desired duties overview job description " +
    "title position role company location salary name email e-mail phone mobile address website " +
    "linkedin github portfolio date birth nationality additional other main tasks who are looking for " +
    "how apply additional volunteer publications training courses highlights"
  ).split(" "),
);

/** Capitalized words that mark an organization or institution name. */
const ORGANIZATION_WORD =
  /\b(?:University|College|Institute|School|Academy|Hospital|Clinic|Inc|Ltd|LLC|LLP|GmbH|Corp|Corporation|Company|Co|Bank|Group|Holdings|Bistro|Restaurant|Diner|Hotel)\b/u;

/** A line holding only a person's name: 2–4 capitalized words, optionally a short credential after a comma. */
const NAME_LINE =
  /^\s*(?:name\s*:\s*)?((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,3})\s*(?:,\s*[\p{Lu}.]{2,8})?\s*$/u;
const NAME_FIELD = /^\s*(?:full\s+)?name\s*:/iu;

export type Span = readonly [start: number, end: number];

/** Spans of `text` that semantic linking must skip (sorted, may overlap). */
export function nonSkillSpans(text: string): Span[] {
  const spans: Span[] = [];
  let firstContentLine = true;
  for (const line of text.matchAll(/[^\n\r]+/g)) {
    const start = line.index ?? 0;
    const content = line[0];
    const end = start + content.length;
    if (!content.trim()) continue;
    const isContact =
      content.length <= 200 &&
      (hasMatch(EMAIL, content) || hasMatch(URL, content) || hasMatch(PHONE, content));
    const isFirstName = firstContentLine && NAME_LINE.test(content);
    if (
      isContact ||
      isFirstName ||
      NAME_FIELD.test(content) ||
      /^\s*#/.test(content) ||
      isHeadingLine(content)
    ) {
      spans.push([start, end]);
    }
    firstContentLine = false;
  }
  for (const pattern of [EMAIL, URL, PHONE, DEGREE]) {
    for (const match of text.matchAll(pattern)) {
      spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** A run of capitalized words closed by a legal-form or institution word ("Harbor Freight Logistics LLC"). */
const ORGANIZATION_NAME =
  /\b(?:\p{Lu}[\p{L}&'’-]*\s+){1,4}(?:LLC|LLP|Inc|Ltd|Corp|Corporation|GmbH|Company|University|College|Institute|Hospital|School|Bank)\b/gu;

/**
 * Spans where dictionary mentions are dropped too: emails, web addresses ("github.com/x"), degree
 * names ("Bachelor of Science") and organization names ending in a legal form ("Acme Logistics LLC").
 */
export function addressSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [EMAIL, URL, DEGREE, ORGANIZATION_NAME]) {
    for (const match of text.matchAll(pattern)) {
      spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
    }
  }
  return spans;
}

/**
 * True when a candidate phrase is not a skill by its form: a field label ("Email" before ":"), a
 * heading made only of heading words, or a name containing an organization word.
 */
export function isNonSkillPhrase(phrase: string, followedByColon: boolean): boolean {
  const words = phrase.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  if (words.length === 0) return true;
  if (followedByColon && words.length <= 3) return true;
  if (words.every((word) => HEADING_WORDS.has(word))) return true;
  return ORGANIZATION_WORD.test(phrase);
}

/** True when [start, end) overlaps one of the spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const [spanStart, spanEnd] of spans) {
    if (spanStart >= end) break;
    if (start < spanEnd && spanStart < end) return true;
  }
  return false;
}

function isHeadingLine(line: string): boolean {
  const words = line.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return (
    words.length > 0 &&
    words.length <= 5 &&
    words.every((word) => HEADING_WORDS.has(word)) &&
    !/[.,;]\s*\S/.test(line)
  );
}

function hasMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
