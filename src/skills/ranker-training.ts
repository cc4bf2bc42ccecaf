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
  /** Full-batch gradient steps; default 400. */
  steps?: number;
  /** Learning rate; default 0.5. */
  learningRate?: number;
  /** L2 penalty on the weights; default 0.001. */
  l2?: number;
  /** Cap on the weight of each positive relative to a negative; default 20. */
  maxPositiveWeight?: number;
}

/** Feature rows of every example's candidates with 0/1 labels (gold outside the candidates is lost). */
export function candidateMatrix(
  index: SkillIndex,
  examples: readonly RankerExample[],
  skillness: SkillnessTable,
): { features: Float32Array; labels: Uint8Array; rows: number } {
  const skillnessOf = (word: string) => skillness.table[word] ?? skillness.defaultValue;
  const chunks: Float32Array[] = [];
  const labels: number[] = [];
  for (const example of examples) {
    const candidates = buildCandidates(index, example.sentence, skillnessOf, example.dictionaryRows);
    chunks.push(candidates.features);
    for (const row of candidates.skillRows) labels.push(example.goldRows.has(row) ? 1 : 0);
  }
  const features = new Float32Array(labels.length * FEATURE_COUNT);
  let offset = 0;
  for (const chunk of chunks) {
    features.set(chunk, offset);
    offset += chunk.length;
  }
  return { features, labels: Uint8Array.from(labels), rows: labels.length };
}

/** Fit a weighted, L2-regularized logistic regression on standardized candidate features. */
export function trainSkillRanker(
  index: SkillIndex,
  examples: readonly RankerExample[],
  skillness: SkillnessTable,
  options: RankerTrainingOptions = {},
): SkillRankerFile {
  const { features, labels, rows } = candidateMatrix(index, examples, skillness);
  const mean = new Float64Array(FEATURE_COUNT);
  const scale = new Float64Array(FEATURE_COUNT);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < FEATURE_COUNT; column++)
      mean[column]! += features[row * FEATURE_COUNT + column]!;
  }
  for (let column = 0; column < FEATURE_COUNT; column++) mean[column]! /= Math.max(1, rows);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < FEATURE_COUNT; column++) {
      const centered = features[row * FEATURE_COUNT + column]! - mean[column]!;
      scale[column]! += centered * centered;
    }
  }
  for (let column = 0; column < FEATURE_COUNT; column++) {
    scale[column] = Math.sqrt(scale[column]! / Math.max(1, rows)) || 1;
  }
  const standardized = new Float32Array(features.length);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < FEATURE_COUNT; column++) {
      const at = row * FEATURE_COUNT + column;
      standardized[at] = (features[at]! - mean[column]!) / scale[column]!;
    }
  }
  const positives = labels.reduce((sum, label) => sum + label, 0);
  const positiveWeight = Math.min(
    options.maxPositiveWeight ?? 20,
    (rows - positives) / Math.max(1, positives),
  );
  const weights = new Float64Array(FEATURE_COUNT);
  let bias = 0;
  const steps = options.steps ?? 400;
  const learningRate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 0.001;
  const gradient = new Float64Array(FEATURE_COUNT);
  for (let step = 0; step < steps; step++) {
    gradient.fill(0);
    let biasGradient = 0;
    let totalWeight = 0;
    for (let row = 0; row < rows; row++) {
      let logit = bias;
      const base = row * FEATURE_COUNT;
      for (let column = 0; column < FEATURE_COUNT; column++)
        logit += weights[column]! * standardized[base + column]!;
      const probability = 1 / (1 + Math.exp(-logit));
      const weight = labels[row] ? positiveWeight : 1;
      const error = weight * (probability - labels[row]!);
      totalWeight += weight;
      biasGradient += error;
      for (let column = 0; column < FEATURE_COUNT; column++)
        gradient[column]! += error * standardized[base + column]!;
    }
    bias -= (learningRate * biasGradient) / totalWeight;
    for (let column = 0; column < FEATURE_COUNT; column++) {
      weights[column]! -= learningRate * (gradient[column]! / totalWeight + l2 * weights[column]!);
    }
  }
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return {
    kind: "skill-ranker",
    version: 1,
    features: [...RANKER_FEATURES],
    mean: Array.from(mean, round),
    scale: Array.from(scale, round),
    weights: Array.from(weights, round),
    bias: round(bias),
    skillness: skillness.table,
    skillnessDefault: skillness.defaultValue,
    training: {
      candidateRows: rows,
      positives,
      positiveWeight: round(positiveWeight),
      steps,
      learningRate,
      l2,
    },
  };
}
