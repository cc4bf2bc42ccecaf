import type { ExperienceRequirementResult } from "./experience-requirement.js";
import type { RequirementResult } from "./match-report.js";
import type { SkillRequirementResult } from "./skill-requirement.js";

/**
 * The interpretable features of a (resume, job) pair, in the order the score model reads them.
 * Every feature is in [0, 1] or a small count, and means the same thing for any job:
 *
 * Skills are counted one by one: "Java, Spring and AngularJS" is three skills.
 * - requiredCoverage: credit of required skills ÷ their number (met 1, related skill ½, missing 0).
 * - requiredWordCoverage: mean share of each required requirement's words found in one resume line.
 * - requiredMissingShare: share of required skills the resume does not state.
 * - requiredAnyMissing: 1 when at least one required skill is not stated.
 * - requiredMissingCount: skills not stated, capped at 5, ÷ 5.
 * - requiredListedCoverage: share of required skills the resume's skills section states (a skill
 *   shown only in a role description counts for `requiredCoverage` but not here); equal to
 *   requiredCoverage when the resume has no skills section.
 * - emphasizedMissingCount: skills not stated that the job names again outside their requirement
 *   line (title, summary, responsibilities) — the job's core skills — capped at 3, ÷ 3.
 * - proseShare: share of the job's skills that are prose qualities rather than named skills (see
 *   `isNamedSkill`) — a property of the job alone: prose is rarely stated word for word, so a job
 *   full of prose leaves even a good resume with lower coverage.
 * - preferredCoverage: credit of preferred skills ÷ their number (½ when the job lists none).
 * - experienceCoverage: mean over experience requirements of min(1, resume years / required years).
 * - yearsShortShare: years short summed over requirements ÷ years required (0 when none required).
 * - experienceMissingShare: share of experience requirements with no matching role.
 * - experienceAnyGap: 1 when an experience requirement is missing or short.
 * - experiencePartialShare: share of experience requirements whose role is found but short (a role
 *   that cannot be found at all is often a vaguely worded one; a found, short role is a real gap).
 * - latestRoleYears: years of the resume's most recent role, capped at 5, ÷ 5.
 * - latestRoleCoverage: min(1, latest role's years ÷ the most years any requirement asks) (1 when
 *   no years are asked).
 * - totalYearsCoverage: min(1, total years of work (overlaps merged) ÷ years required in total).
 * - totalYears: total years of work, capped at 20, ÷ 20.
 * - titleAgreement: similarity of the job title to the closest resume role title.
 * - educationCredit: 1 met, ½ partial or unknown or not asked, 0 missing.
 */
export const MATCH_FEATURE_NAMES = [
  "requiredCoverage",
  "requiredWordCoverage",
  "requiredMissingShare",
  "requiredAnyMissing",
  "requiredMissingCount",
  "emphasizedMissingCount",
  "requiredListedCoverage",
  "proseShare",
  "preferredCoverage",
  "experienceCoverage",
  "yearsShortShare",
  "experienceMissingShare",
  "experienceAnyGap",
  "experiencePartialShare",
  "latestRoleYears",
  "latestRoleCoverage",
  "totalYearsCoverage",
  "totalYears",
  "titleAgreement",
  "educationCredit",
] as const;
export type MatchFeatureName = (typeof MATCH_FEATURE_NAMES)[number];
export type MatchFeatures = Record<MatchFeatureName, number>;

export interface FeatureInputs {
  required: SkillRequirementResult[];
  preferred: SkillRequirementResult[];
  experience: ExperienceRequirementResult[];
  education: Array<RequirementResult & { credit: number }>;
  titleAgreement: number;
  /** True when the resume has a skills section. */
  hasSkillsList: boolean;
  /** Months of the resume's most recent role. Default 0. */
  latestRoleMonths?: number;
  /** Months covered by the resume's roles, overlaps merged. Default 0. */
  totalMonths?: number;
}

