import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accuracy, auc, expectedCalibrationError, f1, logLoss, mrr } from "./metrics.js";
import { fitStandardizer, standardizeMatrix } from "./standardizer.js";
import { selectThreshold } from "./threshold.js";

describe("metrics on known values", () => {
  it("auc counts ties as half", () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75);
    expect(auc([0.5, 0.5], [0, 1])).toBe(0.5);
    expect(auc([1, 2, 3], [1, 1, 1])).toBe(0.5);
  });

  it("logLoss, accuracy and f1", () => {
    expect(logLoss([0.5, 0.5], [0, 1])).toBeCloseTo(Math.log(2));
    expect(accuracy([0.9, 0.2, 0.6], [1, 0, 0])).toBeCloseTo(2 / 3);
    expect(f1([0.9, 0.2, 0.6], [1, 0, 0])).toBeCloseTo(2 / 3);
  });

  it("mrr uses the first relevant candidate", () => {
    expect(
      mrr([
        { scores: [0.9, 0.8, 0.1], labels: [0, 1, 0] },
        { scores: [0.2, 0.7], labels: [0, 1] },
      ]),
    ).toBeCloseTo(0.75);
  });

  it("a perfectly calibrated bin has no calibration error", () => {
    expect(expectedCalibrationError([0.25, 0.25, 0.25, 0.25], [1, 0, 0, 0])).toBeCloseTo(0);
    expect(expectedCalibrationError([0.95, 0.95], [0, 0])).toBeCloseTo(0.95);
  });

  it("selectThreshold finds a separating threshold", () => {
    const choice = selectThreshold([0.1, 0.2, 0.3, 0.4], [0, 0, 1, 1]);
    expect(choice.value).toBe(1);
    expect(choice.threshold).toBeGreaterThan(0.2);
    expect(choice.threshold).toBeLessThan(0.3);
  });

  it("standardizer centres and scales, leaving constant columns finite", () => {
    const matrix = { data: Float32Array.from([1, 5, 3, 5]), rows: 2, columns: 2 };
    standardizeMatrix(matrix, fitStandardizer(matrix));
    expect(Array.from(matrix.data)).toEqual([-1, 0, 1, 0]);
  });
});

const scored = fc
  .array(fc.tuple(fc.float({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1 })), {
    minLength: 1,
    maxLength: 60,
  })
  .map((pairs) => ({ scores: pairs.map((pair) => pair[0]), labels: pairs.map((pair) => pair[1]) }));

describe("metric invariants (property tests)", () => {
  it("bounded metrics stay in [0, 1] and log loss is non-negative", () => {
    fc.assert(
      fc.property(scored, ({ scores, labels }) => {
        for (const value of [
          auc(scores, labels),
          accuracy(scores, labels),
          f1(scores, labels),
          expectedCalibrationError(scores, labels),
          mrr([{ scores, labels }]),
        ]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1 + 1e-9);
        }
        expect(logLoss(scores, labels)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("auc of negated scores is 1 − auc (0.5 when one class is absent)", () => {
    fc.assert(
      fc.property(scored, ({ scores, labels }) => {
        const negated = scores.map((score) => -score);
        expect(auc(negated, labels)).toBeCloseTo(1 - auc(scores, labels), 9);
      }),
    );
  });

  it("the selected threshold is at least as good as 0.5", () => {
    fc.assert(
      fc.property(scored, ({ scores, labels }) => {
        expect(selectThreshold(scores, labels).value).toBeGreaterThanOrEqual(accuracy(scores, labels));
      }),
    );
  });
});
