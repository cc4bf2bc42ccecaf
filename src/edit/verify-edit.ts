import { z } from "zod";
import { degreeLevel } from "../match/education-requirement.js";
import { stemsAgree, tokenize } from "../match/text-tokens.js";
import { findDateRanges } from "../parse/find-dates.js";
import { parseResume } from "../parse/parse-resume.js";
import type { ParsedResume } from "../parse/types.js";

export const claimKindSchema = z.enum(["skill", "employer", "title", "date", "years", "degree"]);
export type ClaimKind = z.infer<typeof claimKindSchema>;

/** A statement of the edited resume that the original resume does not support. */
export const unsupportedClaimSchema = z.object({
  kind: claimKindSchema,
  text: z.string(),
  /** Where the claim is in the edited resume. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  reason: z.string(),
});
export type UnsupportedClaim = z.infer<typeof unsupportedClaimSchema>;

export interface VerifyEditResult {
  /** True when every claim of the edited resume is supported by the original. */
  supported: boolean;
  unsupported: UnsupportedClaim[];
}

export interface VerifyEditOptions {
  /** Resume parser; default parse/ `parseResume`. */
  parseResume?: (text: string) => ParsedResume;
}

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
const YEARS_OF = /\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\b/gi;
const TECHNICAL = /[0-9+#]|[a-z][A-Z]|^[A-Z]{2,}$/;

/**
 * Check an edited resume against the original: every skill, employer, title, date, year count
 * and degree of the edited text must be supported by the original text. Rewording is fine (words
 * are compared up to stemming); new facts are reported as unsupported claims with their spans.
 */
export function verifyEdit(
  originalResume: string,
  editedResume: string,
  options: VerifyEditOptions = {},
): VerifyEditResult {
  const parse = options.parseResume ?? ((text: string) => parseResume(text));
  const original = parse(originalResume);
  const edited = parse(editedResume);
  const originalStems = new Set(tokenize(originalResume).map((token) => token.stem));
  const originalLower = normalize(originalResume);
  const unsupported: UnsupportedClaim[] = [];
  const add = (claim: UnsupportedClaim) => {
    if (!unsupported.some((other) => other.start === claim.start && other.kind === claim.kind))
      unsupported.push(claim);
  };
  const known = (stem: string) =>
    originalStems.has(stem) || [...originalStems].some((other) => stemsAgree(other, stem));

  // Dates: every year, and every date range, must be in the original.
  const originalYears = new Set(originalResume.match(YEAR) ?? []);
  for (const match of editedResume.matchAll(YEAR)) {
    if (!originalYears.has(match[0])) {
      const start = match.index ?? 0;
      add({
        kind: "date",
        text: match[0],
        start,
        end: start + 4,
        reason: `the original never mentions ${match[0]}`,
      });
    }
  }
  const originalRanges = new Set(findDateRanges(originalResume).map(rangeKey));
  for (const range of findDateRanges(editedResume)) {
    if (!originalRanges.has(rangeKey(range))) {
      const text = editedResume.slice(range.span.start, range.span.end);
      add({ kind: "date", ...range.span, text, reason: `the original has no period "${text}"` });
    }
  }
  // Years of experience: no more than the original states or its dated roles add up to.
  const statedYears = [...originalResume.matchAll(YEARS_OF)].map((match) => Number(match[1]));
  const maxYears = Math.max(Math.ceil(original.experience.totalMonths / 12), ...statedYears, 0);
  for (const match of editedResume.matchAll(YEARS_OF)) {
    const years = Number(match[1]);
    if (years > maxYears) {
      const start = match.index ?? 0;
      add({
        kind: "years",
        text: match[0],
        start,
        end: start + match[0].length,
        reason: `the original supports at most ${maxYears} years`,
      });
    }
  }
  // Titles and employers of work entries.
  for (const entry of edited.work) {
    if (
      !containsPhrase(originalLower, entry.title) &&
      !original.work.some((other) => sameWords(other.title, entry.title))
    ) {
      add({
        kind: "title",
        text: entry.title,
        ...entry.titleSpan,
        reason: `the original has no role "${entry.title}"`,
      });
    }
    if (entry.employer && entry.employerSpan && !containsPhrase(originalLower, entry.employer)) {
      add({
        kind: "employer",
        text: entry.employer,
        ...entry.employerSpan,
        reason: `the original never names "${entry.employer}"`,
      });
    }
  }
  // Degrees: a degree level or field the original does not state.
  const originalLevels = new Set(
    original.education.map((entry) => degreeLevel(originalResume.slice(entry.span.start, entry.span.end))),
  );
  for (const entry of edited.education) {
    const text = editedResume.slice(entry.span.start, entry.span.end);
    const level = degreeLevel(text);
    const unknownWords = tokenize(text).filter((token) => /[a-z]/i.test(token.word) && !known(token.stem));
    if (
      (level > 0 && !originalLevels.has(level) && !containsPhrase(originalLower, text)) ||
      unknownWords.length > 0
    ) {
      add({ kind: "degree", text: text.trim(), ...entry.span, reason: "the original states no such degree" });
    }
  }
  // Skills: items of the skills list, and technical or capitalised words anywhere, must be known.
  for (const item of edited.skills) {
    const unknownWords = tokenize(item.name).filter(
      (token) => /[a-z]/i.test(token.word) && !known(token.stem),
    );
    if (unknownWords.length > 0) {
      add({
        kind: "skill",
        text: item.name,
        ...item.span,
        reason: `the original never mentions ${unknownWords.map((token) => `"${token.word}"`).join(", ")}`,
      });
    }
  }
  for (const token of tokenize(editedResume)) {
    if (known(token.stem) || !/[a-z]/i.test(token.word)) continue;
    const surface = editedResume.slice(token.start, token.end);
    const capitalised = /^[A-Z]/.test(surface) && !startsSentence(editedResume, token.start);
    if (!capitalised && !TECHNICAL.test(surface)) continue;
    if (unsupported.some((claim) => token.start >= claim.start && token.start < claim.end)) continue;
    add({
      kind: "skill",
      text: surface,
      start: token.start,
      end: token.end,
      reason: `the original never mentions "${surface}"`,
    });
  }
  unsupported.sort((left, right) => left.start - right.start);
  return { supported: unsupported.length === 0, unsupported };
}

function rangeKey(range: { start: { year: number }; end: { year: number } | "present" }): string {
  return `${range.start.year}-${range.end === "present" ? "present" : range.end.year}`;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ");
}

function containsPhrase(normalizedText: string, phrase: string): boolean {
  const wanted = normalize(phrase).trim();
  return wanted.length > 0 && normalizedText.includes(wanted);
}

function sameWords(left: string, right: string): boolean {
  const a = tokenize(left).map((token) => token.stem);
  const b = tokenize(right).map((token) => token.stem);
  return a.length === b.length && a.every((stem) => b.some((other) => stemsAgree(stem, other)));
}

/** True when the word at `offset` opens a line, a bullet or a sentence (capitals there mean nothing). */
function startsSentence(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^\s*(?:[-*•]|\d{1,2}[.)])?\s*$/.test(before) || /[.!?:;(]\s*$/.test(before);
}
