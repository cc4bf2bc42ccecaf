import { describe, expect, it } from "vitest";
import type { ExperienceRequirementResult } from "./experience-requirement.js";
import { computeMatchFeatures, isNamedSkill } from "./match-features.js";
import type { SkillRequirementResult } from "./skill-requirement.js";

function skill(stated: string[], missing: string[]): SkillRequirementResult {
  return {
    kind: "required-skill",
    text: [...stated, ...missing].join(", "),
    verdict: missing.length === 0 ? "met" : stated.length === 0 ? "missing" : "partial",
    reason: "",
    evidence: [],
    coverage: stated.length / (stated.length + missing.length),
    missing,
    skillCount: stated.length + missing.length,
    skillCredit: stated.length,
    stated: stated.map((label) => ({
      label,
      evidence: { start: 0, end: 1, quote: "x" },
      inSkillsList: true,
    })),
    emphasizedMissing: 0,
  };
}

function experience(verdict: "met" | "partial" | "missing", required: number, found: number | null) {
  return {
    kind: "experience",
    text: "role",
    verdict,
    reason: "",
    evidence: [],
    requiredYearsValue: required,
    resumeYearsValue: found,
    titleMatch: 1,
  } satisfies ExperienceRequirementResult;
}

describe("isNamedSkill", () => {
  it("tells short skill names from prose qualities", () => {
    expect(isNamedSkill("SQL")).toBe(true);
    expect(isNamedSkill("Attention to Detail")).toBe(true);
    expect(isNamedSkill("Excellent physical fitness to manage equipment")).toBe(false);
    expect(isNamedSkill(" - ")).toBe(false);
  });
});

describe("computeMatchFeatures", () => {
  const base = { preferred: [], education: [], titleAgreement: 1, hasSkillsList: true };

  it("measures the job's prose share and the resume's latest and total experience against the years asked", () => {
    const features = computeMatchFeatures({
      ...base,
      required: [skill(["SQL"], ["Outstanding communication ability with staff and patients"])],
      experience: [experience("partial", 4, 2), experience("met", 2, 3)],
      latestRoleMonths: 24,
      totalMonths: 60,
    });
    expect(features.proseShare).toBe(0.5);
    expect(features.experiencePartialShare).toBe(0.5);
    expect(features.latestRoleCoverage).toBe(0.5);
    expect(features.latestRoleYears).toBeCloseTo(0.4);
    expect(features.totalYearsCoverage).toBeCloseTo(5 / 6);
    expect(features.totalYears).toBe(0.25);
  });

  it("treats missing roles as no experience and no years asked as full coverage", () => {
    const none = computeMatchFeatures({ ...base, required: [skill(["SQL"], [])], experience: [] });
    expect(none.latestRoleCoverage).toBe(1);
    expect(none.totalYearsCoverage).toBe(1);
    expect(none.latestRoleYears).toBe(0);
    const missing = computeMatchFeatures({
      ...base,
      required: [skill([], ["SQL"])],
      experience: [experience("missing", 3, null)],
    });
    expect(missing.experienceMissingShare).toBe(1);
    expect(missing.experiencePartialShare).toBe(0);
    expect(missing.totalYearsCoverage).toBe(0);
  });
});
