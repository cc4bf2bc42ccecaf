import { SkillgraphError } from "../core/errors.js";
import { createRandom } from "../core/random.js";
import type { BinaryDataset } from "./dataset.js";
import { type Model, NetworkModel } from "./model.js";
import { FeedForwardNetwork } from "./networks.js";
import { binaryCrossEntropy } from "./objectives.js";
import { prepareBinary } from "./prepare.js";
import { type TrainingOptions, trainNetwork } from "./train-network.js";

export interface MlpOptions extends TrainingOptions {
  /** Hidden layer widths, one or two layers (ReLU); default [32]. */
  hidden?: readonly number[];
  /** Z-score features (kept inside the model); default true. */
  standardize?: boolean;
}

/** Train an MLP classifier (ReLU hidden layers, sigmoid output) with binary cross-entropy. */
export function trainMlp(dataset: BinaryDataset, options: MlpOptions = {}): Model {
  const hidden = options.hidden ?? [32];
  if (hidden.length < 1 || hidden.length > 2) {
    throw new SkillgraphError("BAD_USAGE", "an MLP has one or two hidden layers");
  }
  const { matrix, labels, standardizer } = prepareBinary(dataset, options.standardize ?? true);
  const network = new FeedForwardNetwork(matrix.columns, hidden, createRandom(options.seed ?? 1));
  const report = trainNetwork(network, binaryCrossEntropy(matrix, labels), options);
  return new NetworkModel("mlp", network, standardizer, report);
}
