import type { SkillGraph } from "../graph/skill-graph.js";
import { matchEducationRequirement } from "./education-requirement.js";
import { type ExperienceRequirementResult, matchExperienceRequirements } from "./experience-requirement.js";
import { explainMatch } from "./explanation.js";
import { computeMatchFeatures, featureVector } from "./match-features.js";
import type { MatchReport, RequirementResult } from "./match-report.js";
import type { MatcherModel } from "./matcher-model.js";
import type { PreparedJob, PreparedResume } from "./prepare-documents.js";
import {
  type MentionLinker,
  matchSkillRequirement,
  type SkillRequirementResult,
} from "./skill-requirement.js";
import { titleSimilarity } from "./title-similarity.js";

export interface MatchPairOptions {
  model: MatcherModel;
  /** Optional: true when two job titles name the same occupation (see `createMatcher`'s titleNormalizer). */
  sameOccupation?: ((left: string, right: string) => boolean) | undefined;
  linker?: MentionLinker | undefined;
  graph?: SkillGraph | undefined;
}

/** Every requirement's verdict with the internal figures the score model and the editor read. */
export interface JudgedRequirements {
  required: SkillRequirementResult[];
  preferred: SkillRequirementResult[];
  experience: ExperienceRequirementResult[];
  education: Array<RequirementResult & { credit: number }>;
  titleAgreement: number;
  hasSkillsList: boolean;
  /** Months of the resume's most recent role (latest end date; 0 without dated roles). */
  latestRoleMonths: number;
  totalMonths: number;
}

/** Judge every requirement of the job against the resume. */
export function judgeRequirements(
  resume: PreparedResume,
  job: PreparedJob,
  options: Omit<MatchPairOptions, "model">,
): JudgedRequirements {
  const context = {
    index: resume.index,
    resumeMentions: resume.mentions,
    ...(options.linker ? { linker: options.linker } : {}),
    ...(options.graph ? { graph: options.graph } : {}),
  };
  const skillResults = job.skillRequirements.map((requirement) =>
    matchSkillRequirement(requirement, context),
  );
  const experience = matchExperienceRequirements(
    job.parsed.experienceRequirements,
    job.text,
    resume.parsed.work,
    resume.text,
    {
      roleStems: job.roleStems,
      entryStems: resume.titleStems.slice(0, resume.parsed.work.length),
      ...(options.sameOccupation ? { sameOccupation: options.sameOccupation } : {}),
    },
  );
  const education = job.parsed.educationRequirements.map((requirement) =>
    matchEducationRequirement(requirement, resume.parsed.education, resume.text),
  );
  let titleAgreement = Math.max(
    0,
    ...resume.titleStems.map((stems) => titleSimilarity(job.titleStems, stems)),
  );
  const sameOccupation = options.sameOccupation;
  if (titleAgreement < 0.8 && sameOccupation && job.title) {
    if (resume.parsed.work.some((entry) => sameOccupation(job.title, entry.title))) titleAgreement = 0.8;
  }
  return {
    required: skillResults.filter((result) => result.kind === "required-skill"),
    preferred: skillResults.filter((result) => result.kind === "preferred-skill"),
    experience,
    education,
    titleAgreement,
    hasSkillsList: resume.index.segments.some((segment) => segment.inSkillsList),
    latestRoleMonths: latestRoleMonths(resume.parsed.work),
    totalMonths: resume.parsed.experience.totalMonths,
  };
}

/** Judge every requirement of the job against the resume, score the pair and explain it. */
export function matchPair(resume: PreparedResume, job: PreparedJob, options: MatchPairOptions): MatchReport {
  const judged = judgeRequirements(resume, job, options);
  const { required, preferred, experience, education } = judged;
  const skillResults = [...required, ...preferred];
  const features = computeMatchFeatures(judged);
  const requirements: RequirementResult[] = [...required, ...preferred, ...experience, ...education].map(
    stripInternals,
  );
  const notes: string[] = [];
  let score: number | null = null;
  if (requirements.length === 0) {
    notes.push("the job description states no requirements (skills, experience or education) to compare");
  } else {
    score = options.model.predict(featureVector(features));
  }
  const decision = score === null ? "unknown" : score >= options.model.threshold ? "match" : "no-match";
  const experienceCompared = experience.filter((result) => result.verdict !== "unknown");
  const report: MatchReport = {
    score,
    decision,
    threshold: options.model.threshold,
    jobTitle: job.title,
    requirements,
    missingSkills: [...new Set(skillResults.flatMap((result) => result.missing))],
    partialSkills: skillResults.filter((result) => result.verdict === "partial").map((result) => result.text),
    experienceGap: {
      hasGap:
        experienceCompared.length === 0
          ? null
          : experienceCompared.some((result) => result.verdict === "missing" || result.verdict === "partial"),
      yearsShort: round(
        experienceCompared.reduce(
          (sum, result) =>
            sum + Math.max(0, (result.requiredYearsValue ?? 0) - (result.resumeYearsValue ?? 0)),
          0,
        ),
      ),
      roles: experience.map((result) => ({
        role: result.text,
        requiredYears: result.requiredYearsValue,
        resumeYears: result.resumeYearsValue,
        verdict: result.verdict,
      })),
    },
    features: { ...features },
    explanation: "",
    notes,
  };
  report.explanation = explainMatch(report);
  return report;
}

/** The public fields of a requirement result (drops the figures only the score model reads). */
function stripInternals(result: RequirementResult): RequirementResult {
  const clean: RequirementResult = {
    kind: result.kind,
    text: result.text,
    verdict: result.verdict,
    reason: result.reason,
    evidence: result.evidence,
  };
  if (result.jobSpan) clean.jobSpan = result.jobSpan;
  if (result.relatedSkill) clean.relatedSkill = result.relatedSkill;
  if (result.requiredYears !== undefined) clean.requiredYears = result.requiredYears;
  if (result.resumeYears !== undefined) clean.resumeYears = result.resumeYears;
  return clean;
}

/** Months of the role with the latest end ("present" latest of all); ties go to the first listed. */
function latestRoleMonths(
  work: Array<{ months: number; end?: { year: number; month?: number | undefined } | "present" | undefined }>,
): number {
  let best: { key: number; months: number } | undefined;
  for (const entry of work) {
    if (!entry.end) continue;
    const key =
      entry.end === "present" ? Number.POSITIVE_INFINITY : entry.end.year * 12 + (entry.end.month ?? 12);
    if (!best || key > best.key) best = { key, months: entry.months };
  }
  return best?.months ?? 0;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
