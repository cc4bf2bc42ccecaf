import { describe, expect, it } from "vitest";
import { createRandom } from "../learn/index.js";
import { MATCH_FEATURE_NAMES } from "./match-features.js";
import { pairwiseAccuracy, trainMatcherModel } from "./train-matcher-model.js";

/** Pairs where the matched resume covers more required skills than the unmatched one. */
function syntheticPairs(groups: number, seed: number) {
  const random = createRandom(seed);
  const pairs = [];
  for (let group = 0; group < groups; group++) {
    const row = (coverage: number) =>
      Float32Array.from(MATCH_FEATURE_NAMES, (name) =>
        name === "requiredCoverage" ? coverage : random.next() * 0.1,
      );
    pairs.push({ group, label: 1 as const, features: row(0.8 + random.next() * 0.2) });
    pairs.push({ group, label: 0 as const, features: row(0.3 + random.next() * 0.4) });
  }
  return pairs;
}

describe("trainMatcherModel", () => {
  it("learns a calibrated score and reports cross-validated and in-sample figures", () => {
    const trained = trainMatcherModel(syntheticPairs(60, 3), { folds: 4, seed: 2 });
    expect(trained.metrics.cv_auc).toBeGreaterThan(0.95);
    expect(trained.metrics.train_auc).toBeGreaterThan(0.95);
    expect(trained.metrics.cv_pairwise_accuracy).toBeGreaterThan(0.95);
    expect(trained.metrics.groups).toBe(60);
    expect(trained.model.threshold).toBeGreaterThan(0);
    expect(trained.model.threshold).toBeLessThan(1);
    const coverageWeight = trained.learned.weights[MATCH_FEATURE_NAMES.indexOf("requiredCoverage")] ?? 0;
    expect(coverageWeight).toBeGreaterThan(0);
  });

  it("is deterministic per seed", () => {
    const pairs = syntheticPairs(20, 5);
    const first = trainMatcherModel(pairs, { seed: 7 });
    const second = trainMatcherModel(pairs, { seed: 7 });
    expect(Array.from(first.learned.weights)).toEqual(Array.from(second.learned.weights));
    expect(first.metrics).toEqual(second.metrics);
  });

  it("rejects data with one label", () => {
    const pairs = syntheticPairs(5, 1).filter((pair) => pair.label === 1);
    expect(() => trainMatcherModel(pairs)).toThrow(/both labels/);
  });
});

describe("pairwiseAccuracy", () => {
  it("counts groups whose positive outscores their negative, ties half", () => {
    const pairs = [
      { group: 0, label: 1 as const, features: new Float32Array(0) },
      { group: 0, label: 0 as const, features: new Float32Array(0) },
      { group: 1, label: 1 as const, features: new Float32Array(0) },
      { group: 1, label: 0 as const, features: new Float32Array(0) },
    ];
    expect(pairwiseAccuracy(pairs, [0.9, 0.1, 0.5, 0.5])).toBe(0.75);
  });
});
