import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";

/** One role of the sampled experience timeline. */
export const contextExperienceSchema = z.object({
  title: z.string().min(1),
  startYear: z.number().int(),
  endYear: z.number().int(),
  years: z.number().int().nonnegative(),
});
export type ContextExperience = z.infer<typeof contextExperienceSchema>;

/** The graph context the teacher writes from: an occupation, its skills and a timeline (latest first). */
export const generationContextSchema = z.object({
  occupation: z.object({ id: z.string(), label: z.string().min(1) }),
  skills: z.array(z.object({ id: z.string(), label: z.string().min(1) })).min(1),
  experiences: z.array(contextExperienceSchema).min(1),
});
export type GenerationContext = z.infer<typeof generationContextSchema>;

/** Produces the context at a position of the deterministic stream; undefined when the stream ends. */
export type ContextAt = (index: number) => GenerationContext | undefined;

const labelled = z.union([
  z.string(),
  z
    .object({
      id: z.string().optional(),
      label: z.string().optional(),
      preferredLabel: z.string().optional(),
      name: z.string().optional(),
    })
    .passthrough(),
]);

const looseContextSchema = z
  .object({
    occupation: labelled,
    skills: z.array(labelled),
    experiences: z.array(
      z
        .object({
          title: z.string(),
          startYear: z.number(),
          endYear: z.number(),
          years: z.number().optional(),
        })
        .passthrough(),
    ),
  })
  .passthrough();

/**
 * Normalize a sampled context (from the graph's context sampler or a contexts file) into a
 * GenerationContext: labels from `label`/`preferredLabel`/`name`, roles sorted latest first.
 */
export function toGenerationContext(value: unknown): GenerationContext {
  const parsed = looseContextSchema.safeParse(value);
  if (!parsed.success) {
    throw new SkillgraphError(
      "BAD_INPUT",
      `not a generation context: ${parsed.error.issues[0]?.message ?? "invalid"}`,
    );
  }
  const node = (item: z.infer<typeof labelled>): { id: string; label: string } => {
    if (typeof item === "string") return { id: item, label: item };
    const label = item.label ?? item.preferredLabel ?? item.name ?? item.id ?? "";
    return { id: item.id ?? label, label };
  };
  const experiences = parsed.data.experiences
    .map((role) => ({
      title: role.title.trim(),
      startYear: Math.round(role.startYear),
      endYear: Math.round(role.endYear),
      years: Math.round(role.years ?? role.endYear - role.startYear),
    }))
    .sort((left, right) => right.endYear - left.endYear || right.startYear - left.startYear);
  return generationContextSchema.parse({
    occupation: node(parsed.data.occupation),
    skills: parsed.data.skills.map(node).filter((skill) => skill.label.trim() !== ""),
    experiences,
  });
}

/** RJDB writes a role's title inside spans with commas turned into " -". */
export function spanTitle(title: string): string {
  return title.replace(/\s*,\s*/g, " - ");
}

/** `Title (start - end)`, as in RJDB's `Experiences-years` spans and resumes. */
export function roleSpan(role: Pick<ContextExperience, "title" | "startYear" | "endYear">): string {
  return `${spanTitle(role.title)} (${role.startYear} - ${role.endYear})`;
}
