import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRandom } from "../core/random.js";
import { trainLogisticRegression } from "./logistic-regression.js";
import { auc } from "./metrics.js";
import { trainMlp } from "./mlp.js";
import { loadModel, saveModel } from "./model-file.js";
import { trainPairwise } from "./pairwise.js";
import { trainTwoTower } from "./two-tower.js";

/** Linearly separable-ish data: label = [2·x0 − x1 + 10 > 10 + noise], with a large offset column. */
function linearData(rows: number, seed: number) {
  const random = createRandom(seed);
  const features: Float32Array[] = [];
  const labels: number[] = [];
  for (let row = 0; row < rows; row++) {
    const x = [random.normal(), random.normal(), random.normal() * 100 + 50];
    features.push(Float32Array.from(x));
    labels.push(2 * (x[0] as number) - (x[1] as number) + 0.3 * random.normal() > 0 ? 1 : 0);
  }
  return { features, labels };
}

/** XOR-like data that no linear model separates. */
function xorData(rows: number, seed: number) {
  const random = createRandom(seed);
  const features: Float32Array[] = [];
  const labels: number[] = [];
  for (let row = 0; row < rows; row++) {
    const a = random.next() * 2 - 1;
    const b = random.next() * 2 - 1;
    features.push(Float32Array.from([a, b]));
    labels.push(a * b > 0 ? 1 : 0);
  }
  return { features, labels };
}

describe("trainLogisticRegression", () => {
  it("learns a linear rule; weights act on raw features", () => {
    const train = linearData(600, 1);
    const test = linearData(300, 2);
    const model = trainLogisticRegression(train, { seed: 7 });
    expect(auc(model.predictAll(test.features), test.labels)).toBeGreaterThan(0.97);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(model.weights[1]).toBeLessThan(0);
    const row = test.features[0] as Float32Array;
    const manual =
      1 / (1 + Math.exp(-(model.bias + row.reduce((s, v, i) => s + v * (model.weights[i] as number), 0))));
    expect(model.predict(row)).toBeCloseTo(manual, 5);
    expect(model.training?.bestEpoch).toBeGreaterThan(0);
  });

  it("is deterministic per seed and accepts a row-major buffer", () => {
    const data = linearData(200, 3);
    const flat = new Float32Array(200 * 3);
    data.features.forEach((row, index) => {
      flat.set(row, index * 3);
    });
    const first = trainLogisticRegression(data, { seed: 11, epochs: 5 });
    const second = trainLogisticRegression(
      { features: flat, dimension: 3, labels: data.labels },
      { seed: 11, epochs: 5 },
    );
    expect(Array.from(second.weights)).toEqual(Array.from(first.weights));
    const third = trainLogisticRegression(data, { seed: 12, epochs: 5 });
    expect(Array.from(third.weights)).not.toEqual(Array.from(first.weights));
  });

  it("rejects mismatched labels", () => {
    expect(() => trainLogisticRegression({ features: [Float32Array.of(1)], labels: [1, 0] })).toThrow(
      /labels/,
    );
  });
});

describe("trainMlp and trainTwoTower", () => {
  it("an MLP learns XOR where logistic regression cannot", () => {
    const train = xorData(800, 4);
    const test = xorData(300, 5);
    const mlp = trainMlp(train, { hidden: [16], seed: 3, epochs: 80, patience: 10 });
    const linear = trainLogisticRegression(train, { seed: 3 });
    expect(auc(mlp.predictAll(test.features), test.labels)).toBeGreaterThan(0.95);
    expect(auc(linear.predictAll(test.features), test.labels)).toBeLessThan(0.7);
  });

  it("a two-tower model learns a user–item affinity", () => {
    // left = user one-hot (4), right = item one-hot (4); users like items with the same parity.
    const features: Float32Array[] = [];
    const labels: number[] = [];
    for (let repeat = 0; repeat < 40; repeat++) {
      for (let user = 0; user < 4; user++) {
        for (let item = 0; item < 4; item++) {
          const row = new Float32Array(8);
          row[user] = 1;
          row[4 + item] = 1;
          features.push(row);
          labels.push(user % 2 === item % 2 ? 1 : 0);
        }
      }
    }
    const model = trainTwoTower({ features, labels }, { leftDimension: 4, embeddingDimension: 4, seed: 2 });
    expect(auc(model.predictAll(features), labels)).toBeGreaterThan(0.99);
  });
});

describe("trainPairwise", () => {
  it("learns a utility that ranks preferred rows first", () => {
    const random = createRandom(8);
    const preferred: Float32Array[] = [];
    const other: Float32Array[] = [];
    for (let index = 0; index < 400; index++) {
      const a = Float32Array.from([random.normal(), random.normal()]);
      const b = Float32Array.from([random.normal(), random.normal()]);
      const better = (a[0] as number) > (b[0] as number);
      preferred.push(better ? a : b);
      other.push(better ? b : a);
    }
    const model = trainPairwise({ preferred, other }, { seed: 1 });
    expect(model.logit([2, 0])).toBeGreaterThan(model.logit([-2, 0]));
    const correct = preferred.filter(
      (row, index) => model.logit(row) > model.logit(other[index] as Float32Array),
    );
    expect(correct.length / preferred.length).toBeGreaterThan(0.95);
  });
});

describe("saveModel / loadModel", () => {
  it("round-trips every model kind with its data description and metrics", () => {
    const folder = mkdtempSync(join(tmpdir(), "learn-"));
    const data = xorData(200, 6);
    const models = [
      trainLogisticRegression(data, { epochs: 3 }),
      trainMlp(data, { hidden: [4, 3], epochs: 3 }),
      trainTwoTower(data, { leftDimension: 1, embeddingDimension: 2, epochs: 3 }),
    ];
    for (const model of models) {
      const path = join(folder, `${model.kind}.json`);
      saveModel(path, "test", model, { data: { rows: 200 }, metrics: { auc: 0.5 } });
      const loaded = loadModel(path);
      expect(loaded.data).toEqual({ rows: 200 });
      expect(loaded.metrics).toEqual({ auc: 0.5 });
      expect(loaded.model.kind).toBe(model.kind);
      for (const row of data.features.slice(0, 10))
        expect(loaded.model.predict(row)).toBe(model.predict(row));
      expect(JSON.parse(readFileSync(path, "utf8")).createdAt).toMatch(/^\d{4}-/);
    }
  });

  it("rejects a file that is not a model", () => {
    const path = join(mkdtempSync(join(tmpdir(), "learn-")), "bad.json");
    saveModel(path, "x", trainLogisticRegression(xorData(20, 1), { epochs: 1 }), { data: {}, metrics: {} });
    const broken = JSON.parse(readFileSync(path, "utf8"));
    broken.model.parameters = ["AAAA"];
    writeFileSync(path, JSON.stringify(broken));
    expect(() => loadModel(path)).toThrow(/parameter/);
    expect(() => loadModel(join(path, "missing"))).toThrow(/cannot read/);
  });
});
