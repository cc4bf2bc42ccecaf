import { stemsAgree, tokenize } from "./text-tokens.js";

/** Words that say nothing about which job a title names. */
const TITLE_FILLER = new Set(
  (
    "a an the and or of in on at to for with by as from - & experience experienced years year role position " +
    "job working work minimum least previous prior has have having spent holds hold including focused level " +
    "required requirement direct hire full time part contract i ii iii iv 1 2 3 4 all other except excluding " +
    "not"
  ).split(" "),
);

/** The stems of a job title, without filler words. */
export function titleStems(title: string): string[] {
  const stems: string[] = [];
  for (const token of tokenize(title)) {
    if (TITLE_FILLER.has(token.word) || /^\d+$/.test(token.word)) continue;
    if (!stems.includes(token.stem)) stems.push(token.stem);
  }
  return stems;
}

/**
 * Similarity of two job titles in [0, 1]: the larger of "share of the required title's words in
 * the resume title" (weighted 0.9, so an exact match still beats containment) and the harmonic
 * mean of both coverages.
 */
export function titleSimilarity(required: string[], candidate: string[]): number {
  if (required.length === 0 || candidate.length === 0) return 0;
  const foundRequired = required.filter((stem) => candidate.some((other) => stemsAgree(stem, other))).length;
  const foundCandidate = candidate.filter((stem) => required.some((other) => stemsAgree(stem, other))).length;
  const requiredCoverage = foundRequired / required.length;
  const candidateCoverage = foundCandidate / candidate.length;
  if (requiredCoverage === 0 || candidateCoverage === 0) return 0;
  const harmonic = (2 * requiredCoverage * candidateCoverage) / (requiredCoverage + candidateCoverage);
  return Math.max(harmonic, 0.9 * requiredCoverage);
}
