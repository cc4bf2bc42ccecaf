import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SkillgraphError } from "../core/errors.js";
import { SkillGraph } from "../graph/skill-graph.js";
import { createSkillLinker } from "./skill-linker.js";
import { defaultRankerFile } from "./skill-ranker-model.js";
import { createTinySkillGraph, createTinyWordVectors } from "./test-fixtures/tiny-skill-graph.js";

const wordVectors = createTinyWordVectors();
const linker = createSkillLinker(createTinySkillGraph(), { wordVectors });
const ESCO = "http://data.europa.eu/esco/skill/";

describe("createSkillLinker", () => {
  it("detects dictionary mentions with spans, ids and labels", () => {
    const text = "Skills: PostgreSQL, JavaScript.";
    const mentions = linker.detectMentions(text);
    expect(mentions.map((mention) => mention.skillId)).toEqual([`${ESCO}postgresql`, `${ESCO}javascript`]);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it("links a paraphrase semantically and keeps dictionary mentions", () => {
    const text = "Java; able to manage your time effectively";
    const mentions = linker.linkMentions(text);
    expect(mentions[0]).toMatchObject({ skillId: `${ESCO}java`, source: "dictionary" });
    const semantic = mentions.find((mention) => mention.source === "semantic");
    expect(semantic).toMatchObject({ skillId: `${ESCO}manage-time`, label: "manage time" });
    expect(text.slice(semantic!.start, semantic!.end)).toBe(semantic!.text);
  });

  it("ranks skills for a sentence, best first, at most k", () => {
    const ranked = linker.rankSkills("We value teamwork and food hygiene in our kitchen", 3);
    expect(ranked).toHaveLength(3);
    expect(ranked.map((entry) => entry.skillId)).toContain(`${ESCO}teamwork`);
    expect(ranked.map((entry) => entry.skillId)).toContain(`${ESCO}food-safety`);
    for (let index = 1; index < ranked.length; index++) {
      expect(ranked[index - 1]!.score).toBeGreaterThanOrEqual(ranked[index]!.score);
    }
    expect(linker.rankSkills("anything", 0)).toEqual([]);
    expect(() => linker.rankSkills("x", -1)).toThrow(SkillgraphError);
  });

  it("works on an empty graph: nothing links, skill-like phrases stay open-vocabulary", () => {
    const empty = createSkillLinker(new SkillGraph(), { wordVectors, ranker: defaultRankerFile() });
    expect(empty.detectMentions("SQL and Java")).toEqual([]);
    expect(empty.rankSkills("SQL and Java", 5)).toEqual([]);
    const mentions = empty.linkMentions("Kubernetes, Terraform");
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) expect(mention).toMatchObject({ skillId: null, openVocabulary: true });
  });

  it("survives empty, binary and repeated input with spans inside the text", () => {
    expect(linker.linkMentions("")).toEqual([]);
    expect(linker.rankSkills("", 5)).toEqual([]);
    const binary = String.fromCharCode(
      ...Array.from({ length: 3000 }, (_, index) => (index * 104_729) % 65_536),
    );
    expect(() => linker.linkMentions(binary)).not.toThrow();
    const repeated = "teamwork ".repeat(100_000);
    expect(linker.linkMentions(repeated).length).toBe(100_000);
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        for (const mention of linker.linkMentions(text)) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.score).toBeGreaterThanOrEqual(0);
          expect(mention.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });
});
