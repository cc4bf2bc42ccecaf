import { buildCandidates, FEATURE_COUNT, RANKER_FEATURES } from "./ranker-features.js";
import type { SkillIndex } from "./skill-index.js";
import type { SkillRankerFile } from "./skill-ranker-model.js";
import type { SkillnessTable } from "./skillness.js";

/** A training sentence: its text, gold skill rows of the index, and rows the dictionary found. */
export interface RankerExample {
  sentence: string;
  goldRows: ReadonlySet<number>;
  dictionaryRows: ReadonlySet<number>;
}

export interface RankerTrainingOptions {
  /**
   * "pointwise": logistic loss per candidate, positives weighted up to 20× (default; the better of
   * the two in leave-one-split-out validation); "listwise": softmax over each sentence's candidates.
   */
  objective?: "pointwise" | "listwise";
  /** Full-batch gradient steps; default 400. */
  steps?: number;
  /** Learning rate; default 0.5 pointwise, 0.05 listwise. */
  learningRate?: number;
  /** L2 penalty on the weights; default 0.001. */
  l2?: number;
}

/** Candidate feature rows of every example, grouped by sentence (`offsets[i]..offsets[i+1]`). */
export interface CandidateMatrix {
  features: Float32Array;
  labels: Uint8Array;
  offsets: Int32Array;
  rows: number;
}

/** Feature rows of every example's candidates with 0/1 labels (gold outside the candidates is lost). */
export function candidateMatrix(
  index: SkillIndex,
  examples: readonly RankerExample[],
  skillness: SkillnessTable,
): CandidateMatrix {
  const skillnessOf = (word: string) => skillness.table[word] ?? skillness.defaultValue;
  const chunks: Float32Array[] = [];
  const labels: number[] = [];
  const offsets = [0];
  for (const example of examples) {
    const candidates = buildCandidates(index, example.sentence, skillnessOf, example.dictionaryRows);
    chunks.push(candidates.features);
    for (const row of candidates.skillRows) labels.push(example.goldRows.has(row) ? 1 : 0);
    offsets.push(labels.length);
  }
  const features = new Float32Array(labels.length * FEATURE_COUNT);
  let offset = 0;
  for (const chunk of chunks) {
    features.set(chunk, offset);
    offset += chunk.length;
  }
  return {
    features,
    labels: Uint8Array.from(labels),
    offsets: Int32Array.from(offsets),
    rows: labels.length,
  };
}

function standardize(matrix: CandidateMatrix): {
  mean: Float64Array;
  scale: Float64Array;
  data: Float32Array;
} {
  const { features, rows } = matrix;
  const mean = new Float64Array(FEATURE_COUNT);
  const scale = new Float64Array(FEATURE_COUNT);
  for (let at = 0; at < rows * FEATURE_COUNT; at++) mean[at % FEATURE_COUNT]! += features[at]!;
  for (let column = 0; column < FEATURE_COUNT; column++) mean[column]! /= Math.max(1, rows);
  for (let at = 0; at < rows * FEATURE_COUNT; at++) {
    const centered = features[at]! - mean[at % FEATURE_COUNT]!;
    scale[at % FEATURE_COUNT]! += centered * centered;
  }
  for (let column = 0; column < FEATURE_COUNT; column++) {
    scale[column] = Math.sqrt(scale[column]! / Math.max(1, rows)) || 1;
  }
  const data = Float32Array.from(
    features,
    (value, at) => (value - mean[at % FEATURE_COUNT]!) / scale[at % FEATURE_COUNT]!,
  );
  return { mean, scale, data };
}

/**
 * Listwise training: per sentence, a softmax over its candidates, maximizing the probability of
 * its gold skills (full-batch gradient descent, L2). Sentences without a gold candidate are skipped.
 */
function fitListwise(
  matrix: CandidateMatrix,
  data: Float32Array,
  options: RankerTrainingOptions,
): Float64Array {
  const weights = new Float64Array(FEATURE_COUNT);
  const gradient = new Float64Array(FEATURE_COUNT);
  const steps = options.steps ?? 400;
  const learningRate = options.learningRate ?? 0.05;
  const l2 = options.l2 ?? 0.001;
  const logits = new Float64Array(matrix.rows);
  for (let step = 0; step < steps; step++) {
    gradient.fill(0);
    let groups = 0;
    for (let group = 0; group + 1 < matrix.offsets.length; group++) {
      const start = matrix.offsets[group]!;
      const end = matrix.offsets[group + 1]!;
      let golds = 0;
      let max = Number.NEGATIVE_INFINITY;
      for (let row = start; row < end; row++) {
        golds += matrix.labels[row]!;
        let logit = 0;
        for (let column = 0; column < FEATURE_COUNT; column++)
          logit += weights[column]! * data[row * FEATURE_COUNT + column]!;
        logits[row] = logit;
        if (logit > max) max = logit;
      }
      if (golds === 0) continue;
      groups++;
      let total = 0;
      for (let row = start; row < end; row++) total += Math.exp(logits[row]! - max);
      for (let row = start; row < end; row++) {
        const error = Math.exp(logits[row]! - max) / total - matrix.labels[row]! / golds;
        for (let column = 0; column < FEATURE_COUNT; column++)
          gradient[column]! += error * data[row * FEATURE_COUNT + column]!;
      }
    }
    for (let column = 0; column < FEATURE_COUNT; column++) {
      weights[column]! -= learningRate * (gradient[column]! / Math.max(1, groups) + l2 * weights[column]!);
    }
  }
  return weights;
}

