import { readFileSync } from "node:fs";
import { SkillgraphError } from "../core/errors.js";
import { rjdbRowSchema } from "../datasets/rjdb-row.js";
import { type ContextAt, type GenerationContext, toGenerationContext } from "./generation-context.js";

/** Turn an RJDB row's sampled facts (Skills, Experiences, Experiences-years) into a context. */
export function contextFromRjdbRow(value: unknown): GenerationContext {
  const row = rjdbRowSchema.parse(value);
  const spans = row["Experiences-years"][0][1];
  const years = row["Experiences-years"][2];
  const experiences = row.Experiences.map((title, index) => {
    const range = /\((\d{4})\s*-\s*(\d{4})\)\s*$/.exec(spans[index] ?? "");
    const end = Number(range?.[2] ?? row["Experiences-years"][1]);
    const span = years[index] ?? 1;
    return { title, startYear: Number(range?.[1] ?? end - span), endYear: end, years: span };
  });
  const occupation = row.Experiences[0] ?? "Unknown occupation";
  return toGenerationContext({
    occupation: { id: occupation, label: occupation },
    skills: row.Skills,
    experiences,
  });
}

/**
 * A context stream from a JSONL file: each line is a context (`{occupation, skills, experiences}`)
 * or an RJDB row whose sampled facts are reused. Position i is line i; the stream ends with the file.
 */
export function readContextsFile(path: string): ContextAt {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new SkillgraphError("FILE_NOT_FOUND", `${path}: cannot read the contexts file`, { cause });
  }
  const contexts = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, position) => {
      try {
        const value: unknown = JSON.parse(line);
        const isRjdb = typeof value === "object" && value !== null && "Skills" in value;
        return isRjdb ? contextFromRjdbRow(value) : toGenerationContext(value);
      } catch (cause) {
        throw new SkillgraphError("BAD_DATASET_ROW", `${path}:${position + 1}: not a context or RJDB row`, {
          cause,
        });
      }
    });
  return (index) => contexts[index];
}
