import type { CvProfile, IdealJob, JobPosting } from "./profiles.js";
import { cosineWithTokens, hashedBagOfWords, jaccard, textTokens, tokenCoverage } from "./text-features.js";

/** Names of the interpretable CV–job fit features, in row order. */
export const FIT_FEATURE_NAMES = [
  "title_coverage",
  "title_jaccard",
  "text_cosine",
  "job_skill_coverage",
  "cv_skill_coverage",
  "seniority_gap",
  "same_state",
  "same_city",
] as const;

const TEXT_DIMENSIONS = 512;

/** A CV prepared once for many jobs (tokens and vectors cached). */
export interface PreparedProfile {
  profile: CvProfile;
  titleTokens: string[][];
  allTokens: string[];
  vector: Float32Array;
  level: number;
}

export function prepareProfile(profile: CvProfile): PreparedProfile {
  const titleTokens = profile.titles.map(textTokens);
  const allTokens = [
    ...titleTokens.flat(),
    ...profile.skills.flatMap(textTokens),
    ...textTokens(profile.text),
  ];
  return {
    profile,
    titleTokens,
    allTokens,
    vector: hashedBagOfWords(allTokens, TEXT_DIMENSIONS),
    level: levelFromYears(profile.years),
  };
}

function levelFromYears(years: number): number {
  if (years < 1) return 0;
  if (years < 3) return 1;
  if (years < 7) return 2;
  if (years < 12) return 3;
  return 4;
}

/** Seniority level 0–4 implied by a job title's words, or undefined when the title says nothing. */
export function levelFromTitle(title: string): number | undefined {
  const lower = title.toLowerCase();
  if (/\b(intern|internship|trainee|apprentice|entry)\b/.test(lower)) return 0;
  if (/\b(junior|jr|assistant)\b/.test(lower)) return 1;
  if (/\b(senior|sr|principal|staff)\b/.test(lower)) return 3;
  if (/\b(lead|manager|director|head|chief|supervisor)\b/.test(lower)) return 4;
  return undefined;
}

/** An ideal job as a posting, so it can be scored and compared like a real one. */
export function idealJobAsPosting(job: IdealJob): JobPosting {
  return {
    id: "generated",
    title: job.title,
    skills: [...job.essentialSkills, ...job.optionalSkills],
    description: job.summary,
  };
}

/** Interpretable fit features of (CV, job), each in [0, 1], in FIT_FEATURE_NAMES order. */
export function fitFeatures(prepared: PreparedProfile, job: JobPosting): Float32Array {
  const jobTitleTokens = textTokens(job.title);
  const jobSkillTokens = job.skills.map(textTokens);
  const jobTokens = [...jobTitleTokens, ...jobSkillTokens.flat(), ...textTokens(job.description)];
  let titleCoverage = 0;
  let titleJaccard = 0;
  for (const tokens of prepared.titleTokens) {
    titleCoverage = Math.max(titleCoverage, tokenCoverage(tokens, jobTitleTokens));
    titleJaccard = Math.max(titleJaccard, jaccard(tokens, jobTitleTokens));
  }
  const available = new Set(prepared.allTokens);
  const coveredSkills = jobSkillTokens.filter(
    (tokens) => tokens.length > 0 && tokens.every((t) => available.has(t)),
  );
  const jobAvailable = new Set(jobTokens);
  const cvSkills = prepared.profile.skills.map(textTokens).filter((tokens) => tokens.length > 0);
  const foundCvSkills = cvSkills.filter((tokens) => tokens.every((token) => jobAvailable.has(token)));
  const jobLevel = levelFromTitle(job.title);
  const profile = prepared.profile;
  return Float32Array.from([
    titleCoverage,
    titleJaccard,
    Math.max(0, cosineWithTokens(prepared.vector, jobTokens)),
    jobSkillTokens.length > 0 ? coveredSkills.length / jobSkillTokens.length : 0,
    cvSkills.length > 0 ? foundCvSkills.length / cvSkills.length : 0,
    jobLevel === undefined ? 0 : Math.abs(jobLevel - prepared.level) / 4,
    profile.state && job.state && profile.state.toLowerCase() === job.state.toLowerCase() ? 1 : 0,
    profile.city && job.city && profile.city.toLowerCase() === job.city.toLowerCase() ? 1 : 0,
  ]);
}
