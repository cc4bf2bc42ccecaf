/**
 * Rules that decide how a dictionary label may match. They are derived from the label's own form
 * and the corpus frequency of its words (word-vector vocabulary order), never from dataset strings.
 */

/** How a label is allowed to match. */
export type LabelPolicy =
  /** Case-insensitive match at word boundaries. */
  | "any-case"
  /** The text must carry the label's exact letter case ("Excel", "Go", "LESS", "C#"). */
  | "exact-case"
  /** Exact case and a nearby technology mention ("C", "R" in a list of languages). */
  | "exact-case-in-context"
  /** Never matched by the dictionary (a common English word written in lower case). */
  | "stop";

export interface LabelRuleOptions {
  /** Single lower-case words more frequent than this rank are stop-listed; default 1000. */
  stopRank?: number;
  /** Capitalized labels whose lower-case form is more frequent than this need exact case; default 50 000. */
  ambiguousRank?: number;
}

/** Decide the policy of one label given a word-frequency lookup (0 = most frequent, Infinity = unknown). */
export function labelPolicy(
  label: string,
  frequencyRank: (word: string) => number,
  options: LabelRuleOptions = {},
): LabelPolicy {
  const stopRank = options.stopRank ?? 1000;
  const ambiguousRank = options.ambiguousRank ?? 50_000;
  const trimmed = label.trim();
  const hasUpper = /\p{Lu}/u.test(trimmed);
  const letters = trimmed.replace(/[^\p{L}\p{N}]/gu, "");
  if (letters.length === 0) return "stop";
  if (trimmed.length <= 2) {
    if (!hasUpper) return "stop";
    return letters.length === 1 ? "exact-case-in-context" : "exact-case";
  }
  const singleWord = !/\s/.test(trimmed);
  if (!singleWord) return "any-case";
  const rank = frequencyRank(trimmed.toLowerCase());
  if (hasUpper) return rank < ambiguousRank ? "exact-case" : "any-case";
  return rank < stopRank ? "stop" : "any-case";
}
