import { readFileSync } from "node:fs";
import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";

/**
 * One RJDB row (Pezeshkpour et al. 2023, arXiv 2311.06383), validated at the boundary.
 * `Experiences-years` is `[[phrases[], spans[]], endYear, years[]]`.
 */
export const rjdbRowSchema = z
  .object({
    "Job-Description": z.string(),
    "Resume-matched": z.string(),
    "Resume-unmatched": z.string(),
    Skills: z.array(z.string()),
    Experiences: z.array(z.string()),
    "Experiences-years": z.tuple([
      z.tuple([z.array(z.string()), z.array(z.string())]),
      z.number(),
      z.array(z.number()),
    ]),
    "Filtered-information": z
      .object({
        // A few rows give Skills as an object {"Skill": 1}; its keys are the skills.
        Skills: z
          .union([
            z.array(z.string()),
            z.record(z.string(), z.unknown()).transform((value) => Object.keys(value)),
          ])
          .default([]),
        Experience: z.string().default(""),
      })
      .passthrough(),
    id: z.string().optional(),
  })
  .passthrough();

export type RjdbRow = z.infer<typeof rjdbRowSchema>;

/** Parse RJDB JSONL text; a bad row is a BAD_DATASET_ROW error naming the file and line. */
export function parseRjdbJsonl(text: string, fileName = "<input>"): RjdbRow[] {
  const rows: RjdbRow[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]?.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new SkillgraphError("BAD_DATASET_ROW", `${fileName}:${index + 1}: not valid JSON`, { cause });
    }
    const parsed = rjdbRowSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid row";
      throw new SkillgraphError("BAD_DATASET_ROW", `${fileName}:${index + 1}: ${where}`);
    }
    rows.push(parsed.data);
  }
  return rows;
}

/** Read an RJDB JSONL file. */
export function readRjdbJsonl(path: string): RjdbRow[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new SkillgraphError(
      "FILE_NOT_FOUND",
      `${path}: cannot read (${(cause as NodeJS.ErrnoException).code})`,
      {
        cause,
      },
    );
  }
  return parseRjdbJsonl(text, path);
}
