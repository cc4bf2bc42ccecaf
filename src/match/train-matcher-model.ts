import { SkillgraphError } from "../core/errors.js";
import {
  accuracy,
  auc,
  createRandom,
  type LogisticRegressionModel,
  logLoss,
  selectThreshold,
  trainLogisticRegression,
} from "../learn/index.js";
import { MATCH_FEATURE_NAMES } from "./match-features.js";
import { createMatcherModel, type MatcherModel } from "./matcher-model.js";

/** One labelled (resume, job) pair; `group` keeps pairs of the same job on the same side of a split. */
export interface MatcherTrainingPair {
  group: number;
  features: Float32Array;
  label: 0 | 1;
}

export interface TrainMatcherOptions {
  /** Cross-validation folds, split by group (row). Default 5. */
  folds?: number;
  /** Seed for fold assignment and training. Default 1. */
  seed?: number;
  /** L2 penalty. Default 1e-2: correlated features keep modest, stable weights. */
  l2?: number;
  /** Training passes. Default 200. */
  epochs?: number;
}

/** Figures of a fitted model: cross-validated (held-out folds) and in-sample. */
export interface MatcherTrainingMetrics {
  cv_auc: number;
  cv_log_loss: number;
  cv_accuracy: number;
  cv_pairwise_accuracy: number;
  train_auc: number;
  train_log_loss: number;
  train_accuracy: number;
  train_pairwise_accuracy: number;
  threshold: number;
  pairs: number;
  groups: number;
}

export interface TrainedMatcher {
  model: MatcherModel;
  learned: LogisticRegressionModel;
  metrics: MatcherTrainingMetrics;
}

/** The single place the score model is fitted: logistic regression on the match features. */
function fitLogistic(pairs: MatcherTrainingPair[], options: TrainMatcherOptions): LogisticRegressionModel {
  return trainLogisticRegression(
    { features: pairs.map((pair) => pair.features), labels: pairs.map((pair) => pair.label) },
    {
      epochs: options.epochs ?? 200,
      l2: options.l2 ?? 1e-2,
      seed: options.seed ?? 1,
      learningRate: 0.02,
      patience: 20,
    },
  );
}

/**
 * Fit the matcher's score model. Reports k-fold cross-validated figures (folds split by group,
 * so a job never appears on both sides) next to in-sample figures of the final model, which is
 * fitted on all pairs. The threshold maximises accuracy on the training pairs.
 */
export function trainMatcherModel(
  pairs: MatcherTrainingPair[],
  options: TrainMatcherOptions = {},
): TrainedMatcher {
  if (pairs.length < 4 || new Set(pairs.map((pair) => pair.label)).size < 2) {
    throw new SkillgraphError("BAD_INPUT", "training needs at least 4 pairs with both labels");
  }
  for (const pair of pairs) {
    if (pair.features.length !== MATCH_FEATURE_NAMES.length) {
      throw new SkillgraphError(
        "BAD_INPUT",
        `a pair has ${pair.features.length} features, expected ${MATCH_FEATURE_NAMES.length}`,
      );
    }
  }
  const groups = [...new Set(pairs.map((pair) => pair.group))];
  const folds = Math.max(2, Math.min(options.folds ?? 5, groups.length));
  const random = createRandom(options.seed ?? 1);
  const shuffled = random.shuffle([...groups]);
  const foldOf = new Map<number, number>(shuffled.map((group, index) => [group, index % folds]));
  const heldOutScores = new Float32Array(pairs.length);
  const foldThresholds: number[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const training = pairs.filter((pair) => foldOf.get(pair.group) !== fold);
    const model = fitLogistic(training, options);
    const trainingThreshold = selectThreshold(
      model.predictAll(training.map((pair) => pair.features)),
      labelsOf(training),
    );
    pairs.forEach((pair, index) => {
      if (foldOf.get(pair.group) !== fold) return;
      heldOutScores[index] = model.predict(pair.features);
    });
    foldThresholds[fold] = trainingThreshold.threshold;
  }
  const labels = labelsOf(pairs);
  // Each held-out pair is decided with the threshold chosen on its fold's training pairs.
  const cvDecisions = Float32Array.from(pairs, (pair, index) =>
    (heldOutScores[index] as number) >= (foldThresholds[foldOf.get(pair.group) ?? 0] ?? 0.5) ? 1 : 0,
  );
  const learned = fitLogistic(pairs, options);
  const trainScores = learned.predictAll(pairs.map((pair) => pair.features));
  const threshold = selectThreshold(trainScores, labels).threshold;
  const metrics: MatcherTrainingMetrics = {
    cv_auc: auc(heldOutScores, labels),
    cv_log_loss: logLoss(heldOutScores, labels),
    cv_accuracy: accuracy(cvDecisions, labels, 0.5),
    cv_pairwise_accuracy: pairwiseAccuracy(pairs, heldOutScores),
    train_auc: auc(trainScores, labels),
    train_log_loss: logLoss(trainScores, labels),
    train_accuracy: accuracy(trainScores, labels, threshold),
    train_pairwise_accuracy: pairwiseAccuracy(pairs, trainScores),
    threshold,
    pairs: pairs.length,
    groups: groups.length,
  };
  return { model: createMatcherModel(learned, threshold), learned, metrics };
}

function labelsOf(pairs: MatcherTrainingPair[]): Float32Array {
  return Float32Array.from(pairs, (pair) => pair.label);
}

/** Share of groups whose positive pair outscores their negative pair (ties count half). */
export function pairwiseAccuracy(pairs: MatcherTrainingPair[], scores: ArrayLike<number>): number {
  const byGroup = new Map<number, { positive: number[]; negative: number[] }>();
  pairs.forEach((pair, index) => {
    const entry = byGroup.get(pair.group) ?? { positive: [], negative: [] };
    (pair.label === 1 ? entry.positive : entry.negative).push(scores[index] as number);
    byGroup.set(pair.group, entry);
  });
  let total = 0;
  let wins = 0;
  for (const { positive, negative } of byGroup.values()) {
    for (const left of positive) {
      for (const right of negative) {
        total++;
        wins += left > right ? 1 : left === right ? 0.5 : 0;
      }
    }
  }
  return total === 0 ? 0 : wins / total;
}
