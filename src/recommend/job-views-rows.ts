import { SkillgraphError } from "../core/errors.js";
import type { JobViewsData } from "./job-views-data.js";
import type { JobViewsExperiment } from "./job-views-experiment.js";
import type { InteractionExample } from "./job-views-split.js";
import type { IdealJob } from "./profiles.js";
import { type ApplicantSide, createRecommenderFeatures, type JobSide } from "./recommender-features.js";
import type { TextEmbedder } from "./text-embedder.js";

export type PredictorKind = "mlp" | "dot";

/** Feature rows of experiment examples, with applicant and job sides cached. */
export function createExampleRows(
  experiment: JobViewsExperiment,
  data: JobViewsData,
  embedder?: TextEmbedder,
) {
  const features = createRecommenderFeatures(embedder ? { embedder } : {});
  const caches = new Map<Map<string, IdealJob>, Map<string, ApplicantSide>>();
  const jobSides = new Map<string, JobSide>();
  const applicantSide = (id: string, generated: Map<string, IdealJob>) => {
    let cache = caches.get(generated);
    if (!cache) {
      cache = new Map();
      caches.set(generated, cache);
    }
    let side = cache.get(id);
    const prepared = experiment.profiles.get(id);
    if (!side && prepared) {
      side = features.applicantSide(prepared, generated.get(id));
      cache.set(id, side);
    }
    return side;
  };
  const jobSide = (id: string) => {
    let side = jobSides.get(id);
    const job = data.jobs.get(id);
    if (!side && job) {
      side = features.jobSide(job);
      jobSides.set(id, side);
    }
    return side;
  };
  return {
    features,
    /** Columns of the applicant tower for the dot predictor. */
    leftDimension: (enhanced: boolean) =>
      enhanced ? features.sizes.dotLeftEnhanced : features.sizes.dotLeftBase,
    /** Rows for examples; `generated` defaults to the reward-guided ideal jobs. */
    rows(
      examples: readonly InteractionExample[],
      kind: PredictorKind,
      enhanced: boolean,
      generated: Map<string, IdealJob> = experiment.generated,
    ): Float32Array[] {
      return examples.map((example) => {
        const applicant = applicantSide(example.applicantId, generated);
        const job = jobSide(example.jobId);
        if (!applicant || !job)
          throw new SkillgraphError("INTERNAL", "example names an unknown applicant or job");
        return kind === "mlp"
          ? features.mlpRow(applicant, job, enhanced)
          : features.dotRow(applicant, job, enhanced);
      });
    },
  };
}
