import type { RjdbRow } from "../datasets/rjdb-row.js";
import { accuracy, auc, logLoss } from "../learn/index.js";
import type { Matcher } from "../match/create-matcher.js";
import { featureVector, type MatchFeatures } from "../match/match-features.js";
import type { MatchReport } from "../match/match-report.js";
import { requirementStems } from "../match/skill-phrases.js";
import { stemsAgree } from "../match/text-tokens.js";
import {
  type MatcherTrainingPair,
  type TrainedMatcher,
  type TrainMatcherOptions,
  trainMatcherModel,
} from "../match/train-matcher-model.js";

/** The two reports of one RJDB row. */
export interface RjdbRowReports {
  matched: MatchReport;
  unmatched: MatchReport;
}

export interface RjdbMatchRun {
  reports: RjdbRowReports[];
  /** Wall time of parsing and matching all pairs, in seconds. */
  seconds: number;
}

/** Match every row's JD against its matched and unmatched resume (documents parsed inside the timing). */
export function runRjdbMatch(
  rows: RjdbRow[],
  matcher: Matcher,
  onProgress?: (done: number) => void,
): RjdbMatchRun {
  const started = process.hrtime.bigint();
  const reports = rows.map((row, index) => {
    const job = matcher.prepareJob(row["Job-Description"]);
    const result = {
      matched: matcher.match(row["Resume-matched"], job),
      unmatched: matcher.match(row["Resume-unmatched"], job),
    };
    onProgress?.(index + 1);
    return result;
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { reports, seconds };
}

/**
 * Training pairs (features, label, row as group) from a run. A pair whose job states no
 * requirements has no score (null) and carries no signal: it is left out.
 */
export function rjdbTrainingPairs(run: RjdbMatchRun): MatcherTrainingPair[] {
  return run.reports.flatMap((reports, group) => [
    ...(reports.matched.score === null
      ? []
      : [{ group, label: 1 as const, features: featureVector(reports.matched.features as MatchFeatures) }]),
    ...(reports.unmatched.score === null
      ? []
      : [{ group, label: 0 as const, features: featureVector(reports.unmatched.features as MatchFeatures) }]),
  ]);
}

/**
 * True when a skill the report lists names the same requirement as a dataset skill: every content
 * word of the shorter name is in the longer one, up to stemming and order ("Physical Fitness" and
 * "physical fitness to manage equipment"; not "Data Entry" and "Data Analysis").
 */
export function namesSameSkill(listed: string, expected: string): boolean {
  const left = requirementStems(listed);
  const right = requirementStems(expected);
  if (left.length === 0 || right.length === 0) return false;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.every((stem) => longer.some((other) => stemsAgree(stem, other)));
}

/** True when the dataset says the unmatched resume's experience was shortened or dropped. */
export function rjdbExperienceChanged(row: RjdbRow): boolean {
  return !/^\s*the same job experience/i.test(row["Filtered-information"].Experience);
}

/** The metrics of issue 5 / GUIDE §4 from a run; NaN-free (absent data counts as a wrong answer). */
export function rjdbMatchMetrics(rows: RjdbRow[], run: RjdbMatchRun): Record<string, number> {
  const scores: number[] = [];
  const labels: number[] = [];
  let pairwiseWins = 0;
  let listedTotal = 0;
  let listedCorrect = 0;
  let expectedTotal = 0;
  let expectedFound = 0;
  let gapCorrect = 0;
  let threshold = 0.5;
  run.reports.forEach((reports, index) => {
    const row = rows[index] as RjdbRow;
    const matchedScore = reports.matched.score ?? 0;
    const unmatchedScore = reports.unmatched.score ?? 0;
    threshold = reports.matched.threshold;
    scores.push(matchedScore, unmatchedScore);
    labels.push(1, 0);
    pairwiseWins += matchedScore > unmatchedScore ? 1 : matchedScore === unmatchedScore ? 0.5 : 0;
    const listed = reports.unmatched.missingSkills;
    const expected = row["Filtered-information"].Skills;
    listedTotal += listed.length;
    listedCorrect += listed.filter((skill) => expected.some((other) => namesSameSkill(skill, other))).length;
    expectedTotal += expected.length;
    expectedFound += expected.filter((skill) => listed.some((other) => namesSameSkill(other, skill))).length;
    if ((reports.unmatched.experienceGap.hasGap === true) === rjdbExperienceChanged(row)) gapCorrect++;
  });
  const n = run.reports.length;
  return {
    pairwise_accuracy: n === 0 ? 0 : pairwiseWins / n,
    accuracy: accuracy(scores, labels, threshold),
    auc: auc(scores, labels),
    log_loss: logLoss(scores, labels),
    missing_skill_precision: listedTotal === 0 ? 0 : listedCorrect / listedTotal,
    missing_skill_recall: expectedTotal === 0 ? 0 : expectedFound / expectedTotal,
    experience_gap_accuracy: n === 0 ? 0 : gapCorrect / n,
    pairs_per_second: run.seconds > 0 ? (2 * n) / run.seconds : 0,
  };
}

export interface RjdbMatcherTraining {
  trained: TrainedMatcher;
  /** Dev metrics of the final model on the training rows (in-sample) plus the CV figures. */
  metrics: Record<string, number>;
}

/**
 * Train the matcher's score model on RJDB rows: features from `matcher` (its own model is not
 * used), k-fold cross-validation by row, final fit on all rows. The returned metrics hold the
 * cross-validated (`cv_*`) and in-sample (`train_*`) figures plus the explanation metrics.
 */
export function trainMatcherOnRjdb(
  rows: RjdbRow[],
  matcher: Matcher,
  options: TrainMatcherOptions = {},
  onProgress?: (done: number) => void,
): RjdbMatcherTraining {
  const run = runRjdbMatch(rows, matcher, onProgress);
  const trained = trainMatcherModel(rjdbTrainingPairs(run), options);
  const explanation = rjdbMatchMetrics(rows, run);
  return {
    trained,
    metrics: {
      ...trained.metrics,
      missing_skill_precision: explanation.missing_skill_precision ?? 0,
      missing_skill_recall: explanation.missing_skill_recall ?? 0,
      experience_gap_accuracy: explanation.experience_gap_accuracy ?? 0,
    },
  };
}
