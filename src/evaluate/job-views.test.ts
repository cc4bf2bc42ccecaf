import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HAS_SHARED_DATA, sharedData } from "../../test/support/shared-data.js";
import { tinyGraph } from "../recommend/test-fixtures/tiny-graph.js";
import { evaluateJobViews } from "./job-views.js";

const FIXTURE = join(import.meta.dirname, "../recommend/test-fixtures/job-views");

describe("evaluateJobViews", () => {
  it("reports GIRL's table with probabilities in range, deterministic per seed", async () => {
    const first = await evaluateJobViews(FIXTURE, { graph: tinyGraph(), seed: 3 });
    const second = await evaluateJobViews(FIXTURE, { graph: tinyGraph(), seed: 3 });
    expect(second).toEqual(first);
    expect(first.n).toBe(first.metrics.n_test);
    for (const [name, value] of Object.entries(first.metrics)) {
      if (name.startsWith("auc")) expect(value, name).toBeGreaterThanOrEqual(0);
      if (name.startsWith("auc")) expect(value, name).toBeLessThanOrEqual(1);
      if (name.startsWith("logloss")) expect(value, name).toBeGreaterThan(0);
    }
    // The synthetic applicants view jobs that share words with their CV: content features must work.
    expect(first.metrics.auc_base).toBeGreaterThan(0.7);
    expect(first.metrics.auc_base).toBe(
      Math.max(first.metrics.auc_base_mlp ?? 0, first.metrics.auc_base_dot ?? 0),
    );
  });
});

describe.skipIf(!HAS_SHARED_DATA)("evaluateJobViews on the real job views", () => {
  it("beats chance with every predictor (retrieval generator, no graph)", async () => {
    const result = await evaluateJobViews(sharedData("recommendation/job-views"), { seed: 7 });
    for (const name of [
      "auc_base_mlp",
      "auc_enhanced_mlp",
      "auc_base_dot",
      "auc_enhanced_dot",
      "auc_enhanced_cold",
    ]) {
      expect(result.metrics[name], name).toBeGreaterThan(0.6);
    }
    expect(result.metrics.n_applicants).toBeGreaterThan(400);
  });
});
