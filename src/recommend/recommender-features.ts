import { fitFeatures, type PreparedProfile } from "./fit-features.js";
import { type IdealJob, idealJobText, type JobPosting, jobText, profileText } from "./profiles.js";
import { createHashedEmbedder, type TextEmbedder } from "./text-embedder.js";
import { cosine, hashToken, jaccard, textTokens, tokenCoverage } from "./text-features.js";

/** Sizes of the recommender feature blocks. */
export interface RecommenderFeatureOptions {
  /** Text vectors of CVs, jobs and generated jobs; default hashed bag of words, 64 buckets. */
  embedder?: TextEmbedder;
  /** Hashed location buckets; default 32. */
  locationBuckets?: number;
}

/** Names of the generated-job features added to the MLP's pair features. */
export const GENERATED_FEATURE_NAMES = [
  "generated_text_cosine",
  "generated_title_coverage",
  "generated_title_jaccard",
  "generated_skill_coverage",
] as const;

/** Everything about one applicant the recommenders use (prepared once). */
export interface ApplicantSide {
  prepared: PreparedProfile;
  vector: Float32Array;
  location: Float32Array;
  generated: IdealJob | undefined;
  generatedVector: Float32Array;
  generatedTitleTokens: string[];
  generatedSkillTokens: string[];
}

/** Everything about one job the recommenders use (prepared once). */
export interface JobSide {
  job: JobPosting;
  vector: Float32Array;
  location: Float32Array;
  tokens: string[];
  titleTokens: string[];
}

/**
 * Feature rows for the four predictors of GIRL's table: an MLP over (applicant, job, pair) features
 * and a two-tower dot product over (applicant | job) features, each base or enhanced with the
 * generated ideal job (its text vector; for the MLP also its similarity and overlap with the job).
 */
export function createRecommenderFeatures(options: RecommenderFeatureOptions = {}) {
  const embedder = options.embedder ?? createHashedEmbedder(64);
  const dimensions = embedder.dimensions;
  const buckets = options.locationBuckets ?? 32;
  const location = (state: string | undefined) => {
    const vector = new Float32Array(buckets);
    if (state) vector[hashToken(state.toLowerCase()) % buckets] = 1;
    return vector;
  };
  const fitSize = 8;
  const sizes = {
    mlpBase: 2 * dimensions + fitSize,
    mlpEnhanced: 3 * dimensions + fitSize + GENERATED_FEATURE_NAMES.length,
    dotLeftBase: dimensions + buckets,
    dotLeftEnhanced: 2 * dimensions + buckets,
    dotRight: dimensions + buckets,
  };

  const applicantSide = (prepared: PreparedProfile, generated: IdealJob | undefined): ApplicantSide => {
    return {
      prepared,
      vector: embedder.embed(profileText(prepared.profile)),
      location: location(prepared.profile.state),
      generated,
      generatedVector: generated ? embedder.embed(idealJobText(generated)) : new Float32Array(dimensions),
      generatedTitleTokens: generated ? textTokens(generated.title) : [],
      generatedSkillTokens: generated
        ? [...generated.essentialSkills, ...generated.optionalSkills].flatMap(textTokens)
        : [],
    };
  };

  const jobSide = (job: JobPosting): JobSide => {
    const tokens = textTokens(jobText(job));
    return {
      job,
      vector: embedder.embed(jobText(job)),
      location: location(job.state),
      tokens,
      titleTokens: textTokens(job.title),
    };
  };

  const generatedFeatures = (applicant: ApplicantSide, job: JobSide): number[] => {
    if (!applicant.generated) return GENERATED_FEATURE_NAMES.map(() => 0);
    return [
      Math.max(0, cosine(applicant.generatedVector, job.vector)),
      tokenCoverage(applicant.generatedTitleTokens, job.titleTokens),
      jaccard(applicant.generatedTitleTokens, job.titleTokens),
      tokenCoverage(job.tokens, applicant.generatedSkillTokens),
    ];
  };

  return {
    sizes,
    applicantSide,
    jobSide,
    /** MLP row: [applicant text, job text, fit features] (+ [generated text, generated-job features]). */
    mlpRow(applicant: ApplicantSide, job: JobSide, enhanced: boolean): Float32Array {
      const row = new Float32Array(enhanced ? sizes.mlpEnhanced : sizes.mlpBase);
      row.set(applicant.vector, 0);
      row.set(job.vector, dimensions);
      row.set(fitFeatures(applicant.prepared, job.job), 2 * dimensions);
      if (enhanced) {
        row.set(applicant.generatedVector, 2 * dimensions + fitSize);
        row.set(generatedFeatures(applicant, job), 3 * dimensions + fitSize);
      }
      return row;
    },
    /** Two-tower row: left = [applicant text (+ generated text), location], right = [job text, location]. */
    dotRow(applicant: ApplicantSide, job: JobSide, enhanced: boolean): Float32Array {
      const left = enhanced ? sizes.dotLeftEnhanced : sizes.dotLeftBase;
      const row = new Float32Array(left + sizes.dotRight);
      row.set(applicant.vector, 0);
      if (enhanced) row.set(applicant.generatedVector, dimensions);
      row.set(applicant.location, left - buckets);
      row.set(job.vector, left);
      row.set(job.location, left + dimensions);
      return row;
    },
  };
}

export type RecommenderFeatures = ReturnType<typeof createRecommenderFeatures>;
