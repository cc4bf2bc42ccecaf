import { describe, expect, it } from "vitest";
import { trainSkillRanker } from "./ranker-training.js";
import { SkillIndex } from "./skill-index.js";
import { createSkillRanker, SkillRankerFileSchema } from "./skill-ranker-model.js";
import { computeSkillness } from "./skillness.js";
import { createTinySkillGraph, createTinyWordVectors } from "./test-fixtures/tiny-skill-graph.js";

describe("trainSkillRanker", () => {
  const index = new SkillIndex(createTinySkillGraph(), createTinyWordVectors());
  const rowOf = (label: string) => index.skills.findIndex((skill) => skill.preferredLabel === label);
  const examples = [
    {
      sentence: "good time management",
      goldRows: new Set([rowOf("manage time")]),
      dictionaryRows: new Set<number>(),
    },
    {
      sentence: "food hygiene in the kitchen",
      goldRows: new Set([rowOf("food safety principles")]),
      dictionaryRows: new Set<number>(),
    },
    {
      sentence: "you work well in teams",
      goldRows: new Set([rowOf("work in teams")]),
      dictionaryRows: new Set<number>(),
    },
    { sentence: "SQL databases", goldRows: new Set([rowOf("SQL")]), dictionaryRows: new Set([rowOf("SQL")]) },
  ];
  const skillness = computeSkillness(
    [
      {
        tokens: ["strong", "time", "management"],
        tags_skill: ["O", "B", "I"],
        tags_knowledge: ["O", "O", "O"],
      },
      { tokens: ["strong", "SQL"], tags_skill: ["O", "O"], tags_knowledge: ["O", "B"] },
    ],
    1,
  );

  it("learns finite weights that rank the gold skill first, deterministically", () => {
    const file = trainSkillRanker(index, examples, skillness, { steps: 200 });
    expect(SkillRankerFileSchema.safeParse(file).success).toBe(true);
    expect(file.weights.every(Number.isFinite)).toBe(true);
    expect(trainSkillRanker(index, examples, skillness, { steps: 200 })).toEqual(file);
    expect(file.skillness.strong).toBeLessThan(file.skillness.management!);
    const ranker = createSkillRanker(file);
    expect(ranker.skillness("management")).toBeGreaterThan(ranker.skillness("unseen-word") - 1);
  });
});