function mean(values: number[], empty: number): number {
  return values.length === 0 ? empty : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Compute the features from requirement verdicts. */
export function computeMatchFeatures(inputs: FeatureInputs): MatchFeatures {
  const { required, preferred, experience, education } = inputs;
  // A job with only preferred skills is judged on those.
  const skills = required.length > 0 ? required : preferred;
  const count = skills.reduce((sum, result) => sum + result.skillCount, 0);
  const credit = skills.reduce((sum, result) => sum + result.skillCredit, 0);
  const missing = skills.reduce((sum, result) => sum + result.missing.length, 0);
  const emphasizedMissing = skills.reduce((sum, result) => sum + result.emphasizedMissing, 0);
  const listed = skills.reduce(
    (sum, result) => sum + result.stated.filter((stated) => stated.inSkillsList).length,
    0,
  );
  // The job's skills as it words them (stated or missing; one credited through the graph is neither).
  const labels = skills.flatMap((result) => [
    ...result.stated.map((stated) => stated.label),
    ...result.missing,
  ]);
  const preferredCount = preferred.reduce((sum, result) => sum + result.skillCount, 0);
  const preferredCredit = preferred.reduce((sum, result) => sum + result.skillCredit, 0);
  const compared = experience.filter((result) => result.verdict !== "unknown");
  const yearsRequired = compared.reduce((sum, result) => sum + (result.requiredYearsValue ?? 0), 0);
  const yearsShort = compared.reduce(
    (sum, result) =>
      sum +
      Math.max(
        0,
        (result.requiredYearsValue ?? 0) -
          Math.min(result.requiredYearsValue ?? 0, result.resumeYearsValue ?? 0),
      ),
    0,
  );
  const maxYearsRequired = Math.max(0, ...compared.map((result) => result.requiredYearsValue ?? 0));
  const experienceGap = compared.some(
    (result) => result.verdict === "missing" || result.verdict === "partial",
  );
  return {
    requiredCoverage: count === 0 ? 0.5 : credit / count,
    requiredWordCoverage: mean(
      skills.map((result) => result.coverage),
      0.5,
    ),
    requiredMissingShare: count === 0 ? 0 : missing / count,
    requiredAnyMissing: missing > 0 ? 1 : 0,
    requiredMissingCount: Math.min(missing, 5) / 5,
    emphasizedMissingCount: Math.min(emphasizedMissing, 3) / 3,
    requiredListedCoverage: count === 0 ? 0.5 : inputs.hasSkillsList ? listed / count : credit / count,
    proseShare:
      labels.length === 0 ? 0 : labels.filter((label) => !isNamedSkill(label)).length / labels.length,
    preferredCoverage: preferredCount === 0 ? 0.5 : preferredCredit / preferredCount,
    experienceCoverage: mean(
      compared.map((result) => {
        if (result.verdict === "missing") return 0;
        const wanted = result.requiredYearsValue ?? 0;
        if (wanted <= 0) return 1;
        return Math.min(1, (result.resumeYearsValue ?? 0) / wanted);
      }),
      0.5,
    ),
    yearsShortShare: yearsRequired > 0 ? Math.min(1, yearsShort / yearsRequired) : 0,
    experienceMissingShare:
      compared.length === 0
        ? 0
        : compared.filter((result) => result.verdict === "missing").length / compared.length,
    experienceAnyGap: experienceGap ? 1 : 0,
    latestRoleYears: Math.min(60, inputs.latestRoleMonths ?? 0) / 60,
    totalYears: Math.min(240, inputs.totalMonths ?? 0) / 240,
    totalYearsCoverage: yearsRequired > 0 ? Math.min(1, (inputs.totalMonths ?? 0) / 12 / yearsRequired) : 1,
    latestRoleCoverage:
      maxYearsRequired > 0 ? Math.min(1, (inputs.latestRoleMonths ?? 0) / 12 / maxYearsRequired) : 1,
    experiencePartialShare:
      compared.length === 0
        ? 0
        : compared.filter((result) => result.verdict === "partial").length / compared.length,
    titleAgreement: inputs.titleAgreement,
    educationCredit: mean(
      education.map((result) => result.credit),
      0.5,
    ),
  };
}

/**
 * A named skill is a short name ("SQL", "Attention to Detail", "Node.js"): at most
 * `NAMED_SKILL_MAX_WORDS` words. Longer requirement texts are prose qualities ("excellent physical
 * fitness to manage equipment"), which resumes rarely state word for word.
 */
export const NAMED_SKILL_MAX_WORDS = 3;

export function isNamedSkill(label: string): boolean {
  const known = NAMED_MEMO.get(label);
  if (known !== undefined) return known;
  const words = label.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const named = words.length > 0 && words.length <= NAMED_SKILL_MAX_WORDS;
  if (NAMED_MEMO.size > 10_000) NAMED_MEMO.clear();
  NAMED_MEMO.set(label, named);
  return named;
}

const NAMED_MEMO = new Map<string, boolean>();

/** Features as a vector in `MATCH_FEATURE_NAMES` order. */
export function featureVector(features: MatchFeatures): Float32Array {
  const vector = new Float32Array(MATCH_FEATURE_NAMES.length);
  for (let index = 0; index < MATCH_FEATURE_NAMES.length; index++)
    vector[index] = features[MATCH_FEATURE_NAMES[index] as MatchFeatureName];
  return vector;
}
