import { z } from "zod";

/** How one job requirement fares against the resume. */
export const verdictSchema = z.enum(["met", "partial", "missing", "unknown"]);
export type Verdict = z.infer<typeof verdictSchema>;

export const requirementKindSchema = z.enum(["required-skill", "preferred-skill", "experience", "education"]);
export type RequirementKind = z.infer<typeof requirementKindSchema>;

/** A quoted span of the resume that supports a verdict. */
export const evidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const requirementResultSchema = z.object({
  kind: requirementKindSchema,
  /** The requirement as written in the job description. */
  text: z.string(),
  /** Where the requirement is in the job description (when known). */
  jobSpan: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  verdict: verdictSchema,
  reason: z.string(),
  evidence: z.array(evidenceSchema),
  /** For partial credit through the graph: the resume's skill that was relied on. */
  relatedSkill: z.object({ id: z.string(), label: z.string(), relation: z.string() }).optional(),
  /** Experience requirements: years asked and years found. */
  requiredYears: z.number().optional(),
  resumeYears: z.number().optional(),
});
export type RequirementResult = z.infer<typeof requirementResultSchema>;

export const experienceGapSchema = z.object({
  /** True when an experience requirement is missing or short; null when nothing could be compared. */
  hasGap: z.boolean().nullable(),
  /** Total years short across experience requirements. */
  yearsShort: z.number().nonnegative(),
  roles: z.array(
    z.object({
      role: z.string(),
      requiredYears: z.number().nullable(),
      resumeYears: z.number().nullable(),
      verdict: verdictSchema,
    }),
  ),
});
export type ExperienceGap = z.infer<typeof experienceGapSchema>;

/** The full answer to "does this resume fit this job, and why". */
export const matchReportSchema = z.object({
  /** Calibrated probability that a recruiter would call it a match; null when the job states no requirements. */
  score: z.number().min(0).max(1).nullable(),
  decision: z.enum(["match", "no-match", "unknown"]),
  /** The model's decision threshold: score ≥ threshold means "match". */
  threshold: z.number(),
  jobTitle: z.string(),
  requirements: z.array(requirementResultSchema),
  /** Skills the job asks for that the resume does not state (from missing requirements and unstated items of partly met lists). */
  missingSkills: z.array(z.string()),
  /** Skills credited only partially (related skill or some of the words). */
  partialSkills: z.array(z.string()),
  experienceGap: experienceGapSchema,
  /** The interpretable features fed to the score model. */
  features: z.record(z.string(), z.number()),
  explanation: z.string(),
  /** Notes on the input, e.g. "the job description states no requirements". */
  notes: z.array(z.string()),
});
export type MatchReport = z.infer<typeof matchReportSchema>;
