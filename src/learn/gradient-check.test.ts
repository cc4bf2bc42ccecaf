import { describe, expect, it } from "vitest";
import { createRandom } from "../core/random.js";
import type { Matrix } from "./dataset.js";
import type { Network } from "./network.js";
import { FeedForwardNetwork, TwoTowerNetwork } from "./networks.js";
import { binaryCrossEntropy, type Objective, pairwiseLogistic } from "./objectives.js";

function randomMatrix(rows: number, columns: number, seed: number): Matrix {
  const random = createRandom(seed);
  return { data: Float32Array.from({ length: rows * columns }, () => random.normal()), rows, columns };
}

/** Compare analytic gradients with central finite differences on every parameter. */
function maxGradientError(network: Network, objective: Objective): number {
  const scratches = [network.createScratch(), network.createScratch()];
  const gradients = network.parameters.map((parameter) => new Float32Array(parameter.length));
  const totalLoss = () => {
    let sum = 0;
    for (let index = 0; index < objective.count; index++)
      sum += objective.evaluate(network, scratches, index);
    return sum;
  };
  for (let index = 0; index < objective.count; index++)
    objective.evaluate(network, scratches, index, gradients, 1);
  const step = 1e-3;
  let worst = 0;
  network.parameters.forEach((parameter, which) => {
    for (let position = 0; position < parameter.length; position++) {
      const original = parameter[position] as number;
      parameter[position] = original + step;
      const up = totalLoss();
      parameter[position] = original - step;
      const down = totalLoss();
      parameter[position] = original;
      const numeric = (up - down) / (2 * step);
      const analytic = (gradients[which] as Float32Array)[position] as number;
      worst = Math.max(
        worst,
        Math.abs(numeric - analytic) / Math.max(1, Math.abs(numeric) + Math.abs(analytic)),
      );
    }
  });
  return worst;
}

describe("gradients match finite differences", () => {
  const matrix = randomMatrix(6, 5, 3);
  const labels = Float32Array.from([1, 0, 1, 1, 0, 0]);

  it("logistic regression (no hidden layer)", () => {
    const network = new FeedForwardNetwork(5, [], createRandom(1));
    expect(maxGradientError(network, binaryCrossEntropy(matrix, labels))).toBeLessThan(2e-3);
  });

  it("MLP with one and two hidden layers", () => {
    for (const hidden of [[4], [4, 3]]) {
      const network = new FeedForwardNetwork(5, hidden, createRandom(2));
      expect(maxGradientError(network, binaryCrossEntropy(matrix, labels))).toBeLessThan(2e-3);
    }
  });

  it("two-tower dot product, linear and with hidden tower layers", () => {
    for (const hidden of [[], [3]]) {
      const network = new TwoTowerNetwork(5, 2, 3, hidden, createRandom(4));
      expect(maxGradientError(network, binaryCrossEntropy(matrix, labels))).toBeLessThan(2e-3);
    }
  });

  it("pairwise loss −log σ(U⁺ − U⁻)", () => {
    const network = new FeedForwardNetwork(5, [4], createRandom(5));
    const other = randomMatrix(6, 5, 9);
    expect(maxGradientError(network, pairwiseLogistic(matrix, other))).toBeLessThan(2e-3);
  });
});
