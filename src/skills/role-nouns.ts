import type { SkillGraph } from "../graph/skill-graph.js";

export interface RoleNounOptions {
  /** Least number of occupation labels a head word must end; default 30. */
  minOccupationLabels?: number;
  /** How many times more often the word must end occupation labels than skill labels; default 10. */
  occupationToSkillRatio?: number;
}

/**
 * Words that end job titles ("engineer", "manager", "analyst", "aide"), derived from the graph:
 * last words of many occupation labels that rarely end a skill label. A phrase ending in one is a
 * job title ("UI Lead Developer", "Program Manager"), not a skill. Plural forms are included.
 */
export function roleNouns(graph: SkillGraph, options: RoleNounOptions = {}): Set<string> {
  const minimum = options.minOccupationLabels ?? 30;
  const ratio = options.occupationToSkillRatio ?? 10;
  const occupationCounts = lastWordCounts(
    [...graph.occupations].flatMap((occupation) => [occupation.preferredLabel, ...occupation.altLabels]),
  );
  const skillCounts = lastWordCounts(
    [...graph.skills].flatMap((skill) => [skill.preferredLabel, ...skill.altLabels]),
  );
  const nouns = new Set<string>(GENERIC_TITLE_WORDS);
  for (const [word, count] of occupationCounts) {
    if (word.length < 3 || count < minimum || count <= ratio * (skillCounts.get(word) ?? 0)) continue;
    nouns.add(word);
    nouns.add(word.endsWith("s") ? `${word}es` : `${word}s`);
  }
  return nouns;
}

/** Title heads too short-lived for occupation labels ("UI Lead", "Marketing Intern"). */
const GENERIC_TITLE_WORDS = ["lead", "leads", "intern", "interns", "trainee", "trainees", "head"];

function lastWordCounts(labels: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) {
    const last = label
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.at(-1);
    if (last) counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  return counts;
}
