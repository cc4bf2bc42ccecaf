import { idealJobAsPosting, type PreparedProfile } from "./fit-features.js";
import { cvPrompt } from "./llm-job-generator.js";
import { type IdealJob, idealJobText } from "./profiles.js";
import type { RewardModel } from "./reward-model.js";
import { cosine, hashedBagOfWords, textTokens } from "./text-features.js";

export interface RewardGuidedOptions {
  /** Weight β of the drift penalty β·(1 − cos(candidate, reference)); default 0.5. */
  driftPenalty?: number;
}

export interface ScoredCandidate {
  job: IdealJob;
  reward: number;
  /** 1 − cosine similarity to the reference (first) candidate. */
  drift: number;
  /** reward − β·drift: what best-of-n maximises. */
  objective: number;
}

/**
 * Best-of-n with a reward model and a drift penalty (the role of GIRL's KL term): the candidate
 * maximising U(C, J) − β·drift(J, reference) wins, where the reference is the generator's first
 * (greedy) output. Returns candidates best first.
 */
export function rankByReward(
  prepared: PreparedProfile,
  candidates: readonly IdealJob[],
  reward: RewardModel,
  options: RewardGuidedOptions = {},
): ScoredCandidate[] {
  const beta = options.driftPenalty ?? 0.5;
  const first = candidates[0];
  if (!first) return [];
  const reference = hashedBagOfWords(textTokens(idealJobText(first)), 512);
  return candidates
    .map((job) => {
      const rewardValue = reward.score(prepared, idealJobAsPosting(job));
      const drift = 1 - cosine(reference, hashedBagOfWords(textTokens(idealJobText(job)), 512));
      return { job, reward: rewardValue, drift, objective: rewardValue - beta * drift };
    })
    .sort((a, b) => b.objective - a.objective);
}

/** A preference pair for PPO/DPO trainers outside Node. */
export interface PreferencePair {
  prompt: string;
  chosen: string;
  rejected: string;
  chosen_objective: number;
  rejected_objective: number;
}

/** (chosen, rejected) pairs: the best candidate against each candidate it beats by `minMargin`. */
export function preferencePairs(
  prepared: PreparedProfile,
  ranked: readonly ScoredCandidate[],
  minMargin = 1e-6,
): PreferencePair[] {
  const best = ranked[0];
  if (!best) return [];
  return ranked
    .slice(1)
    .filter((candidate) => best.objective - candidate.objective >= minMargin)
    .map((candidate) => ({
      prompt: cvPrompt(prepared.profile),
      chosen: JSON.stringify(stripSource(best.job)),
      rejected: JSON.stringify(stripSource(candidate.job)),
      chosen_objective: best.objective,
      rejected_objective: candidate.objective,
    }));
}

function stripSource(job: IdealJob) {
  return {
    title: job.title,
    seniority: job.seniority,
    essentialSkills: job.essentialSkills,
    optionalSkills: job.optionalSkills,
    summary: job.summary,
  };
}

/** Serialize pairs as JSON Lines. */
export function toJsonl(rows: readonly object[]): string {
  return rows.map((row) => JSON.stringify(row)).join("\n") + (rows.length > 0 ? "\n" : "");
}
