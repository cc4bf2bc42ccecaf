import { SkillgraphError } from "../core/errors.js";
import type { ContextExperience, GenerationContext } from "./generation-context.js";
import { roleSpan } from "./generation-context.js";

export type ExperienceChangeKind = "shortened" | "dropped" | "kept";

/** What the unmatched resume loses relative to the matched one. */
export interface ContextReduction {
  removedSkills: string[];
  keptSkills: string[];
  experienceChange: ExperienceChangeKind;
  /** The latest role before and after (absent after when dropped). */
  latestBefore: ContextExperience;
  latestAfter?: ContextExperience;
  /** Roles of the unmatched resume, latest first. */
  reducedExperiences: ContextExperience[];
  /** RJDB's `Filtered-information.Experience` wording. */
  filteredExperience: string;
}

export interface ReductionOptions {
  /** Probability of shortening the latest role; default 0.54 (RJDB). */
  shortenProbability?: number;
  /** Probability of dropping it; default 0.34 (RJDB); the rest (≈0.12) keeps it. */
  dropProbability?: number;
}

/**
 * Build the reduced context for the unmatched resume: remove 1–3 skills (never all) and shorten,
 * drop or keep the latest role in about RJDB's proportions. A role too short to shorten is
 * dropped; the only role is never dropped (shortened if possible, else kept).
 */
export function reduceContext(
  context: GenerationContext,
  random: () => number,
  options: ReductionOptions = {},
): ContextReduction {
  const skills = context.skills.map((skill) => skill.label);
  if (skills.length < 2) {
    throw new SkillgraphError("BAD_INPUT", "a context needs at least two skills to remove some but not all");
  }
  const removeCount = Math.min(1 + Math.floor(random() * 3), skills.length - 1);
  const order = skills.map((_, index) => index);
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
  }
  const removedIndexes = new Set(order.slice(0, removeCount));
  const removedSkills = skills.filter((_, index) => removedIndexes.has(index));
  const keptSkills = skills.filter((_, index) => !removedIndexes.has(index));

  const [latest, ...older] = context.experiences;
  if (!latest) throw new SkillgraphError("BAD_INPUT", "a context needs at least one role");
  const canShorten = latest.endYear - latest.startYear >= 2;
  const canDrop = older.length > 0;
  const draw = random();
  const shorten = options.shortenProbability ?? 0.54;
  const drop = options.dropProbability ?? 0.34;
  let wanted: ExperienceChangeKind =
    draw < shorten ? "shortened" : draw < shorten + drop ? "dropped" : "kept";
  if (wanted === "shortened" && !canShorten) wanted = canDrop ? "dropped" : "kept";
  if (wanted === "dropped" && !canDrop) wanted = canShorten ? "shortened" : "kept";

  if (wanted === "kept") {
    return {
      removedSkills,
      keptSkills,
      experienceChange: "kept",
      latestBefore: latest,
      latestAfter: latest,
      reducedExperiences: context.experiences,
      filteredExperience: "the same job experience as before",
    };
  }
  if (wanted === "dropped") {
    return {
      removedSkills,
      keptSkills,
      experienceChange: "dropped",
      latestBefore: latest,
      reducedExperiences: older,
      filteredExperience: `without including "${roleSpan(latest)}"`,
    };
  }
  const span = latest.endYear - latest.startYear;
  const newEnd = latest.startYear + 1 + Math.floor(random() * (span - 1));
  const shortened = { ...latest, endYear: newEnd, years: newEnd - latest.startYear };
  return {
    removedSkills,
    keptSkills,
    experienceChange: "shortened",
    latestBefore: latest,
    latestAfter: shortened,
    reducedExperiences: [shortened, ...older],
    filteredExperience: `instead of "${roleSpan(latest)}" use "${roleSpan(shortened)}"`,
  };
}