/** Weighted logistic regression with an intercept (the intercept is dropped: Platt scaling refits it). */
function fitPointwise(
  matrix: CandidateMatrix,
  data: Float32Array,
  options: RankerTrainingOptions,
): Float64Array {
  const positives = matrix.labels.reduce((sum, label) => sum + label, 0);
  const positiveWeight = Math.min(20, (matrix.rows - positives) / Math.max(1, positives));
  const weights = new Float64Array(FEATURE_COUNT);
  const gradient = new Float64Array(FEATURE_COUNT);
  const steps = options.steps ?? 400;
  const learningRate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 0.001;
  let bias = 0;
  for (let step = 0; step < steps; step++) {
    gradient.fill(0);
    let biasGradient = 0;
    let totalWeight = 0;
    for (let row = 0; row < matrix.rows; row++) {
      let logit = bias;
      const base = row * FEATURE_COUNT;
      for (let column = 0; column < FEATURE_COUNT; column++) logit += weights[column]! * data[base + column]!;
      const weight = matrix.labels[row] ? positiveWeight : 1;
      const error = weight * (1 / (1 + Math.exp(-logit)) - matrix.labels[row]!);
      totalWeight += weight;
      biasGradient += error;
      for (let column = 0; column < FEATURE_COUNT; column++)
        gradient[column]! += error * data[base + column]!;
    }
    bias -= (learningRate * biasGradient) / totalWeight;
    for (let column = 0; column < FEATURE_COUNT; column++) {
      weights[column]! -= learningRate * (gradient[column]! / totalWeight + l2 * weights[column]!);
    }
  }
  return weights;
}

/**
 * Platt scaling: σ(a·logit + b) fitted to the 0/1 labels of each sentence's 10 best candidates (where
 * link decisions are made), so scores read as link probabilities. The slope is kept positive.
 */
function fitCalibration(
  matrix: CandidateMatrix,
  data: Float32Array,
  weights: Float64Array,
): { a: number; b: number } {
  const all = new Float64Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row++) {
    let logit = 0;
    for (let column = 0; column < FEATURE_COUNT; column++)
      logit += weights[column]! * data[row * FEATURE_COUNT + column]!;
    all[row] = logit;
  }
  const kept: number[] = [];
  for (let group = 0; group + 1 < matrix.offsets.length; group++) {
    const rows: number[] = [];
    for (let row = matrix.offsets[group]!; row < matrix.offsets[group + 1]!; row++) rows.push(row);
    rows.sort((left, right) => all[right]! - all[left]!);
    kept.push(...rows.slice(0, 10));
  }
  const logits = Float64Array.from(kept, (row) => all[row]!);
  const labels = Uint8Array.from(kept, (row) => matrix.labels[row]!);
  const count = Math.max(1, kept.length);
  let logitMean = 0;
  for (const logit of logits) logitMean += logit / count;
  let logitSpread = 0;
  for (const logit of logits) logitSpread += (logit - logitMean) ** 2 / count;
  logitSpread = Math.sqrt(logitSpread) || 1;
  for (let row = 0; row < logits.length; row++) logits[row] = (logits[row]! - logitMean) / logitSpread;
  let a = 1;
  let b = 0;
  for (let step = 0; step < 50; step++) {
    let gradientA = 0;
    let gradientB = 0;
    let hessianAA = 1e-6;
    let hessianAB = 0;
    let hessianBB = 1e-6;
    for (let row = 0; row < logits.length; row++) {
      const logit = logits[row]!;
      const probability = 1 / (1 + Math.exp(-(a * logit + b)));
      const error = probability - labels[row]!;
      const curvature = probability * (1 - probability);
      gradientA += error * logit;
      gradientB += error;
      hessianAA += curvature * logit * logit;
      hessianAB += curvature * logit;
      hessianBB += curvature;
    }
    const determinant = hessianAA * hessianBB - hessianAB * hessianAB;
    if (Math.abs(determinant) < 1e-12) break;
    const stepA = (hessianBB * gradientA - hessianAB * gradientB) / determinant;
    const stepB = (hessianAA * gradientB - hessianAB * gradientA) / determinant;
    const damping = Math.min(1, 1 / Math.max(Math.abs(stepA), Math.abs(stepB)));
    a -= damping * stepA;
    b -= damping * stepB;
    if (Math.abs(stepA) + Math.abs(stepB) < 1e-9) break;
  }
  a = Math.max(a, 0.1);
  return { a: a / logitSpread, b: b - (a * logitMean) / logitSpread };
}

/** Train the ranker on Decorte-style examples; the result is a SkillRankerFile (calibrated logistic form). */
export function trainSkillRanker(
  index: SkillIndex,
  examples: readonly RankerExample[],
  skillness: SkillnessTable,
  options: RankerTrainingOptions = {},
): SkillRankerFile {
  const matrix = candidateMatrix(index, examples, skillness);
  const { mean, scale, data } = standardize(matrix);
  const objective = options.objective ?? "pointwise";
  const weights =
    objective === "listwise" ? fitListwise(matrix, data, options) : fitPointwise(matrix, data, options);
  const { a, b } = fitCalibration(matrix, data, weights);
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  const positives = matrix.labels.reduce((sum, label) => sum + label, 0);
  return {
    kind: "skill-ranker",
    version: 1,
    features: [...RANKER_FEATURES],
    mean: Array.from(mean, round),
    scale: Array.from(scale, round),
    weights: Array.from(weights, (weight) => round(a * weight)),
    bias: round(b),
    skillness: skillness.table,
    skillnessDefault: skillness.defaultValue,
    training: {
      objective: `${objective}, then Platt calibration on each sentence's top 10`,
      candidateRows: matrix.rows,
      positives,
      steps: options.steps ?? 400,
      learningRate: options.learningRate ?? (objective === "listwise" ? 0.05 : 0.5),
      l2: options.l2 ?? 0.001,
    },
  };
}
