import type { RjdbRow } from "../datasets/rjdb-row.js";
import { parseResume } from "../parse/parse-resume.js";
import type { ParsedResume } from "../parse/types.js";
import { sameSkillName, titleMatches, titleOrHeadMatches, titleSimilarity } from "./name-match.js";

/** Options of the RJDB extraction evaluation. */
export interface RjdbExtractOptions {
  /**
   * "Present" resolves to this date. Default: 31 December of the row's own end year
   * (`Experiences-years[1]`), the year RJDB timelines are written against.
   */
  referenceDate?: Date;
  /** Called after each row (progress). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Graph skill ids a skill name mentions (e.g. a skill linker's dictionary mentions). With it, two
   * names also name the same skill when their id sets share an id ("control in Subversion" and
   * "Subversion"); without it, only `sameSkillName` (same words up to stemming and order) counts.
   */
  skillIdsOf?: (name: string) => ReadonlySet<string>;
}

/** Counts from which the metrics are computed; summed over rows. */
export interface RjdbExtractCounts {
  rows: number;
  goldTitles: number;
  titlesFound: number;
  titlesFoundStrict: number;
  goldRoles: number;
  rolesYearsCorrect: number;
  rowsWithYears: number;
  totalsCorrect: number;
  goldSkills: number;
  skillsFound: number;
  extractedSkills: number;
  extractedSkillsCorrect: number;
}

/**
 * Score `parseResume` on RJDB matched resumes (GUIDE §4, "Experience extraction"):
 * - `experience_title_recall`: gold `Experiences` titles found among extracted work titles
 *   (`titleOrHeadMatches`: same words up to stemming/order, or a contained title with few extra
 *   words, against the whole gold title or its head before a qualifier such as "(…)" or ", all
 *   other"); `experience_title_recall_strict` uses the whole gold title only (`titleMatches`);
 * - `experience_years_accuracy`: per gold role (`Experiences-years[0][0][i]` = "N years as a
 *   TITLE", years `Experiences-years[2][i]`), the extracted role aligned to it (greedy one-to-one by
 *   title similarity) has round(months / 12) = N; unaligned roles count as wrong. Rows whose
 *   phrase list does not match `Experiences` in length (corrupt gold) are left out of this metric;
 * - `total_years_accuracy`: round(totalMonths / 12) = Σ `Experiences-years[2]` (same rows);
 * - `skill_recall` / `skill_precision`: extracted skill items against `Skills`: the same skill when
 *   `sameSkillName` holds or, with `skillIdsOf`, when both names mention a common graph skill id.
 */
export function evaluateRjdbExtract(
  rows: readonly RjdbRow[],
  options: RjdbExtractOptions = {},
): {
  n: number;
  metrics: Record<string, number>;
  counts: RjdbExtractCounts;
} {
  const counts: RjdbExtractCounts = {
    rows: 0,
    goldTitles: 0,
    titlesFound: 0,
    titlesFoundStrict: 0,
    goldRoles: 0,
    rolesYearsCorrect: 0,
    rowsWithYears: 0,
    totalsCorrect: 0,
    goldSkills: 0,
    skillsFound: 0,
    extractedSkills: 0,
    extractedSkillsCorrect: 0,
  };
  rows.forEach((row, index) => {
    const endYear = row["Experiences-years"][1];
    const referenceDate = options.referenceDate ?? new Date(Date.UTC(endYear, 11, 31));
    scoreRow(row, parseResume(row["Resume-matched"], { referenceDate }), counts, options.skillIdsOf);
    options.onProgress?.(index + 1, rows.length);
  });
  const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return {
    n: counts.rows,
    counts,
    metrics: {
      experience_title_recall: ratio(counts.titlesFound, counts.goldTitles),
      experience_title_recall_strict: ratio(counts.titlesFoundStrict, counts.goldTitles),
      experience_years_accuracy: ratio(counts.rolesYearsCorrect, counts.goldRoles),
      total_years_accuracy: ratio(counts.totalsCorrect, counts.rowsWithYears),
      skill_recall: ratio(counts.skillsFound, counts.goldSkills),
      skill_precision: ratio(counts.extractedSkillsCorrect, counts.extractedSkills),
    },
  };
}

