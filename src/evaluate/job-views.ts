import { createRandom } from "../core/random.js";
import type { SkillGraph } from "../graph/skill-graph.js";
import { auc, logLoss } from "../learn/metrics.js";
import { trainMlp } from "../learn/mlp.js";
import type { TrainingOptions } from "../learn/train-network.js";
import { trainTwoTower } from "../learn/two-tower.js";
import type { JobGenerator } from "../recommend/job-generator.js";
import { loadJobViews } from "../recommend/job-views-data.js";
import { prepareJobViewsExperiment } from "../recommend/job-views-experiment.js";
import { createExampleRows, type PredictorKind } from "../recommend/job-views-rows.js";
import type { IdealJob } from "../recommend/profiles.js";
import type { TextEmbedder } from "../recommend/text-embedder.js";

export interface JobViewsEvaluationOptions {
  graph?: SkillGraph;
  /** Text vectors (e.g. `createWordVectorEmbedder`); default hashed bag of words. */
  embedder?: TextEmbedder;
  generator?: JobGenerator;
  /** Seed of the split, negatives and every model; default 7. */
  seed?: number;
  /** Candidates per CV for best-of-n; default 5. */
  candidates?: number;
  /** Overrides for the four predictors' training. */
  training?: TrainingOptions;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface JobViewsEvaluation {
  task: "job-views";
  n: number;
  metrics: Record<string, number>;
}

/** Training settings of the four predictors (shared so base and enhanced differ only in features). */
export const JOB_VIEWS_TRAINING: TrainingOptions = {
  epochs: 40,
  batchSize: 64,
  learningRate: 0.01,
  l2: 1e-3,
  patience: 4,
};

/**
 * GIRL's table on real job views: MLP and dot-product predictors, each trained without (base) and
 * with (enhanced) features of the reward-guided generated job, scored by AUC and log loss on the
 * later views of each applicant and on held-out applicants (cold start).
 */
export async function evaluateJobViews(
  folder: string,
  options: JobViewsEvaluationOptions = {},
): Promise<JobViewsEvaluation> {
  const seed = options.seed ?? 7;
  const data = loadJobViews(folder);
  const experiment = await prepareJobViewsExperiment(data, {
    seed,
    ...(options.graph ? { graph: options.graph } : {}),
    ...(options.generator ? { generator: options.generator } : {}),
    ...(options.candidates ? { candidates: options.candidates } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const rows = createExampleRows(experiment, data, options.embedder);
  const train = experiment.examples.filter((example) => example.split === "train");
  const test = experiment.examples.filter((example) => example.split === "test");
  const trainLabels = train.map((example) => example.label);
  const testLabels = test.map((example) => example.label);
  const training: TrainingOptions = { ...JOB_VIEWS_TRAINING, seed, ...options.training };

  const run = (kind: PredictorKind, enhanced: boolean, generated?: Map<string, IdealJob>) => {
    const dataset = { features: rows.rows(train, kind, enhanced, generated), labels: trainLabels };
    const model =
      kind === "mlp"
        ? trainMlp(dataset, { ...training, hidden: [32], standardize: false })
        : trainTwoTower(dataset, {
            ...training,
            leftDimension: rows.leftDimension(enhanced),
            embeddingDimension: 16,
            standardize: false,
          });
    options.onProgress?.(`train ${enhanced ? "enhanced" : "base"} ${kind}`, 1, 1);
    return model.predictAll(rows.rows(test, kind, enhanced, generated));
  };

  const metrics: Record<string, number> = {};
  const scores = new Map<string, Float32Array>();
  for (const kind of ["mlp", "dot"] as const) {
    for (const enhanced of [false, true]) {
      const name = `${enhanced ? "enhanced" : "base"}_${kind}`;
      const predicted = run(kind, enhanced);
      scores.set(name, predicted);
      metrics[`auc_${name}`] = auc(predicted, testLabels);
      metrics[`logloss_${name}`] = logLoss(predicted, testLabels);
    }
  }
  const better = (prefix: "base" | "enhanced") =>
    (metrics[`auc_${prefix}_mlp`] as number) >= (metrics[`auc_${prefix}_dot`] as number)
      ? `${prefix}_mlp`
      : `${prefix}_dot`;
  metrics.auc_base = metrics[`auc_${better("base")}`] as number;
  metrics.auc_enhanced = metrics[`auc_${better("enhanced")}`] as number;
  const isCold = test.map((example) => example.cold);
  const cold = (values: ArrayLike<number>) => Array.from(values).filter((_, index) => isCold[index]);
  metrics.auc_base_cold = auc(cold(scores.get(better("base")) ?? []), cold(testLabels));
  metrics.auc_enhanced_cold = auc(cold(scores.get(better("enhanced")) ?? []), cold(testLabels));
  // Ablation: the generator's reference output without reward guidance (GIRL's SFT-only row).
  metrics.auc_enhanced_mlp_reference = auc(run("mlp", true, experiment.reference), testLabels);
  // Control: the same generated jobs handed to the wrong applicants (extra inputs, no information).
  metrics.auc_enhanced_mlp_shuffled = auc(
    run("mlp", true, shuffledJobs(experiment.generated, seed)),
    testLabels,
  );
  metrics.n_train = train.length;
  metrics.n_test = test.length;
  metrics.n_test_cold = cold(testLabels).length;
  metrics.n_applicants = experiment.profiles.size;
  return { task: "job-views", n: test.length, metrics };
}

/** The generated jobs permuted across applicants (seeded). */
function shuffledJobs(generated: Map<string, IdealJob>, seed: number): Map<string, IdealJob> {
  const ids = [...generated.keys()];
  const jobs = createRandom(seed + 1).shuffle([...generated.values()]);
  return new Map(ids.map((id, index) => [id, jobs[index] as IdealJob]));
}
