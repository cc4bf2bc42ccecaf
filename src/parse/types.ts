import { z } from "zod";

/**
 * Evidence: character offsets into the parsed text (`text.slice(start, end)` is the quoted source).
 * Every extracted fact carries one, so reports can quote and highlight it.
 */
export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof spanSchema>;

/** A calendar point with month precision when the text gives one (month is 1–12). */
export const yearMonthSchema = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
});
export type YearMonth = z.infer<typeof yearMonthSchema>;

/** A date range found in text; `end` is "present" for "Present", "to date", "current", … */
export const dateRangeSchema = z.object({
  start: yearMonthSchema,
  end: z.union([yearMonthSchema, z.literal("present")]),
  span: spanSchema,
});
export type DateRange = z.infer<typeof dateRangeSchema>;

/** Canonical section names; `other` for a recognised heading of another kind. */
export const sectionNameSchema = z.enum([
  "contact",
  "summary",
  "experience",
  "education",
  "skills",
  "projects",
  "certifications",
  "languages",
  "awards",
  "interests",
  "references",
  "title",
  "required_skills",
  "preferred_skills",
  "required_experience",
  "responsibilities",
  "requirements",
  "benefits",
  "other",
]);
export type SectionName = z.infer<typeof sectionNameSchema>;

/** A section: the heading line spans [start, bodyStart); the body runs to `end`. */
export const sectionSchema = z.object({
  name: sectionNameSchema,
  heading: z.string(),
  start: z.number().int(),
  bodyStart: z.number().int(),
  end: z.number().int(),
});
export type Section = z.infer<typeof sectionSchema>;

/** A contact field; always personal data. `value` equals `text.slice(span.start, span.end)`. */
export const personalFieldSchema = z.object({
  value: z.string(),
  span: spanSchema,
  personal: z.literal(true),
});
export type PersonalField = z.infer<typeof personalFieldSchema>;

export const basicsSchema = z.object({
  name: personalFieldSchema.optional(),
  email: personalFieldSchema.optional(),
  phone: personalFieldSchema.optional(),
  url: personalFieldSchema.optional(),
  location: personalFieldSchema.optional(),
  /** The headline title under the name (JSON Resume `basics.label`); not personal. */
  label: z.object({ value: z.string(), span: spanSchema }).optional(),
});
export type ResumeBasics = z.infer<typeof basicsSchema>;

/** One work entry. Strings (`title`, `employer`, `location`) equal the text at their spans. */
export const workEntrySchema = z.object({
  title: z.string(),
  titleSpan: spanSchema,
  employer: z.string().optional(),
  employerSpan: spanSchema.optional(),
  location: z.string().optional(),
  locationSpan: spanSchema.optional(),
  start: yearMonthSchema.optional(),
  end: z.union([yearMonthSchema, z.literal("present")]).optional(),
  /** Duration in months (see `monthsBetween` for the counting rule). */
  months: z.number().int().nonnegative(),
  /** The whole entry header (title line through the dates). */
  span: spanSchema,
  dateSpan: spanSchema,
});
export type WorkEntry = z.infer<typeof workEntrySchema>;

export const educationEntrySchema = z.object({
  degree: z.string().optional(),
  degreeSpan: spanSchema.optional(),
  field: z.string().optional(),
  fieldSpan: spanSchema.optional(),
  institution: z.string().optional(),
  institutionSpan: spanSchema.optional(),
  year: z.number().int().optional(),
  yearSpan: spanSchema.optional(),
  span: spanSchema,
});
export type EducationEntry = z.infer<typeof educationEntrySchema>;

/** A raw skill item (not linked to the graph); `name` equals the text at `span`. */
export const skillItemSchema = z.object({ name: z.string(), span: spanSchema, section: sectionNameSchema });
export type SkillItem = z.infer<typeof skillItemSchema>;

/** A stated amount of experience ("4 years of experience"), not tied to a role. */
export const experienceClaimSchema = z.object({ years: z.number().nonnegative(), span: spanSchema });
export type ExperienceClaim = z.infer<typeof experienceClaimSchema>;

export const experienceSummarySchema = z.object({
  /** Months covered by at least one role (overlapping roles merged, never double counted). */
  totalMonths: z.number().int().nonnegative(),
  /** Months per title (case-insensitive), overlaps within a title merged. */
  byTitle: z.array(z.object({ title: z.string(), months: z.number().int().nonnegative() })),
});
export type ExperienceSummary = z.infer<typeof experienceSummarySchema>;

/** A parsed resume, compatible with the JSON Resume schema's basics / work / education / skills. */
export const parsedResumeSchema = z.object({
  basics: basicsSchema,
  work: z.array(workEntrySchema),
  education: z.array(educationEntrySchema),
  skills: z.array(skillItemSchema),
  sections: z.array(sectionSchema),
  experience: experienceSummarySchema,
  experienceClaims: z.array(experienceClaimSchema),
});
export type ParsedResume = z.infer<typeof parsedResumeSchema>;

/** A text fragment with its evidence span; `text` equals the slice. */
export const spannedTextSchema = z.object({ text: z.string(), span: spanSchema });
export type SpannedText = z.infer<typeof spannedTextSchema>;

/** "at least 5 years as X" → {role: X, years: 5}; "3+ years of Python" → {skill: "Python", years: 3}. */
export const experienceRequirementSchema = z.object({
  role: z.string().optional(),
  skill: z.string().optional(),
  years: z.number().nonnegative(),
  /** The whole requirement sentence. */
  span: spanSchema,
  /** The role or skill words. */
  subjectSpan: spanSchema.optional(),
});
export type ExperienceRequirement = z.infer<typeof experienceRequirementSchema>;

export const educationRequirementSchema = z.object({
  text: z.string(),
  degree: z.string().optional(),
  field: z.string().optional(),
  span: spanSchema,
});
export type EducationRequirement = z.infer<typeof educationRequirementSchema>;

export const parsedJobSchema = z.object({
  title: spannedTextSchema.optional(),
  summary: spannedTextSchema.optional(),
  requiredSkills: z.array(skillItemSchema),
  preferredSkills: z.array(skillItemSchema),
  experienceRequirements: z.array(experienceRequirementSchema),
  educationRequirements: z.array(educationRequirementSchema),
  responsibilities: z.array(spannedTextSchema),
  sections: z.array(sectionSchema),
});
export type ParsedJob = z.infer<typeof parsedJobSchema>;

/** Options of `parseResume`. */
export interface ParseResumeOptions {
  /** "Present" / "to date" resolve to this date. Default: now. */
  referenceDate?: Date;
}
