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
 * Similarity of two job titles in [0, 1]: the largest of "share of the required title's words in
 * the resume title" (weighted 0.9, so an exact match still beats containment), the harmonic mean
 * of both coverages, and 0.75 when a resume title of two or more words is contained whole.
 */
export function titleSimilarity(required: string[], candidate: string[]): number {
  if (required.length === 0 || candidate.length === 0) return 0;
  const foundRequired = countAgreeing(required, candidate);
  const foundCandidate = countAgreeing(candidate, required);
  const requiredCoverage = foundRequired / required.length;
  const candidateCoverage = foundCandidate / candidate.length;
  if (requiredCoverage === 0 || candidateCoverage === 0) return 0;
  const harmonic = (2 * requiredCoverage * candidateCoverage) / (requiredCoverage + candidateCoverage);
  // A resume title of two or more words found whole in a wordy requirement ("QA Automation" in
  // "QA Automation tester, performing automated testing…") names the same role.
  const contained = candidateCoverage === 1 && candidate.length >= 2 ? 0.75 : 0;
  return Math.max(harmonic, 0.9 * requiredCoverage, contained);
}

/** How many of `stems` agree with some stem of `others` (loops, not filter/some: a hot path). */
function countAgreeing(stems: readonly string[], others: readonly string[]): number {
  let found = 0;
  for (const stem of stems) {
    for (const other of others) {
      if (stemsAgree(stem, other)) {
        found++;
        break;
      }
    }
  }
  return found;
}
