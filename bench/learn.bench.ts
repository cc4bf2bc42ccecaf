/**
 * Training time per student on 100k pairs: logistic regression, MLP, two-tower and the pairwise
 * reward utility on synthetic Float32Array data (32 features), 3 epochs each, batch 64.
 * Run: npx tsx bench/learn.bench.ts
 */

import { createRandom } from "../src/core/random.js";
import { trainLogisticRegression } from "../src/learn/logistic-regression.js";
import { auc } from "../src/learn/metrics.js";
import { trainMlp } from "../src/learn/mlp.js";
import { trainPairwise } from "../src/learn/pairwise.js";
import { trainTwoTower } from "../src/learn/two-tower.js";

const ROWS = 100_000;
const DIMENSION = 32;
const EPOCHS = 3;
const random = createRandom(1);
const features = new Float32Array(ROWS * DIMENSION);
const labels = new Float32Array(ROWS);
for (let row = 0; row < ROWS; row++) {
  for (let column = 0; column < DIMENSION; column++) features[row * DIMENSION + column] = random.normal();
  const at = (column: number) => features[row * DIMENSION + column] as number;
  // A linear part plus one interaction, so hidden layers have something to find.
  const signal = at(0) + at(1) - at(2) + 0.5 * at(3) + at(4) * at(5);
  labels[row] = signal + random.normal() > 0 ? 1 : 0;
}
const dataset = { features, labels, dimension: DIMENSION };
const common = { epochs: EPOCHS, batchSize: 64, validationFraction: 0.1, seed: 1 };

function measure(name: string, train: () => { predictAll(rows: Float32Array): Float32Array }): void {
  const started = performance.now();
  const model = train();
  const seconds = (performance.now() - started) / 1000;
  const sample = features.subarray(0, 10_000 * DIMENSION);
  const score = auc(model.predictAll(sample), labels.subarray(0, 10_000));
  console.log(
    `${name.padEnd(28)} ${seconds.toFixed(2)} s for ${EPOCHS} epochs (${(seconds / EPOCHS).toFixed(2)} s/epoch over ${ROWS} pairs), train AUC ${score.toFixed(3)}`,
  );
}

measure("logistic regression", () => trainLogisticRegression(dataset, common));
measure("MLP [32]", () => trainMlp(dataset, { ...common, hidden: [32] }));
measure("MLP [64, 32]", () => trainMlp(dataset, { ...common, hidden: [64, 32] }));
measure("two-tower 16+16 → 16", () =>
  trainTwoTower(dataset, { ...common, leftDimension: 16, embeddingDimension: 16 }),
);
{
  const half = (ROWS / 2) * DIMENSION;
  const started = performance.now();
  trainPairwise(
    { preferred: features.subarray(0, half), other: features.subarray(half), dimension: DIMENSION },
    common,
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`${"pairwise utility (50k pairs)".padEnd(28)} ${seconds.toFixed(2)} s for ${EPOCHS} epochs`);
}
