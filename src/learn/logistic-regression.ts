import { createRandom } from "../core/random.js";
import type { BinaryDataset } from "./dataset.js";
import { NetworkModel } from "./model.js";
import { FeedForwardNetwork } from "./networks.js";
import { binaryCrossEntropy } from "./objectives.js";
import { prepareBinary } from "./prepare.js";
import type { Standardizer } from "./standardizer.js";
import { type TrainingOptions, trainNetwork } from "./train-network.js";

export interface LogisticRegressionOptions extends TrainingOptions {
  /** Z-score features before training (folded back into the weights afterwards); default true. */
  standardize?: boolean;
}

/** Logistic regression: `weights`/`bias` act on raw (unstandardized) features. */
export class LogisticRegressionModel extends NetworkModel {
  get weights(): Float32Array {
    return this.network.parameters[0] as Float32Array;
  }

  get bias(): number {
    return (this.network.parameters[1] as Float32Array)[0] as number;
  }
}

/** Train σ(w·x + b) with binary cross-entropy, Adam, minibatches, L2 and early stopping. */
export function trainLogisticRegression(
  dataset: BinaryDataset,
  options: LogisticRegressionOptions = {},
): LogisticRegressionModel {
  const { matrix, labels, standardizer } = prepareBinary(dataset, options.standardize ?? true);
  const network = new FeedForwardNetwork(matrix.columns, [], createRandom(options.seed ?? 1));
  const report = trainNetwork(network, binaryCrossEntropy(matrix, labels), options);
  if (standardizer) foldStandardizer(network, standardizer);
  return new LogisticRegressionModel("logistic-regression", network, undefined, report);
}

/** w·((x − μ)/σ) + b  =  (w/σ)·x + (b − Σ w μ/σ). */
function foldStandardizer(network: FeedForwardNetwork, standardizer: Standardizer): void {
  const weights = network.parameters[0] as Float32Array;
  const bias = network.parameters[1] as Float32Array;
  let shift = 0;
  for (let column = 0; column < weights.length; column++) {
    const scaled = (weights[column] as number) / (standardizer.scale[column] as number);
    weights[column] = scaled;
    shift += scaled * (standardizer.mean[column] as number);
  }
  bias[0] = (bias[0] as number) - shift;
}
