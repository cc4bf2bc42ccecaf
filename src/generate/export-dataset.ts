import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";
import { type RjdbRow, rjdbRowSchema } from "../datasets/rjdb-row.js";
import type { ChatMessage } from "../llm/language-model.js";

export const EXPORT_TASKS = ["match", "explain", "extract", "edit"] as const;
export type ExportTask = (typeof EXPORT_TASKS)[number];
export type ExportFormat = "sft" | "preference";

/** One SFT example: OpenAI fine-tuning / Hugging Face TRL conversational format. */
export interface SftExample {
  messages: ChatMessage[];
}

/** One preference pair: TRL's conversational preference format (reward models, DPO). */
export interface PreferenceExample {
  prompt: ChatMessage[];
  chosen: ChatMessage[];
  rejected: ChatMessage[];
}

const SYSTEM =
  "You are an HR assistant that compares resumes with job descriptions. Use only facts in the documents.";

const explanationField = z
  .object({ missingSkills: z.array(z.string()), experienceGap: z.string(), explanation: z.string() })
  .optional();

const chat = (user: string, assistant: string): SftExample => ({
  messages: [
    { role: "system", content: SYSTEM },
    { role: "user", content: user },
    { role: "assistant", content: assistant },
  ],
});

const pair = (row: RjdbRow, resume: string) =>
  `Job description:\n${row["Job-Description"].trim()}\n\nResume:\n${resume.trim()}`;

/** The explanation target: the teacher's when the row has one, else built from Filtered-information. */
export function explanationTarget(row: RjdbRow): string {
  const teacher = explanationField.safeParse((row as Record<string, unknown>).Explanation);
  const filtered = row["Filtered-information"];
  const skills = filtered.Skills.length > 0 ? filtered.Skills.join("; ") : "none";
  const experience =
    filtered.Experience === "the same job experience as before" || filtered.Experience === ""
      ? "none"
      : filtered.Experience;
  const lines = [`Missing skills: ${skills}`, `Experience gap: ${experience}`];
  if (teacher.success && teacher.data) lines.push(teacher.data.explanation.trim());
  return lines.join("\n");
}

/** SFT examples for the chosen tasks from one RJDB-format row. */
export function sftExamples(row: RjdbRow, tasks: readonly ExportTask[] = EXPORT_TASKS): SftExample[] {
  const examples: SftExample[] = [];
  for (const task of tasks) {
    if (task === "match") {
      const question = "\n\nDoes the resume match the job description? Answer yes or no.";
      examples.push(chat(pair(row, row["Resume-matched"]) + question, "yes"));
      examples.push(chat(pair(row, row["Resume-unmatched"]) + question, "no"));
    } else if (task === "explain") {
      const question = "\n\nWhich required skills and experience does the resume lack?";
      examples.push(chat(pair(row, row["Resume-unmatched"]) + question, explanationTarget(row)));
    } else if (task === "extract") {
      const years = row["Experiences-years"][2];
      const target = {
        skills: row.Skills,
        experiences: row.Experiences.map((title, index) => ({ title, years: years[index] ?? null })),
      };
      const question = `Resume:\n${row["Resume-matched"].trim()}\n\nExtract the skills and the work experiences (title, years) as JSON.`;
      examples.push(chat(question, JSON.stringify(target)));
    } else {
      const question = "\n\nEdit the resume so that it fits the job description.";
      examples.push(chat(pair(row, row["Resume-unmatched"]) + question, row["Resume-matched"].trim()));
    }
  }
  return examples;
}

/** The preference pair of a row: for the JD, the matched resume is chosen over the unmatched one. */
export function preferenceExample(row: RjdbRow): PreferenceExample {
  return {
    prompt: [
      { role: "system", content: SYSTEM },
      {
        role: "user",
        content: `Job description:\n${row["Job-Description"].trim()}\n\nWrite the resume of the candidate who best fits this job.`,
      },
    ],
    chosen: [{ role: "assistant", content: row["Resume-matched"].trim() }],
    rejected: [{ role: "assistant", content: row["Resume-unmatched"].trim() }],
  };
}

/** Validate rows and turn them into export lines. */
export function exportRows(
  values: unknown[],
  format: ExportFormat,
  tasks: readonly ExportTask[] = EXPORT_TASKS,
): { lines: (SftExample | PreferenceExample)[]; rows: number } {
  const rows = values.map((value, position) => {
    const parsed = rjdbRowSchema.safeParse(value);
    if (!parsed.success) {
      throw new SkillgraphError(
        "BAD_DATASET_ROW",
        `row ${position + 1}: ${parsed.error.issues[0]?.message ?? "invalid row"}`,
      );
    }
    return parsed.data;
  });
  const lines =
    format === "sft" ? rows.flatMap((row) => sftExamples(row, tasks)) : rows.map(preferenceExample);
  return { lines, rows: rows.length };
}
