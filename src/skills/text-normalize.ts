/**
 * Text normalization shared by the dictionary, the lexical indexes and the vector encoder.
 * `foldForMatching` keeps the UTF-16 length of the input, so offsets found in the folded text are
 * offsets in the original text.
 */

const DASHES = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/** Lower-case each UTF-16 unit where that keeps its length; dashes → "-", curly quotes → "'". */
export function foldForMatching(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered.replace(DASHES, "-").replace(APOSTROPHES, "'");
  let folded = "";
  for (let index = 0; index < text.length; index++) {
    const unit = text[index]!;
    const lower = unit.toLowerCase();
    folded += lower.length === 1 ? lower : unit;
  }
  return folded.replace(DASHES, "-").replace(APOSTROPHES, "'");
}

/** A word of the text with its UTF-16 span. */
export interface TextToken {
  /** Lower-cased surface form. */
  text: string;
  start: number;
  end: number;
}

const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:[+#]+)?/gu;

/** Words (letters/digits, keeping a trailing "++"/"#" as in "c++", "c#") with their spans. */
export function tokenize(text: string, maxTokens = Number.POSITIVE_INFINITY): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    if (tokens.length >= maxTokens) break;
    const start = match.index ?? 0;
    tokens.push({ text: match[0].toLowerCase(), start, end: start + match[0].length });
  }
  return tokens;
}

/** Lower-cased words only. */
export function words(text: string): string[] {
  return tokenize(text).map((token) => token.text);
}

const SUFFIXES = [
  "ational",
  "ations",
  "ation",
  "ments",
  "ment",
  "ings",
  "ing",
  "ities",
  "ity",
  "ers",
  "er",
  "ies",
  "ied",
  "ed",
  "es",
  "ly",
  "ate",
  "s",
  "e",
];

/**
 * A light, consistent suffix stripper: "managing", "manage", "management" → "manag";
 * "developer", "development" → "develop". Short words (≤ 3 letters) are kept.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let current = word;
  for (let round = 0; round < 2; round++) {
    const suffix = SUFFIXES.find(
      (candidate) => current.endsWith(candidate) && current.length - candidate.length >= 3,
    );
    if (!suffix) break;
    if (suffix === "s" && /(ss|us|is)$/.test(current)) break;
    current = current.slice(0, current.length - suffix.length);
    if (suffix === "ies" || suffix === "ied") current += "y";
  }
  if (current.length > 4 && current.at(-1) === current.at(-2) && !/[aeiouls]/.test(current.at(-1) ?? "")) {
    current = current.slice(0, -1);
  }
  return current;
}

/** A short list of English function words, ignored by the lexical scorers. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor of to in on at by for from with without within into onto over under about as " +
    "is are was were be been being am do does did doing have has had having will would shall should can could " +
    "may might must this that these those it its they them their we our you your he she his her i me my " +
    "not no yes so than then there here such very also etc per via e g eg ie who whom which what when where how " +
    "all any each both few more most other some own same too just up down out off again further once"
  ).split(" "),
);
