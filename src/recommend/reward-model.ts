import { SkillgraphError } from "../core/errors.js";
import { NetworkModel } from "../learn/model.js";
import { type LoadedModel, loadModel, type ModelFileInfo, saveModel } from "../learn/model-file.js";
import { FeedForwardNetwork } from "../learn/networks.js";
import { trainPairwise } from "../learn/pairwise.js";
import type { TrainingOptions, TrainingReport } from "../learn/train-network.js";
import { FIT_FEATURE_NAMES, fitFeatures, type PreparedProfile } from "./fit-features.js";
import type { JobPosting } from "./profiles.js";

export interface FeatureContribution {
  feature: string;
  value: number;
  contribution: number;
}

/** A linear utility U(C, J) = w · fitFeatures(C, J) over interpretable features. */
export interface RewardModel {
  readonly featureNames: readonly string[];
  readonly weights: Float32Array;
  readonly training: TrainingReport | undefined;
  score(prepared: PreparedProfile, job: JobPosting): number;
  /** Each feature's value and share of the score, largest contribution first. */
  explain(prepared: PreparedProfile, job: JobPosting): FeatureContribution[];
}

/** Hand-set weights used before any reward model is trained (titles and skills matter most). */
export const DEFAULT_REWARD_WEIGHTS: readonly number[] = [2, 1, 2, 1.5, 0.5, -1, 0.5, 0.3];

export function createRewardModel(
  weights: ArrayLike<number> = DEFAULT_REWARD_WEIGHTS,
  training?: TrainingReport,
): RewardModel {
  if (weights.length !== FIT_FEATURE_NAMES.length) {
    throw new SkillgraphError("BAD_INPUT", `a reward model needs ${FIT_FEATURE_NAMES.length} weights`);
  }
  const vector = Float32Array.from(weights);
  const score = (prepared: PreparedProfile, job: JobPosting) => {
    const features = fitFeatures(prepared, job);
    let sum = 0;
    for (let index = 0; index < features.length; index++)
      sum += (features[index] as number) * (vector[index] as number);
    return sum;
  };
  return {
    featureNames: FIT_FEATURE_NAMES,
    weights: vector,
    training,
    score,
    explain(prepared, job) {
      const features = fitFeatures(prepared, job);
      return FIT_FEATURE_NAMES.map((feature, index) => ({
        feature,
        value: features[index] as number,
        contribution: (features[index] as number) * (vector[index] as number),
      })).sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
    },
  };
}

/** A training pair: for this CV, `preferred` (e.g. a viewed job) should outscore `other`. */
export interface RewardPair {
  profile: PreparedProfile;
  preferred: JobPosting;
  other: JobPosting;
}

/** Train the reward model with the pairwise loss −log σ(U(C, J⁺) − U(C, J⁻)). */
export function trainRewardModel(pairs: readonly RewardPair[], options: TrainingOptions = {}): RewardModel {
  if (pairs.length === 0) throw new SkillgraphError("BAD_INPUT", "no pairs to train the reward model on");
  const preferred = pairs.map((pair) => fitFeatures(pair.profile, pair.preferred));
  const other = pairs.map((pair) => fitFeatures(pair.profile, pair.other));
  const model = trainPairwise({ preferred, other }, { l2: 1e-3, ...options, standardize: false, hidden: [] });
  return createRewardModel(model.network.parameters[0] as Float32Array, model.training);
}

/** Save a reward model (name `reward`) with its data description and metrics. */
export function saveRewardModel(path: string, reward: RewardModel, info: ModelFileInfo): void {
  const network = new FeedForwardNetwork(FIT_FEATURE_NAMES.length, [], undefined);
  (network.parameters[0] as Float32Array).set(reward.weights);
  const model = new NetworkModel("logistic-regression", network, undefined, reward.training);
  saveModel(path, "reward", model, {
    ...info,
    extra: { ...info.extra, featureNames: [...FIT_FEATURE_NAMES] },
  });
}

/** The reward model stored in a loaded model file (name `reward`). */
export function rewardModelFromFile(loaded: LoadedModel): RewardModel {
  if (loaded.name !== "reward")
    throw new SkillgraphError("BAD_INPUT", `model file holds "${loaded.name}", not a reward model`);
  return createRewardModel(loaded.model.network.parameters[0] as Float32Array);
}

/** Load a reward model file written by `saveRewardModel`. */
export function loadRewardModel(path: string): RewardModel {
  return rewardModelFromFile(loadModel(path));
}
