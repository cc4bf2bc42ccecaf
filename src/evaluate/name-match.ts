import { porterStem } from "./porter-stem.js";

/**
 * Words ignored when comparing names: function words ("management of projects" = "project
 * management") and generic heads that name no skill by themselves ("Communication Skills" =
 * "communication", "Knowledge of Safety Procedures" = "safety procedures").
 */
const STOPWORDS = new Set(
  (
    "a an the and or of in on at for to with by from as & / - per via into " +
    "skill skills ability abilities knowledge capability capabilities proficiency expertise"
  ).split(" "),
);

/**
 * The comparable words of a name: lowercase, split at anything but letters, digits, "+" and "#"
 * ("C++", "C#" stay whole; "Node.js" → node, js), stopwords dropped, each word Porter-stemmed.
 */
export function nameStems(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word.length > 0 && !STOPWORDS.has(word))
    .map((word) => porterStem(word));
}

/** The order-free key of a name: its distinct stems, sorted. */
export function nameKey(name: string): string {
  return [...new Set(nameStems(name))].sort().join(" ");
}

/**
 * Skill rule of the evaluators: two names name the same skill when they have the same words up
 * to stemming and order, function words aside. "Project Management" = "management of projects" =
 * "managing projects"; "Java" ≠ "JavaScript"; "Data Analysis" ≠ "Data".
 */
export function sameSkillName(a: string, b: string): boolean {
  const key = nameKey(a);
  return key.length > 0 && key === nameKey(b);
}

/**
 * Title rule of the evaluators: an extracted title names a gold title when, up to stemming, order
 * and punctuation, (a) the word sets are equal, or (b) the extracted title holds every gold word
 * plus at most `maxExtraWords` others ("Served as Postsecondary Social Sciences Teacher" for
 * "Social sciences teachers, postsecondary"), or (c) every extracted word is a gold word and it
 * covers at least `minCoverage` of them (a title cut before a trailing qualifier).
 */
export function titleMatches(
  gold: string,
  extracted: string,
  options: { maxExtraWords?: number; minCoverage?: number } = {},
): boolean {
  const maxExtra = options.maxExtraWords ?? 3;
  const minCoverage = options.minCoverage ?? 0.75;
  const goldSet = new Set(nameStems(gold));
  const extractedSet = new Set(nameStems(extracted));
  if (goldSet.size === 0 || extractedSet.size === 0) return false;
  const shared = [...goldSet].filter((word) => extractedSet.has(word)).length;
  if (shared === goldSet.size && extractedSet.size - shared <= maxExtra) return true;
  return shared === extractedSet.size && shared / goldSet.size >= minCoverage;
}

/** Dice similarity of two names' stem sets, in [0, 1]; used to align gold and extracted roles. */
export function titleSimilarity(a: string, b: string): number {
  const left = new Set(nameStems(a));
  const right = new Set(nameStems(b));
  if (left.size === 0 || right.size === 0) return 0;
  const shared = [...left].filter((word) => right.has(word)).length;
  return (2 * shared) / (left.size + right.size);
}

/**
 * The head of a title: the words before its first qualifier — a parenthesis, comma, " - ", "|",
 * ":" or ";" ("Salesforce Developer (10+ exp must)" → "Salesforce Developer", "Architecture
 * teachers, postsecondary" → "Architecture teachers"). Undefined when the title has no qualifier.
 */
export function titleHead(title: string): string | undefined {
  const cut = /\s*(?:\(|,|;|:|\||\s[-–—]+\s|\s[-–—]{2,}|[-–—]{2,})/.exec(title);
  if (!cut || cut.index === 0) return undefined;
  const head = title.slice(0, cut.index).trim();
  return nameStems(head).length > 0 ? head : undefined;
}

/**
 * Lenient title rule: `titleMatches` against the whole gold title or against its head. Postings
 * often carry qualifiers a resume drops ("… (Only Locals)", "…, all other"), so the head is what a
 * reader compares; the strict rule stays available as `titleMatches`.
 */
export function titleOrHeadMatches(gold: string, extracted: string): boolean {
  if (titleMatches(gold, extracted)) return true;
  const head = titleHead(gold);
  return head !== undefined && titleMatches(head, extracted);
}
