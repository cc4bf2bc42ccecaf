import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWordVectorEmbedder } from "./text-embedder.js";
import {
  cosine,
  cosineWithTokens,
  hashedBagOfWords,
  jaccard,
  textTokens,
  tokenCoverage,
} from "./text-features.js";

describe("text features", () => {
  it("tokenizes with stop words dropped and light stemming", () => {
    expect(textTokens("Managing the Accounts of 3 Stores")).toEqual(["manag", "account", "store"]);
  });

  it("overlaps", () => {
    expect(tokenCoverage(["cook", "line"], ["cook", "chef"])).toBe(0.5);
    expect(jaccard(["a", "b"], ["b", "c"])).toBeCloseTo(1 / 3);
  });

  it("cosineWithTokens equals the cosine of two hashed bags of words (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 12 }),
        fc.array(fc.string(), { maxLength: 12 }),
        (left, right) => {
          const unit = hashedBagOfWords(left, 64);
          expect(cosineWithTokens(unit, right)).toBeCloseTo(cosine(unit, hashedBagOfWords(right, 64)), 5);
        },
      ),
    );
  });
});

describe("createWordVectorEmbedder", () => {
  it("averages known word vectors to a unit vector, skipping unknown words", () => {
    const table: Record<string, number[]> = { server: [1, 0], waiter: [0.9, 0.1], accountant: [0, 1] };
    const words = Object.keys(table);
    const embedder = createWordVectorEmbedder({
      dimensions: 2,
      size: words.length,
      indexOf: (word) => words.indexOf(word),
      vector: (index) => Float32Array.from(table[words[index] as string] ?? []),
      frequencyRank: (word) => words.indexOf(word),
    });
    const server = embedder.embed("Server (part time)");
    expect(Array.from(server)).toEqual([1, 0]);
    expect(cosine(server, embedder.embed("Waiter"))).toBeGreaterThan(0.99);
    expect(cosine(server, embedder.embed("Accountant"))).toBe(0);
    expect(Array.from(embedder.embed("zzz"))).toEqual([0, 0]);
  });
});
