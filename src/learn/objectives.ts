import type { Matrix } from "./dataset.js";
import { type Network, sigmoid, softplusNegative } from "./network.js";

/** A training objective: a loss per example, optionally adding `scale · ∂loss/∂θ` into gradients. */
export interface Objective {
  readonly count: number;
  evaluate(
    network: Network,
    scratches: readonly unknown[],
    index: number,
    gradients?: readonly Float32Array[],
    scale?: number,
  ): number;
}

/** Binary cross-entropy on σ(logit) against labels in [0, 1]. */
export function binaryCrossEntropy(matrix: Matrix, labels: Float32Array): Objective {
  const { data, columns } = matrix;
  return {
    count: matrix.rows,
    evaluate(network, scratches, index, gradients, scale = 1) {
      const scratch = scratches[0];
      const offset = index * columns;
      const logit = network.forward(data, offset, scratch);
      const label = labels[index] as number;
      const loss = label * softplusNegative(logit) + (1 - label) * softplusNegative(-logit);
      if (gradients) network.backward(data, offset, scratch, (sigmoid(logit) - label) * scale, gradients);
      return loss;
    },
  };
}

/**
 * Pairwise ranking loss −log σ(U(preferred) − U(other)) over aligned rows of two matrices (row i of
 * `preferred` should outscore row i of `other`): the reward-model loss of GIRL.
 */
export function pairwiseLogistic(preferred: Matrix, other: Matrix): Objective {
  const columns = preferred.columns;
  return {
    count: preferred.rows,
    evaluate(network, scratches, index, gradients, scale = 1) {
      const offset = index * columns;
      const preferredLogit = network.forward(preferred.data, offset, scratches[0]);
      const otherLogit = network.forward(other.data, offset, scratches[1]);
      const margin = preferredLogit - otherLogit;
      if (gradients) {
        const gradient = (sigmoid(margin) - 1) * scale;
        network.backward(preferred.data, offset, scratches[0], gradient, gradients);
        network.backward(other.data, offset, scratches[1], -gradient, gradients);
      }
      return softplusNegative(margin);
    },
  };
}
