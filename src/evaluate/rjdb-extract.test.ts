import { describe, expect, it } from "vitest";
import { HAS_SHARED_DATA, sharedData } from "../../test/support/shared-data.js";
import { type RjdbRow, readRjdbJsonl, rjdbRowSchema } from "../datasets/rjdb-row.js";
import { alignRoles, evaluateRjdbExtract, goldRoles, sameSkillRule } from "./rjdb-extract.js";

function row(resume: string, experiences: string[], years: number[], skills: string[]): RjdbRow {
  return rjdbRowSchema.parse({
    "Job-Description": "## Job title\nX",
    "Resume-matched": resume,
    "Resume-unmatched": resume,
    Skills: skills,
    Experiences: experiences,
    "Experiences-years": [
      [experiences.map((title, index) => `${years[index]} years as a ${title}`), experiences],
      2023,
      years,
    ],
    "Filtered-information": { Skills: [], Experience: "" },
  });
}

const ROWS = [
  row(
    "## Skills\n- Project Management\n- Java\n- Cooking\n\n## Experience\n- Archivist (2019 - 2023)\n- Janitors and Cleaners (2015 - 2018)\n",
    ["Archivists", "Janitors and cleaners, except maids", "Astronaut"],
    [4, 4, 1],
    ["managing projects", "JavaScript"],
  ),
  row("## Experience\nWorked as a Baker from 2014 to 2016.\n", ["Bakers"], [2], ["Baking"]),
];

describe("evaluateRjdbExtract on fixtures", () => {
  const result = evaluateRjdbExtract(ROWS);
  it("scores titles, years, totals and skills by the documented rules", () => {
    expect(result.n).toBe(2);
    // Archivists ✓, Janitors (head) ✓, Astronaut ✗, Bakers ✓.
    expect(result.metrics.experience_title_recall).toBeCloseTo(3 / 4);
    expect(result.metrics.experience_title_recall_strict).toBeCloseTo(2 / 4);
    // Archivist 4 ✓, Janitors 3 ≠ 4 ✗, Astronaut unaligned ✗, Baker 2 ✓.
    expect(result.metrics.experience_years_accuracy).toBeCloseTo(2 / 4);
    // Row 1: 4 + 3 = 7 ≠ 9; row 2: 2 = 2.
    expect(result.metrics.total_years_accuracy).toBeCloseTo(1 / 2);
    // Gold: "managing projects" ✓ (Project Management), "JavaScript" ✗ (Java is not it), "Baking" ✗.
    expect(result.metrics.skill_recall).toBeCloseTo(1 / 3);
    expect(result.metrics.skill_precision).toBeCloseTo(1 / 3);
  });
  it("pairs gold roles with years and aligns them one-to-one", () => {
    expect(goldRoles(ROWS[1]!)).toEqual([{ title: "Bakers", years: 2 }]);
    expect(alignRoles(["Data Engineer", "Data Analyst"], ["Senior Data Analyst", "Data Engineer"])).toEqual([
      1, 0,
    ]);
    expect(alignRoles(["Pilot"], ["Cook"])).toEqual([undefined]);
  });
});

describe.skipIf(!HAS_SHARED_DATA)("evaluateRjdbExtract on rjdb-dev.jsonl", () => {
  it("meets the targets: title recall ≥ 0.90, years accuracy ≥ 0.95", () => {
    const result = evaluateRjdbExtract(readRjdbJsonl(sharedData("rjdb/rjdb-dev.jsonl")));
    expect(result.n).toBe(388);
    expect(result.metrics.experience_title_recall).toBeGreaterThanOrEqual(0.9);
    expect(result.metrics.experience_years_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(result.metrics.total_years_accuracy).toBeGreaterThan(0.85);
  });
});

describe("sameSkillRule", () => {
  const ids: Record<string, string[]> = {
    Subversion: ["svn"],
    "control in Subversion": ["svn"],
    Java: ["java"],
    JavaScript: ["javascript"],
    "system analysis": ["system-analysis"],
    Analysis: ["analysis"],
  };
  const skillIdsOf = (name: string): ReadonlySet<string> => new Set(ids[name] ?? []);

  it("counts names that mention the same graph skill, and only those", () => {
    const same = sameSkillRule(skillIdsOf);
    expect(same("Subversion", "control in Subversion")).toBe(true);
    expect(same("Java", "JavaScript")).toBe(false);
    expect(same("Analysis", "system analysis")).toBe(false);
    expect(same("Project Management", "managing projects")).toBe(true);
  });

  it("without ids falls back to the same words up to stemming and order", () => {
    const same = sameSkillRule(undefined);
    expect(same("Subversion", "control in Subversion")).toBe(false);
    expect(same("Project Management", "management of projects")).toBe(true);
  });
});
