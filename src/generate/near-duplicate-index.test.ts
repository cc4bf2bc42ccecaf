import { describe, expect, it } from "vitest";
import {
  createNearDuplicateIndex,
  estimatedJaccard,
  minHashSignature,
  shingleHashes,
} from "./near-duplicate-index.js";

const words = (seed: number, count: number) =>
  Array.from({ length: count }, (_, index) => `word${(index * 7919 + seed * 104729) % 5003}`).join(" ");

describe("near-duplicate index", () => {
  it("finds an exact copy and a copy with one word changed, not an unrelated text", () => {
    const index = createNearDuplicateIndex();
    const text = words(1, 300);
    index.add("a", text);
    expect(index.findDuplicate(text)).toBe("a");
    expect(index.findDuplicate(text.replace("word", "changed"))).toBe("a");
    expect(index.findDuplicate(words(2, 300))).toBeUndefined();
    expect(index.size).toBe(1);
  });

  it("estimates Jaccard similarity of shingle sets within a tolerance", () => {
    const left = shingleHashes(words(3, 400));
    const right = shingleHashes(`${words(3, 200)} ${words(4, 200)}`);
    const intersection = [...left].filter((hash) => right.has(hash)).length;
    const exact = intersection / (left.size + right.size - intersection);
    const estimate = estimatedJaccard(minHashSignature(left, 256), minHashSignature(right, 256));
    expect(Math.abs(estimate - exact)).toBeLessThan(0.08);
  });
});
