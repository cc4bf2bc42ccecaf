import { COUNT, countValue } from "./number-words.js";
import type { ExperienceClaim } from "./types.js";

const CLAIM = new RegExp(
  `\\b(${COUNT})\\s*(?:\\+|\\s+plus)?\\s*(?:\\(\\d+\\)\\s*)?(?:years?|yrs?)['’]?(?:\\s+(?:and\\s+)?(${COUNT})\\s+months?)?(?=\\s+(?:of\\s+)?(?:[\\w&/-]+\\s+){0,5}?(?:experience|exp)\\b)`,
  "gi",
);

/** Stated amounts of experience: "4 years of experience", "10+ years of IT experience". */
export function findExperienceClaims(text: string): ExperienceClaim[] {
  const claims: ExperienceClaim[] = [];
  for (const match of text.matchAll(CLAIM)) {
    const years = countValue(match[1] ?? "");
    if (years === undefined) continue;
    const months = match[2] ? (countValue(match[2]) ?? 0) : 0;
    const start = match.index ?? 0;
    claims.push({ years: years + months / 12, span: { start, end: start + match[0].length } });
  }
  return claims;
}
