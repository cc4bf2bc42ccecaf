import { accuracy, f1 } from "./metrics.js";

export interface ThresholdChoice {
  threshold: number;
  /** The metric's value at that threshold. */
  value: number;
}

/**
 * Choose the decision threshold that maximises accuracy or F1 on scored examples (candidates are
 * midpoints between consecutive distinct scores, plus 0.5). Ties keep the threshold closest to 0.5.
 */
export function selectThreshold(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  metric: "accuracy" | "f1" = "accuracy",
): ThresholdChoice {
  const measure = metric === "f1" ? f1 : accuracy;
  const distinct = [...new Set(Array.from(scores))].sort((a, b) => a - b);
  const candidates = [0.5];
  for (let index = 0; index + 1 < distinct.length; index++) {
    candidates.push(((distinct[index] as number) + (distinct[index + 1] as number)) / 2);
  }
  if (distinct.length > 0) {
    candidates.push((distinct[0] as number) - 1e-6, (distinct[distinct.length - 1] as number) + 1e-6);
  }
  let best: ThresholdChoice = { threshold: 0.5, value: measure(scores, labels, 0.5) };
  for (const threshold of candidates) {
    const value = measure(scores, labels, threshold);
    const closer = Math.abs(threshold - 0.5) < Math.abs(best.threshold - 0.5);
    if (value > best.value + 1e-12 || (Math.abs(value - best.value) <= 1e-12 && closer)) {
      best = { threshold, value };
    }
  }
  return best;
}
