/**
 * Evaluation metrics for binary scorers and rankings. Scores are probabilities in [0, 1] unless
 * noted (AUC and MRR accept any real scores). Labels are 0/1 (label ≥ 0.5 counts as positive).
 */

type Numbers = ArrayLike<number>;

const isPositive = (label: number) => label >= 0.5;

/** Area under the ROC curve (Mann–Whitney, ties count half). 0.5 when one class is absent. */
export function auc(scores: Numbers, labels: Numbers): number {
  const order = Array.from({ length: scores.length }, (_, index) => index).sort(
    (a, b) => (scores[a] as number) - (scores[b] as number),
  );
  let positives = 0;
  let rankSum = 0;
  let position = 0;
  while (position < order.length) {
    let end = position;
    const value = scores[order[position] as number] as number;
    while (end + 1 < order.length && scores[order[end + 1] as number] === value) end++;
    const averageRank = (position + end) / 2 + 1;
    for (let index = position; index <= end; index++) {
      if (isPositive(labels[order[index] as number] as number)) {
        positives++;
        rankSum += averageRank;
      }
    }
    position = end + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean binary cross-entropy, probabilities clipped to [ε, 1 − ε] (ε = 1e-7). */
export function logLoss(probabilities: Numbers, labels: Numbers, epsilon = 1e-7): number {
  if (probabilities.length === 0) return 0;
  let total = 0;
  for (let index = 0; index < probabilities.length; index++) {
    const p = Math.min(1 - epsilon, Math.max(epsilon, probabilities[index] as number));
    const y = labels[index] as number;
    total -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  return total / probabilities.length;
}

export interface ConfusionCounts {
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
}

/** Confusion counts with `score ≥ threshold` predicted positive. */
export function confusion(scores: Numbers, labels: Numbers, threshold = 0.5): ConfusionCounts {
  const counts = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
  for (let index = 0; index < scores.length; index++) {
    const predicted = (scores[index] as number) >= threshold;
    const actual = isPositive(labels[index] as number);
    if (predicted && actual) counts.truePositives++;
    else if (predicted) counts.falsePositives++;
    else if (actual) counts.falseNegatives++;
    else counts.trueNegatives++;
  }
  return counts;
}

/** Share of correct decisions at `threshold` (default 0.5). */
export function accuracy(scores: Numbers, labels: Numbers, threshold = 0.5): number {
  if (scores.length === 0) return 0;
  const counts = confusion(scores, labels, threshold);
  return (counts.truePositives + counts.trueNegatives) / scores.length;
}

/** F1 of the positive class at `threshold` (default 0.5); 0 when there is nothing to score. */
export function f1(scores: Numbers, labels: Numbers, threshold = 0.5): number {
  const counts = confusion(scores, labels, threshold);
  const denominator = 2 * counts.truePositives + counts.falsePositives + counts.falseNegatives;
  return denominator === 0 ? 0 : (2 * counts.truePositives) / denominator;
}

/** One ranking query: candidate scores and their 0/1 relevance labels. */
export interface RankingQuery {
  scores: Numbers;
  labels: Numbers;
}

/**
 * Mean reciprocal rank of the first relevant candidate per query (ties broken pessimistically);
 * queries without a relevant candidate contribute 0.
 */
export function mrr(queries: readonly RankingQuery[]): number {
  if (queries.length === 0) return 0;
  let total = 0;
  for (const query of queries) {
    let best = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < query.scores.length; index++) {
      if (isPositive(query.labels[index] as number)) best = Math.max(best, query.scores[index] as number);
    }
    if (best === Number.NEGATIVE_INFINITY) continue;
    let rank = 0;
    for (let index = 0; index < query.scores.length; index++) {
      const score = query.scores[index] as number;
      if (score > best || (score === best && !isPositive(query.labels[index] as number))) rank++;
    }
    total += 1 / (rank + 1);
  }
  return total / queries.length;
}

/** Expected calibration error over `bins` equal-width probability bins (default 10). */
export function expectedCalibrationError(probabilities: Numbers, labels: Numbers, bins = 10): number {
  if (probabilities.length === 0) return 0;
  const counts = new Float64Array(bins);
  const confidence = new Float64Array(bins);
  const observed = new Float64Array(bins);
  for (let index = 0; index < probabilities.length; index++) {
    const p = Math.min(1, Math.max(0, probabilities[index] as number));
    const bin = Math.min(bins - 1, Math.floor(p * bins));
    counts[bin] = (counts[bin] as number) + 1;
    confidence[bin] = (confidence[bin] as number) + p;
    observed[bin] = (observed[bin] as number) + (labels[index] as number);
  }
  let error = 0;
  for (let bin = 0; bin < bins; bin++) {
    error += Math.abs((confidence[bin] as number) - (observed[bin] as number));
  }
  return error / probabilities.length;
}
