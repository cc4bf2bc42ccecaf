import { z } from "zod";
import { rjdbRowSchema } from "../datasets/rjdb-row.js";
import { generationContextSchema, roleSpan, spanTitle } from "./generation-context.js";
import type { ContextReduction } from "./reduce-context.js";
import { explanationSchema } from "./teacher-schemas.js";
import type { TeacherDocuments, TeacherSpend } from "./teacher-steps.js";

const usageSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
});

export const teacherRecordSchema = z.object({
  provider: z.string(),
  modelId: z.string(),
  promptHash: z.string(),
  calls: z.number().int().nonnegative(),
  attempts: z.number().int().nonnegative(),
  usage: usageSchema,
});
export type TeacherRecord = z.infer<typeof teacherRecordSchema>;

/** An accepted row: RJDB's schema exactly, plus id, stream index, context, explanation and teacher metadata. */
export const generatedRowSchema = rjdbRowSchema.extend({
  id: z.string(),
  index: z.number().int().nonnegative(),
  context: generationContextSchema.extend({
    experienceChange: z.enum(["shortened", "dropped", "kept"]),
  }),
  Explanation: explanationSchema,
  teacher: teacherRecordSchema,
});
export type GeneratedRow = z.infer<typeof generatedRowSchema>;

/** A rejected attempt: why, and what it cost. */
export const rejectedRowSchema = z
  .object({
    id: z.string(),
    index: z.number().int().nonnegative(),
    reason: z.string(),
    detail: z.string(),
    teacher: teacherRecordSchema,
  })
  .passthrough();
export type RejectedRow = z.infer<typeof rejectedRowSchema>;

export interface TeacherIdentity {
  provider: string;
  modelId: string;
  promptHash: string;
}

export function teacherRecord(identity: TeacherIdentity, spend: TeacherSpend): TeacherRecord {
  return { ...identity, calls: spend.calls, attempts: spend.attempts, usage: { ...spend.usage } };
}

/** Assemble the RJDB row from the context, its reduction and the teacher's documents. */
export function buildGeneratedRow(input: {
  id: string;
  index: number;
  context: z.infer<typeof generationContextSchema>;
  reduction: ContextReduction;
  documents: TeacherDocuments;
  teacher: TeacherRecord;
}): GeneratedRow {
  const { context, reduction, documents } = input;
  const roles = context.experiences;
  return {
    "Job-Description": documents.jobDescription,
    "Resume-matched": documents.matchedResume,
    "Resume-unmatched": documents.unmatchedResume,
    Skills: context.skills.map((skill) => skill.label),
    Experiences: roles.map((role) => role.title),
    "Experiences-years": [
      [roles.map((role) => `${role.years} years as a ${spanTitle(role.title)}`), roles.map(roleSpan)],
      Math.max(...roles.map((role) => role.endYear)),
      roles.map((role) => role.years),
    ],
    "Filtered-information": { Skills: reduction.removedSkills, Experience: reduction.filteredExperience },
    id: input.id,
    index: input.index,
    context: { ...context, experienceChange: reduction.experienceChange },
    Explanation: documents.explanation,
    teacher: input.teacher,
  };
}
