import { SkillgraphError } from "../core/errors.js";
import { createRandom } from "../core/random.js";
import { type FeatureRows, toMatrix } from "./dataset.js";
import { type Model, NetworkModel } from "./model.js";
import { FeedForwardNetwork } from "./networks.js";
import { pairwiseLogistic } from "./objectives.js";
import { fitStandardizer, standardizeMatrix } from "./standardizer.js";
import { type TrainingOptions, trainNetwork } from "./train-network.js";

/** Aligned pairs: row i of `preferred` should score above row i of `other`. */
export interface PairwiseDataset {
  preferred: FeatureRows;
  other: FeatureRows;
  dimension?: number;
}

export interface PairwiseOptions extends TrainingOptions {
  /** Hidden widths: [] is a linear utility (default), one or two layers make an MLP utility. */
  hidden?: readonly number[];
  /** Z-score features with statistics from both sides (kept inside the model); default true. */
  standardize?: boolean;
}

/**
 * Train a utility U(x) with the pairwise loss −log σ(U(preferred) − U(other)). The returned
 * model's `logit` is U; `predict` is σ(U), useful only for ranking.
 */
export function trainPairwise(dataset: PairwiseDataset, options: PairwiseOptions = {}): Model {
  const preferred = toMatrix(dataset.preferred, dataset.dimension);
  const other = toMatrix(dataset.other, dataset.dimension ?? preferred.columns);
  if (preferred.rows !== other.rows || preferred.columns !== other.columns) {
    throw new SkillgraphError("BAD_INPUT", "pairwise sides must have the same shape");
  }
  const standardize = options.standardize ?? true;
  const standardizer = standardize
    ? fitStandardizer({
        data: concat(preferred.data, other.data),
        rows: preferred.rows * 2,
        columns: preferred.columns,
      })
    : undefined;
  if (standardizer) {
    standardizeMatrix(preferred, standardizer);
    standardizeMatrix(other, standardizer);
  }
  const hidden = options.hidden ?? [];
  const network = new FeedForwardNetwork(preferred.columns, hidden, createRandom(options.seed ?? 1));
  const report = trainNetwork(network, pairwiseLogistic(preferred, other), options);
  return new NetworkModel(hidden.length > 0 ? "mlp" : "logistic-regression", network, standardizer, report);
}

function concat(first: Float32Array, second: Float32Array): Float32Array {
  const joined = new Float32Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}
