import { describe, expect, it } from "vitest";
import { SkillGraph } from "../graph/skill-graph.js";
import { createTinySkillGraph, createTinyWordVectors } from "./test-fixtures/tiny-skill-graph.js";
import { cleanTitle } from "./title-cleaning.js";
import { createTitleNormalizer } from "./title-normalizer.js";

const OCCUPATION = "http://data.europa.eu/esco/occupation/";

describe("cleanTitle", () => {
  it("removes gender markers, locations, pay, seniority and hiring calls", () => {
    expect(cleanTitle("Senior Java Developer (m/f/d) – Berlin").core).toBe("java developer");
    expect(cleanTitle("Cashiers & Valets Needed!")).toEqual({
      core: "cashiers & valets",
      variants: ["cashiers", "valets"],
    });
    expect(cleanTitle("Sales Rep $20/hr").core).toBe("sales representative");
    expect(cleanTitle("Immediate Vacancy - Sales Officer").core).toBe("sales officer");
    expect(cleanTitle("Retail Assistant @ The Main Place Mall").core).toBe("retail assistant");
    expect(cleanTitle("Video Editor - Internship").core).toBe("video editor");
  });

  it("never returns an empty core for a non-empty title", () => {
    expect(cleanTitle("Urgent!!!").core.length).toBeGreaterThan(0);
  });
});

describe("createTitleNormalizer", () => {
  const normalizer = createTitleNormalizer(createTinySkillGraph(), { wordVectors: createTinyWordVectors() });

  it("ranks the right occupation first for noisy titles", () => {
    expect(normalizer.normalize("Senior Java Developer (m/f/d) – Berlin", 3)[0]?.occupationId).toBe(
      `${OCCUPATION}software-developer`,
    );
    expect(normalizer.normalize("Cashiers & Valets Needed!", 3)[0]?.occupationId).toBe(
      `${OCCUPATION}cashier`,
    );
    expect(normalizer.normalize("Chef de partie", 3)[0]?.occupationId).toBe(`${OCCUPATION}cook`);
  });

  it("reaches ESCO occupations through O*NET titles on crosswalk edges, and ranks only ESCO ones", () => {
    const ranked = normalizer.normalize("till operator", 5);
    expect(ranked[0]?.occupationId).toBe(`${OCCUPATION}cashier`);
    expect(ranked.every((entry) => entry.occupationId.startsWith(OCCUPATION))).toBe(true);
  });

  it("returns scores in [0, 1], at most k, and nothing for empty input or an empty graph", () => {
    const ranked = normalizer.normalize("software programmer", 2);
    expect(ranked.length).toBeLessThanOrEqual(2);
    for (const entry of ranked) expect(entry.score).toBeGreaterThan(0);
    for (const entry of ranked) expect(entry.score).toBeLessThanOrEqual(1);
    expect(normalizer.normalize("", 5)).toEqual([]);
    const empty = createTitleNormalizer(new SkillGraph(), { wordVectors: createTinyWordVectors() });
    expect(empty.normalize("cashier", 5)).toEqual([]);
  });
});
