import { SkillgraphError } from "../core/errors.js";
import { createRandom } from "../core/random.js";
import type { BinaryDataset } from "./dataset.js";
import { type Model, NetworkModel } from "./model.js";
import { TwoTowerNetwork } from "./networks.js";
import { binaryCrossEntropy } from "./objectives.js";
import { prepareBinary } from "./prepare.js";
import { type TrainingOptions, trainNetwork } from "./train-network.js";

export interface TwoTowerOptions extends TrainingOptions {
  /** Columns [0, leftDimension) feed the left tower (e.g. the applicant), the rest the right (job). */
  leftDimension: number;
  /** Size of the two embeddings whose dot product is the logit; default 16. */
  embeddingDimension?: number;
  /** Hidden ReLU layer widths inside each tower; default [] (linear towers). */
  towerHidden?: readonly number[];
  /** Z-score features (kept inside the model); default true. */
  standardize?: boolean;
}

/** Train a two-tower dot-product classifier: σ(⟨f(x_L), g(x_R)⟩ + b). */
export function trainTwoTower(dataset: BinaryDataset, options: TwoTowerOptions): Model {
  const { matrix, labels, standardizer } = prepareBinary(dataset, options.standardize ?? true);
  if (options.leftDimension <= 0 || options.leftDimension >= matrix.columns) {
    throw new SkillgraphError("BAD_USAGE", "leftDimension must split the features into two non-empty towers");
  }
  const network = new TwoTowerNetwork(
    matrix.columns,
    options.leftDimension,
    options.embeddingDimension ?? 16,
    options.towerHidden ?? [],
    createRandom(options.seed ?? 1),
  );
  const report = trainNetwork(network, binaryCrossEntropy(matrix, labels), options);
  return new NetworkModel("two-tower", network, standardizer, report);
}
