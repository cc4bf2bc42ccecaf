import { z } from "zod";

/** What recommenders know about a person: the CV reduced to titles, skills, years and place. */
export interface CvProfile {
  /** Job titles held and positions of interest, most recent first. */
  titles: string[];
  /** Skill names mentioned (may be empty). */
  skills: string[];
  /** Free text (duties, summary); never logged. */
  text: string;
  /** Total years of work experience (0 when unknown). */
  years: number;
  /** Location, e.g. state code and city, when known. */
  state?: string;
  city?: string;
}

/** A job posting as recommenders see it. */
export const jobPostingSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().default(""),
  skills: z.array(z.string()).default([]),
  company: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  industry: z.string().optional(),
});
export type JobPosting = z.infer<typeof jobPostingSchema>;

export type Seniority = "entry" | "junior" | "mid" | "senior" | "lead";

/** The generated job that would suit a person (GIRL's generated JD), in structured form. */
export const idealJobSchema = z.object({
  title: z.string().min(1),
  seniority: z.enum(["entry", "junior", "mid", "senior", "lead"]),
  essentialSkills: z.array(z.string()),
  optionalSkills: z.array(z.string()),
  summary: z.string(),
});
export type IdealJob = z.infer<typeof idealJobSchema> & {
  /** Which generator made it, e.g. `graph`, `llm`, `neighbours`. */
  source: string;
  /** Graph occupation ids it was composed from, when any. */
  occupationIds?: string[];
};

/** Seniority from years of experience (0–1 entry, 1–3 junior, 3–7 mid, 7–12 senior, 12+ lead). */
export function seniorityFromYears(years: number): Seniority {
  if (years < 1) return "entry";
  if (years < 3) return "junior";
  if (years < 7) return "mid";
  if (years < 12) return "senior";
  return "lead";
}

/** The ideal job as one text, for similarity features. */
export function idealJobText(job: IdealJob): string {
  return [job.title, job.essentialSkills.join(", "), job.optionalSkills.join(", "), job.summary].join(". ");
}

/** The CV as one text, for similarity features. */
export function profileText(profile: CvProfile): string {
  return [profile.titles.join(". "), profile.skills.join(", "), profile.text].join(". ");
}

/** A job posting as one text. */
export function jobText(job: JobPosting): string {
  return [job.title, job.skills.join(", "), job.industry ?? "", job.description].join(". ");
}
