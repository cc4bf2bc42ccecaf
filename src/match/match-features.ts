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
 * - preferredCoverage: credit of preferred skills ÷ their number (½ when the job lists none).
 * - experienceCoverage: mean over experience requirements of min(1, resume years / required years).
 * - yearsShortShare: years short summed over requirements ÷ years required (0 when none required).
 * - experienceMissingShare: share of experience requirements with no matching role.
 * - experienceAnyGap: 1 when an experience requirement is missing or short.
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
  "namedCoverage",
  "proseCoverage",
  "proseShare",
  "preferredCoverage",
  "experienceCoverage",
  "yearsShortShare",
  "experienceMissingShare",
  "experienceAnyGap",
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
  const namedStated = skills.reduce((sum, result) => sum + result.stated.filter((item) => isNamedSkill(item.label)).length, 0);
  const namedMissing = skills.reduce((sum, result) => sum + result.missing.filter(isNamedSkill).length, 0);
  const proseStated = skills.reduce((sum, result) => sum + result.stated.length, 0) - namedStated;
  const proseMissing = missing - namedMissing;
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
    namedCoverage: namedStated + namedMissing === 0 ? 1 : namedStated / (namedStated + namedMissing),
    proseCoverage: proseStated + proseMissing === 0 ? 1 : proseStated / (proseStated + proseMissing),
    proseShare: namedStated + namedMissing + proseStated + proseMissing === 0 ? 0 : (proseStated + proseMissing) / (namedStated + namedMissing + proseStated + proseMissing),
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
  const words = label.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length > 0 && words.length <= NAMED_SKILL_MAX_WORDS;
}

/** Features as a vector in `MATCH_FEATURE_NAMES` order. */
export function featureVector(features: MatchFeatures): Float32Array {
  return Float32Array.from(MATCH_FEATURE_NAMES.map((name) => features[name]));
}
