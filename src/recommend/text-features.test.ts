import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
