import { z } from "zod";

/**
 * What the teacher returns at each step (sent as JSON schemas). Bounds keep replies finite, which
 * also lets a llama.cpp grammar terminate.
 */
const line = (max: number) => z.string().max(max);

export const jobDescriptionSchema = z.object({
  title: line(120),
  summary: line(900),
  requiredSkills: z.array(z.object({ skill: line(100), description: line(300) })).max(30),
  requiredExperience: z.array(line(240)).max(12),
  responsibilities: z.array(line(240)).max(8),
});
export type TeacherJobDescription = z.infer<typeof jobDescriptionSchema>;

export const resumeSchema = z.object({
  name: line(80),
  email: line(120),
  education: line(240),
  summary: line(900),
  skills: z.array(line(100)).max(30),
  experience: z
    .array(
      z.object({
        title: line(200),
        startYear: z.number().int().min(1950).max(2100),
        endYear: z.number().int().min(1950).max(2100),
      }),
    )
    .max(12),
});
export type TeacherResume = z.infer<typeof resumeSchema>;

export const explanationSchema = z.object({
  missingSkills: z.array(line(100)).max(10),
  experienceGap: line(400),
  explanation: line(1200),
});
export type TeacherExplanation = z.infer<typeof explanationSchema>;
