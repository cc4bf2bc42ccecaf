import type { Model } from "../learn/model.js";
import { type PreparedProfile, prepareProfile } from "./fit-features.js";
import type { JobGenerator } from "./job-generator.js";
import type { CvProfile, IdealJob, JobPosting } from "./profiles.js";
import { createRecommenderFeatures } from "./recommender-features.js";
import { rankByReward } from "./reward-guided.js";
import { createRewardModel, type RewardModel } from "./reward-model.js";
import type { TextEmbedder } from "./text-embedder.js";
import { textTokens } from "./text-features.js";

export interface RecommendOptions {
  /** Reward model for ranking and best-of-n; default hand-set weights. */
  reward?: RewardModel;
  /** An enhanced MLP recommender (from `train recommender`); ranks instead of the reward when given. */
  recommender?: Model;
  /** Generate the ideal job (and use it in features and reasons); needs a generator. */
  generator?: JobGenerator;
  /** Candidates for best-of-n generation; default 5. */
  candidates?: number;
  /** Text vectors the recommender was trained with; default hashed bag of words. */
  embedder?: TextEmbedder;
  /** Jobs returned; default 10. */
  top?: number;
}

export interface RankedJob {
  job: JobPosting;
  score: number;
  reasons: string[];
}

export interface Recommendation {
  idealJob: IdealJob | undefined;
  jobs: RankedJob[];
}

/** Rank jobs for a CV with reasons; optionally generate the ideal job first (GIRL). */
export async function recommendJobs(
  profile: CvProfile,
  jobs: readonly JobPosting[],
  options: RecommendOptions = {},
): Promise<Recommendation> {
  const prepared = prepareProfile(profile);
  const reward = options.reward ?? createRewardModel();
  let idealJob: IdealJob | undefined;
  if (options.generator) {
    const candidates = await options.generator.generate(profile, { count: options.candidates ?? 5 });
    idealJob = rankByReward(prepared, candidates, reward)[0]?.job;
  }
  const features = createRecommenderFeatures(options.embedder ? { embedder: options.embedder } : {});
  const applicant = options.recommender ? features.applicantSide(prepared, idealJob) : undefined;
  const scored = jobs.map((job) => ({
    job,
    score:
      options.recommender && applicant
        ? options.recommender.predict(features.mlpRow(applicant, features.jobSide(job), true))
        : reward.score(prepared, job),
  }));
  scored.sort((a, b) => b.score - a.score || a.job.id.localeCompare(b.job.id));
  const top = scored
    .slice(0, options.top ?? 10)
    .map((ranked) => ({ ...ranked, reasons: reasonsFor(prepared, ranked.job, reward, idealJob) }));
  return { idealJob, jobs: top };
}

/** Human-readable reasons from the reward model's largest positive contributions. */
export function reasonsFor(
  prepared: PreparedProfile,
  job: JobPosting,
  reward: RewardModel,
  idealJob: IdealJob | undefined,
): string[] {
  const reasons: string[] = [];
  for (const { feature, value, contribution } of reward.explain(prepared, job)) {
    if (contribution <= 0 || value <= 0) continue;
    if (feature === "title_coverage" || feature === "title_jaccard") {
      const jobTokens = new Set(textTokens(job.title));
      const title = prepared.profile.titles.find((candidate) =>
        textTokens(candidate).some((t) => jobTokens.has(t)),
      );
      if (title && !reasons.some((reason) => reason.startsWith("title")))
        reasons.push(`title close to your role "${title}"`);
    } else if (feature === "job_skill_coverage") {
      reasons.push(`you show ${Math.round(value * 100)}% of the job's listed skills`);
    } else if (feature === "cv_skill_coverage") {
      reasons.push(`uses ${Math.round(value * 100)}% of your listed skills`);
    } else if (feature === "text_cosine" && value > 0.1) {
      reasons.push(`description overlaps your experience (similarity ${value.toFixed(2)})`);
    } else if (feature === "same_state") {
      reasons.push("in your state");
    } else if (feature === "same_city") {
      reasons.push("in your city");
    }
  }
  if (idealJob) {
    const ideal = new Set(textTokens(idealJob.title));
    const shared = textTokens(job.title).filter((token) => ideal.has(token));
    if (shared.length > 0) reasons.push(`matches your generated ideal job "${idealJob.title}"`);
  }
  return reasons;
}
