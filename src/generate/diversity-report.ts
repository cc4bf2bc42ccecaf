import type { GeneratedRow } from "./generated-row.js";
import { normalizeForMatch } from "./text-containment.js";

export interface DiversityReport {
  rows: number;
  occupations: number;
  distinctSkills: number;
  /** Distinct n-grams / all n-grams over JDs and resumes (distinct-1, distinct-2). */
  distinct1: number;
  distinct2: number;
  distinctBigrams: number;
  meanJobDescriptionWords: number;
  meanResumeWords: number;
  experienceChanges: Record<"shortened" | "dropped" | "kept", number>;
  removedSkillCounts: Record<string, number>;
}

/** Coverage and lexical diversity of accepted rows (written to run.json). */
export function diversityReport(rows: Iterable<GeneratedRow>): DiversityReport {
  const occupations = new Set<string>();
  const skills = new Set<string>();
  const unigrams = new Set<string>();
  const bigrams = new Set<string>();
  let unigramCount = 0;
  let bigramCount = 0;
  let jdWords = 0;
  let resumeWords = 0;
  let count = 0;
  const experienceChanges = { shortened: 0, dropped: 0, kept: 0 };
  const removedSkillCounts: Record<string, number> = {};
  for (const row of rows) {
    count++;
    occupations.add(row.context.occupation.id);
    for (const skill of row.context.skills) skills.add(skill.id);
    experienceChanges[row.context.experienceChange]++;
    const removed = String(row["Filtered-information"].Skills.length);
    removedSkillCounts[removed] = (removedSkillCounts[removed] ?? 0) + 1;
    for (const [index, text] of [
      row["Job-Description"],
      row["Resume-matched"],
      row["Resume-unmatched"],
    ].entries()) {
      const words = normalizeForMatch(text).split(" ").filter(Boolean);
      if (index === 0) jdWords += words.length;
      else resumeWords += words.length;
      unigramCount += words.length;
      for (const word of words) unigrams.add(word);
      for (let position = 0; position + 1 < words.length; position++) {
        bigramCount++;
        bigrams.add(`${words[position]} ${words[position + 1]}`);
      }
    }
  }
  const ratio = (distinct: number, total: number) =>
    total === 0 ? 0 : Number((distinct / total).toFixed(4));
  return {
    rows: count,
    occupations: occupations.size,
    distinctSkills: skills.size,
    distinct1: ratio(unigrams.size, unigramCount),
    distinct2: ratio(bigrams.size, bigramCount),
    distinctBigrams: bigrams.size,
    meanJobDescriptionWords: count === 0 ? 0 : Math.round(jdWords / count),
    meanResumeWords: count === 0 ? 0 : Math.round(resumeWords / (2 * count)),
    experienceChanges,
    removedSkillCounts,
  };
}
