import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SkillgraphError } from "../core/errors.js";
import type { Skill } from "../graph/model.js";
import { SkillGraph } from "../graph/skill-graph.js";
import { hasWordBoundaries, SkillDictionary } from "./skill-dictionary.js";
import { createTinySkillGraph, createTinyWordVectors } from "./test-fixtures/tiny-skill-graph.js";

const vectors = createTinyWordVectors();
const dictionary = new SkillDictionary(createTinySkillGraph(), {
  frequencyRank: (word) => vectors.frequencyRank(word),
});
const found = (text: string) => dictionary.detect(text).map((mention) => mention.text);
const labels = (text: string) => dictionary.detect(text).map((mention) => mention.label);

describe("SkillDictionary", () => {
  it("skips common-word alternative labels and label fragments but keep preferred labels", () => {
    const graph = new SkillGraph();
    const base: Omit<Skill, "id" | "preferredLabel" | "altLabels"> = {
      source: "esco",
      hiddenLabels: [],
      type: "skill",
      description: "",
    };
    graph.addSkill({ ...base, id: "s:journalism", preferredLabel: "journalism", altLabels: ["reporting"] });
    graph.addSkill({ ...base, id: "s:dances", preferredLabel: "dances", altLabels: ["dance"] });
    graph.addSkill({
      ...base,
      id: "s:manuals",
      preferredLabel: "compile manuals",
      altLabels: ["and procedures"],
    });
    const common = new Map([
      ["reporting", 3000],
      ["dance", 5000],
    ]);
    const strict = new SkillDictionary(graph, {
      frequencyRank: (word) => common.get(word) ?? Number.POSITIVE_INFINITY,
    });
    const linked = (text: string) => strict.detect(text).map((mention) => mention.label);
    expect(linked("monthly reporting to the board")).toEqual([]);
    expect(linked("policies and procedures")).toEqual([]);
    expect(linked("modern dance and journalism")).toEqual(["journalism"]);
    expect(linked("classical dances")).toEqual(["dances"]);
  });

  it("never matches a label inside a longer word", () => {
    expect(labels("We run PostgreSQL in production")).toEqual(["PostgreSQL"]);
    expect(found("reactive programming and proactive teams")).toEqual([]);
    expect(labels("JavaScript developer")).toEqual(["JavaScript"]);
    expect(found("javascripting, sqlite, excellent")).toEqual([]);
  });

  it("finds each label at word boundaries, case-insensitive for distinctive names", () => {
    expect(labels("sql, java and javascript; React")).toEqual([
      "SQL",
      "Java (computer programming)",
      "JavaScript",
      "React",
    ]);
  });

  it("prefers the longest overlapping label", () => {
    const mentions = dictionary.detect("Structured Query Language");
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ start: 0, end: 25, label: "SQL", source: "dictionary" });
  });

  it("requires exact case for names that are common words", () => {
    expect(found("I go to work and excel at it")).toEqual([]);
    expect(labels("Languages: Go and Excel")).toEqual(["Go", "Microsoft Excel"]);
  });

  it("accepts one-letter names only in exact case next to another technology", () => {
    expect(labels("C, C++ and R")).toEqual(["C", "C++", "R"]);
    expect(found("Grade C student. Plan B or R? no")).toEqual([]);
    expect(found("c and r are letters")).toEqual([]);
  });

  it("stop-lists labels that are very common lower-case words", () => {
    expect(found("a long history of success")).toEqual([]);
  });

  it("keeps c++ and node-style tokens whole", () => {
    expect(hasWordBoundaries("c++", 0, 1)).toBe(false);
    expect(hasWordBoundaries("node.js", 0, 4)).toBe(false);
    expect(hasWordBoundaries("java, sql", 0, 4)).toBe(true);
  });

  it("returns spans that lie inside the text and slice to the mention text", () => {
    const pieces = fc.constantFrom(
      "SQL",
      "PostgreSQL",
      "java",
      "JavaScript",
      " ",
      ", ",
      "reactive",
      "C++",
      "é",
      "🙂",
      "-",
      "time management",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const text = parts.join("") + noise;
        for (const mention of dictionary.detect(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(mention.start).toBeLessThan(mention.end);
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.score).toBeGreaterThan(0);
          expect(mention.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("handles empty text, binary garbage and 1 MB of one token in bounded time", () => {
    expect(dictionary.detect("")).toEqual([]);
    const garbage = String.fromCharCode(
      ...Array.from({ length: 5000 }, (_, index) => (index * 7919) % 65_536),
    );
    expect(() => dictionary.detect(garbage)).not.toThrow();
    const repeated = "sql ".repeat(250_000);
    const mentions = dictionary.detect(repeated);
    expect(mentions).toHaveLength(250_000);
    expect(dictionary.detect("a".repeat(1_000_000))).toEqual([]);
  });

  it("rejects texts over the size limit with a typed error", () => {
    expect(() => dictionary.detect("x".repeat(4_000_001))).toThrow(SkillgraphError);
  });

  it("accepts an empty graph", () => {
    expect(new SkillDictionary(new SkillGraph()).detect("SQL and Java")).toEqual([]);
  });
});
