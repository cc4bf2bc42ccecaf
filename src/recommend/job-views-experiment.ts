import type { SkillGraph } from "../graph/skill-graph.js";
import { applicantProfile } from "./applicant-profile.js";
import { type PreparedProfile, prepareProfile } from "./fit-features.js";
import { createGraphJobGenerator } from "./graph-job-generator.js";
import type { JobGenerator } from "./job-generator.js";
import { type JobViewsData, latestViewTime } from "./job-views-data.js";
import { type InteractionExample, type JobViewsSplitOptions, splitJobViews } from "./job-views-split.js";
import { createNeighbourJobGenerator, type SuccessfulPair } from "./neighbour-job-generator.js";
import type { IdealJob } from "./profiles.js";
import { rankByReward, type ScoredCandidate } from "./reward-guided.js";
import { type RewardModel, type RewardPair, trainRewardModel } from "./reward-model.js";

/** The prepared state of a job-views experiment: split, CVs, reward model and generated jobs. */
export interface JobViewsExperiment {
  examples: InteractionExample[];
  profiles: Map<string, PreparedProfile>;
  reward: RewardModel;
  /** Best-of-n ideal job per applicant (reward-guided). */
  generated: Map<string, IdealJob>;
  /** The generator's reference (first) output per applicant, before reward guidance. */
  reference: Map<string, IdealJob>;
  generatorName: string;
}

export interface JobViewsExperimentOptions extends JobViewsSplitOptions {
  /** Graph for the graph-based generator; without occupations the retrieval generator is used. */
  graph?: SkillGraph;
  /** Any other generator (e.g. an LLM one); wins over `graph`. */
  generator?: JobGenerator;
  /** Candidates per CV for best-of-n; default 5. */
  candidates?: number;
  /** β of the drift penalty; default 0.5. */
  driftPenalty?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Sees every applicant's ranked candidates (e.g. to export preference pairs). */
  onRanked?: (prepared: PreparedProfile, ranked: readonly ScoredCandidate[]) => void;
}

/** Reward-model training pairs from the training split: each viewed job against its sampled negative. */
export function rewardPairsOf(
  examples: readonly InteractionExample[],
  profiles: Map<string, PreparedProfile>,
  data: JobViewsData,
): RewardPair[] {
  const pairs: RewardPair[] = [];
  let positive: InteractionExample | undefined;
  for (const example of examples) {
    if (example.split !== "train") continue;
    if (example.label === 1) positive = example;
    else if (positive && positive.applicantId === example.applicantId) {
      const profile = profiles.get(example.applicantId);
      const preferred = data.jobs.get(positive.jobId);
      const other = data.jobs.get(example.jobId);
      if (profile && preferred && other) pairs.push({ profile, preferred, other });
    }
  }
  return pairs;
}

/** Split the data, train the reward model on training pairs and generate an ideal job per CV. */
export async function prepareJobViewsExperiment(
  data: JobViewsData,
  options: JobViewsExperimentOptions = {},
): Promise<JobViewsExperiment> {
  const examples = splitJobViews(data, options);
  const now = latestViewTime(data);
  const profiles = new Map<string, PreparedProfile>();
  for (const example of examples) {
    if (!profiles.has(example.applicantId)) {
      profiles.set(
        example.applicantId,
        prepareProfile(applicantProfile(data.applicants.get(example.applicantId), now)),
      );
    }
  }
  const reward = trainRewardModel(rewardPairsOf(examples, profiles, data), { seed: options.seed ?? 7 });

  const successful: SuccessfulPair[] = [];
  for (const example of examples) {
    const job = data.jobs.get(example.jobId);
    const profile = profiles.get(example.applicantId);
    if (example.split === "train" && example.label === 1 && job && profile) {
      successful.push({ ownerId: example.applicantId, profile: profile.profile, job });
    }
  }
  const neighbours = createNeighbourJobGenerator(successful);
  const useGraph = !options.generator && options.graph && options.graph.occupationCount > 0;
  const generator =
    options.generator ?? (useGraph && options.graph ? createGraphJobGenerator(options.graph) : neighbours);
  const count = options.candidates ?? 5;
  const generated = new Map<string, IdealJob>();
  const reference = new Map<string, IdealJob>();
  let done = 0;
  for (const [applicantId, prepared] of profiles) {
    const candidates =
      generator === neighbours
        ? neighbours.generateFor(prepared.profile, applicantId, count)
        : await generator.generate(prepared.profile, { count, seed: options.seed ?? 7 });
    const ranked = rankByReward(prepared, candidates, reward, { driftPenalty: options.driftPenalty ?? 0.5 });
    options.onRanked?.(prepared, ranked);
    const first = candidates[0];
    if (first) reference.set(applicantId, first);
    if (ranked[0]) generated.set(applicantId, ranked[0].job);
    options.onProgress?.("generate", ++done, profiles.size);
  }
  return { examples, profiles, reward, generated, reference, generatorName: generator.name };
}
