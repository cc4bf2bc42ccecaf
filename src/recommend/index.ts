/**
 * recommend/ — GIRL (generative job recommendation) on skillgraph's pieces.
 *
 *   createGraphJobGenerator(graph) / createLlmJobGenerator(model) / createNeighbourJobGenerator(pairs)
 *     → JobGenerator.generate(profile, {count, seed}) → IdealJob[] (first = reference output)
 *   trainRewardModel(pairs) → RewardModel (U(C,J) = w · fitFeatures, pairwise loss); createRewardModel()
 *   rankByReward(prepareProfile(cv), candidates, reward, {driftPenalty}) → best-of-n, best first
 *   preferencePairs(prepared, ranked) + toJsonl → (chosen, rejected) pairs for PPO/DPO elsewhere
 *   recommendJobs(profile, jobs, {reward?, recommender?, generator?, top}) → ranked jobs with reasons
 *   resumeProfile(text) → CvProfile; readJobPostings(path) → JobPosting[] (JSON Lines)
 *   loadJobViews(dir) / splitJobViews(data, {seed}) / prepareJobViewsExperiment(data, options)
 */
export { applicantProfile } from "./applicant-profile.js";
export {
  FIT_FEATURE_NAMES,
  fitFeatures,
  idealJobAsPosting,
  type PreparedProfile,
  prepareProfile,
} from "./fit-features.js";
export {
  createGraphJobGenerator,
  type GraphJobGeneratorOptions,
  searchTitleResolver,
  type TitleResolver,
} from "./graph-job-generator.js";
export type { GenerateJobOptions, JobGenerator } from "./job-generator.js";
export { readJobPostings } from "./job-postings-file.js";
export { type JobView, type JobViewsApplicant, type JobViewsData, loadJobViews } from "./job-views-data.js";
export { type JobViewsExperiment, prepareJobViewsExperiment } from "./job-views-experiment.js";
export { type InteractionExample, type JobViewsSplitOptions, splitJobViews } from "./job-views-split.js";
export { createLlmJobGenerator, cvPrompt, type LlmJobGeneratorOptions } from "./llm-job-generator.js";
export { createNeighbourJobGenerator, type SuccessfulPair } from "./neighbour-job-generator.js";
export {
  type CvProfile,
  type IdealJob,
  idealJobSchema,
  type JobPosting,
  jobPostingSchema,
  seniorityFromYears,
} from "./profiles.js";
export {
  type RankedJob,
  type Recommendation,
  type RecommendOptions,
  recommendJobs,
} from "./recommend-jobs.js";
export { createRecommenderFeatures, GENERATED_FEATURE_NAMES } from "./recommender-features.js";
export { resumeProfile } from "./resume-profile.js";
export {
  type PreferencePair,
  preferencePairs,
  rankByReward,
  type ScoredCandidate,
  toJsonl,
} from "./reward-guided.js";
export {
  createRewardModel,
  loadRewardModel,
  type RewardModel,
  type RewardPair,
  saveRewardModel,
  trainRewardModel,
} from "./reward-model.js";
export { createHashedEmbedder, createWordVectorEmbedder, type TextEmbedder } from "./text-embedder.js";
export { type TextEmbedderKind, textEmbedderFor } from "./text-embedder-choice.js";