/** Gold roles with their years: "5 years as a Title" phrases paired with `Experiences-years[2]`. */
export function goldRoles(row: RjdbRow): Array<{ title: string; years: number }> | undefined {
  const [[phrases], , years] = row["Experiences-years"];
  if (phrases.length !== row.Experiences.length || phrases.length !== years.length) return undefined;
  return phrases.map((phrase, index) => ({
    title: phrase.replace(/^\s*\d+\s+years?\s+as\s+(?:an?\s+)?/i, ""),
    years: years[index] ?? 0,
  }));
}

function scoreRow(
  row: RjdbRow,
  parsed: ParsedResume,
  counts: RjdbExtractCounts,
  skillIdsOf: RjdbExtractOptions["skillIdsOf"],
): void {
  counts.rows++;
  const titles = parsed.work.map((entry) => entry.title);
  for (const gold of row.Experiences) {
    counts.goldTitles++;
    if (titles.some((title) => titleOrHeadMatches(gold, title))) counts.titlesFound++;
    if (titles.some((title) => titleMatches(gold, title))) counts.titlesFoundStrict++;
  }
  const roles = goldRoles(row);
  if (roles) {
    counts.rowsWithYears++;
    const aligned = alignRoles(
      roles.map((role) => role.title),
      titles,
    );
    roles.forEach((role, index) => {
      counts.goldRoles++;
      const match = aligned[index];
      const entry = match === undefined ? undefined : parsed.work[match];
      if (entry && Math.round(entry.months / 12) === role.years) counts.rolesYearsCorrect++;
    });
    const goldTotal = roles.reduce((sum, role) => sum + role.years, 0);
    if (Math.round(parsed.experience.totalMonths / 12) === goldTotal) counts.totalsCorrect++;
  }
  const extracted = parsed.skills.map((skill) => skill.name);
  const same = sameSkillRule(skillIdsOf);
  for (const gold of row.Skills) {
    counts.goldSkills++;
    if (extracted.some((name) => same(gold, name))) counts.skillsFound++;
  }
  for (const name of extracted) {
    counts.extractedSkills++;
    if (row.Skills.some((gold) => same(gold, name))) counts.extractedSkillsCorrect++;
  }
}

/** The rule "two names name the same skill": same words up to stemming and order, or a shared graph id. */
export function sameSkillRule(
  skillIdsOf: RjdbExtractOptions["skillIdsOf"],
): (gold: string, extracted: string) => boolean {
  if (!skillIdsOf) return sameSkillName;
  return (gold, extracted) => {
    if (sameSkillName(gold, extracted)) return true;
    const goldIds = skillIdsOf(gold);
    if (goldIds.size === 0) return false;
    for (const id of skillIdsOf(extracted)) if (goldIds.has(id)) return true;
    return false;
  };
}

/** Greedy one-to-one alignment by title similarity (> 0); result[i] = extracted index or undefined. */
export function alignRoles(gold: readonly string[], extracted: readonly string[]): Array<number | undefined> {
  const pairs: Array<{ gold: number; extracted: number; score: number }> = [];
  gold.forEach((goldTitle, goldIndex) => {
    extracted.forEach((title, extractedIndex) => {
      const score = titleSimilarity(goldTitle, title);
      if (score > 0) pairs.push({ gold: goldIndex, extracted: extractedIndex, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.gold - b.gold || a.extracted - b.extracted);
  const result: Array<number | undefined> = gold.map(() => undefined);
  const used = new Set<number>();
  for (const pair of pairs) {
    if (result[pair.gold] !== undefined || used.has(pair.extracted)) continue;
    result[pair.gold] = pair.extracted;
    used.add(pair.extracted);
  }
  return result;
}
