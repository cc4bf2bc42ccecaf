import { describe, expect, it } from "vitest";
import { SkillgraphError } from "../core/errors.js";
import { cosineSimilarity, type TextEmbedder } from "./embedding-model.js";
import { createSkillLinker } from "./skill-linker.js";
import { createTinySkillGraph, createTinyWordVectors } from "./test-fixtures/tiny-skill-graph.js";

/** A fake embedder: texts mentioning food point one way, everything else another. */
function createFakeEmbedder(): TextEmbedder & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async embed(texts: string[]) {
      calls.push(texts);
      return { embeddings: texts.map((text) => (/food|kitchen|hygiene/i.test(text) ? [1, 0] : [0, 1])) };
    },
  };
}

describe("embedding re-ranking", () => {
  it("computes cosine similarity", () => {
    expect(cosineSimilarity([1, 0], [1, 0])).toBe(1);
    expect(cosineSimilarity([1, 0], [0, 2])).toBe(0);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
  });

  it("re-ranks the ranker's candidates with an embedding model and caches label vectors", async () => {
    const embedder = createFakeEmbedder();
    const linker = createSkillLinker(createTinySkillGraph(), {
      wordVectors: createTinyWordVectors(),
      embedder,
    });
    const ranked = await linker.rankSkillsWithEmbeddings("hygiene in the kitchen", 3);
    expect(ranked[0]?.label).toBe("food safety principles");
    for (const entry of ranked) expect(entry.score).toBeGreaterThanOrEqual(0);
    await linker.rankSkillsWithEmbeddings("hygiene in the kitchen", 3);
    expect(embedder.calls[1]).toEqual(["hygiene in the kitchen"]);
  });

  it("is a usage error without an embedder and a typed error when the embedder misbehaves", async () => {
    const plain = createSkillLinker(createTinySkillGraph(), { wordVectors: createTinyWordVectors() });
    await expect(plain.rankSkillsWithEmbeddings("food", 3)).rejects.toThrow(SkillgraphError);
    const broken = createSkillLinker(createTinySkillGraph(), {
      wordVectors: createTinyWordVectors(),
      embedder: { embed: async () => [] },
    });
    await expect(broken.rankSkillsWithEmbeddings("food hygiene", 3)).rejects.toThrow(SkillgraphError);
  });
});
