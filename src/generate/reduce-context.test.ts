import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../llm/clock.js";
import type { GenerationContext } from "./generation-context.js";
import { reduceContext } from "./reduce-context.js";

const context = (skillCount: number, roles: [number, number][]): GenerationContext => ({
  occupation: { id: "o", label: "Data analyst" },
  skills: Array.from({ length: skillCount }, (_, index) => ({ id: `s${index}`, label: `Skill ${index}` })),
  experiences: roles.map(([startYear, endYear], index) => ({
    title: `Role ${index}, Inc`,
    startYear,
    endYear,
    years: endYear - startYear,
  })),
});

describe("reduceContext", () => {
  it("removes 1–3 skills, never all, and keeps the rest in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer(), (skillCount, seed) => {
        const reduction = reduceContext(context(skillCount, [[2015, 2020]]), seededRandom(seed));
        expect(reduction.removedSkills.length).toBeGreaterThanOrEqual(1);
        expect(reduction.removedSkills.length).toBeLessThanOrEqual(Math.min(3, skillCount - 1));
        expect(reduction.keptSkills.length + reduction.removedSkills.length).toBe(skillCount);
      }),
    );
  });

  it("shortens, drops or keeps the latest role in about RJDB's 54/34/12 proportions", () => {
    const counts = { shortened: 0, dropped: 0, kept: 0 };
    const random = seededRandom(42);
    const base = context(6, [
      [2016, 2022],
      [2012, 2016],
    ]);
    for (let trial = 0; trial < 4000; trial++) counts[reduceContext(base, random).experienceChange]++;
    expect(counts.shortened / 4000).toBeCloseTo(0.54, 1);
    expect(counts.dropped / 4000).toBeCloseTo(0.34, 1);
    expect(counts.kept / 4000).toBeCloseTo(0.12, 1);
  });

  it("writes Filtered-information.Experience in RJDB's exact wording", () => {
    const base = context(4, [
      [2019, 2023],
      [2014, 2019],
    ]);
    const wordings = new Set<string>();
    const random = seededRandom(1);
    for (let trial = 0; trial < 200; trial++) {
      const reduction = reduceContext(base, random);
      wordings.add(reduction.experienceChange);
      if (reduction.experienceChange === "kept")
        expect(reduction.filteredExperience).toBe("the same job experience as before");
      if (reduction.experienceChange === "dropped") {
        expect(reduction.filteredExperience).toBe('without including "Role 0 - Inc (2019 - 2023)"');
        expect(reduction.reducedExperiences.map((role) => role.title)).toEqual(["Role 1, Inc"]);
      }
      if (reduction.experienceChange === "shortened") {
        expect(reduction.filteredExperience).toMatch(
          /^instead of "Role 0 - Inc \(2019 - 2023\)" use "Role 0 - Inc \(2019 - 202[012]\)"$/,
        );
        expect(reduction.latestAfter?.endYear).toBeLessThan(2023);
      }
    }
    expect(wordings.size).toBe(3);
  });

  it("never drops the only role and never shortens a one-year role", () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 100; trial++) {
      expect(reduceContext(context(3, [[2020, 2021]]), random).experienceChange).toBe("kept");
    }
  });

  it("rejects a context with fewer than two skills", () => {
    expect(() => reduceContext(context(1, [[2020, 2022]]), seededRandom(0))).toThrow(/two skills/);
  });
});
