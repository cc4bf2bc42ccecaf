/**
 * learn/ — small trainable models on Float32Array, deterministic per seed.
 *
 *   trainLogisticRegression({features, labels}, options) → LogisticRegressionModel (weights, bias)
 *   trainMlp(dataset, {hidden: [32] | [64, 32], …})     → Model
 *   trainTwoTower(dataset, {leftDimension, embeddingDimension, towerHidden, …}) → Model
 *   trainPairwise({preferred, other}, options)          → Model whose logit is a utility U(x)
 *   model.predict(row) → probability; model.logit(row); model.predictAll(rows)
 *   saveModel(path, name, model, {data, metrics}) / loadModel(path) → {model, data, metrics, …}
 *   metrics: auc, logLoss, accuracy, f1, mrr, expectedCalibrationError; selectThreshold
 *   fitStandardizer / standardizeMatrix; createRandom(seed) / mulberry32(seed)
 *
 * `features` is an array of Float32Array rows or one row-major Float32Array with `dimension`.
 * Training options (all optional): epochs 50, batchSize 32, learningRate 0.01 (Adam), l2 1e-4,
 * validationFraction 0.1 with patience 5 (early stopping restores the best epoch), seed 1,
 * standardize true, onEpoch(progress).
 */

export { createRandom, mulberry32, type Random } from "../core/random.js";
export type { BinaryDataset, FeatureRows, Matrix } from "./dataset.js";
export { toMatrix } from "./dataset.js";
export {
  LogisticRegressionModel,
  type LogisticRegressionOptions,
  trainLogisticRegression,
} from "./logistic-regression.js";
export {
  accuracy,
  auc,
  type ConfusionCounts,
  confusion,
  expectedCalibrationError,
  f1,
  logLoss,
  mrr,
  type RankingQuery,
} from "./metrics.js";
export { type MlpOptions, trainMlp } from "./mlp.js";
export { type Model, type ModelJson, type ModelKind, modelFromJSON } from "./model.js";
export { type LoadedModel, loadModel, type ModelFileInfo, saveModel } from "./model-file.js";
export { sigmoid } from "./network.js";
export { type PairwiseDataset, type PairwiseOptions, trainPairwise } from "./pairwise.js";
export { fitStandardizer, type Standardizer, standardizeMatrix } from "./standardizer.js";
export { selectThreshold, type ThresholdChoice } from "./threshold.js";
export type { EpochProgress, TrainingOptions, TrainingReport } from "./train-network.js";
export { type TwoTowerOptions, trainTwoTower } from "./two-tower.js";
