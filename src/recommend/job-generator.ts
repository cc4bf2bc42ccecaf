import type { CvProfile, IdealJob } from "./profiles.js";

/** Options every generator accepts. */
export interface GenerateJobOptions {
  /** How many candidate ideal jobs to return (best-of-n draws from these); default 1. */
  count?: number;
  /** Seed for sampling generators; default 1. */
  seed?: number;
}

/**
 * CV → ideal job descriptions (GIRL's generator). The first candidate is the generator's reference
 * (greedy) output; further candidates are alternatives for reward-guided selection.
 */
export interface JobGenerator {
  readonly name: string;
  generate(profile: CvProfile, options?: GenerateJobOptions): Promise<IdealJob[]>;
}
