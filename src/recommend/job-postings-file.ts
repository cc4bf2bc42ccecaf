import { readFileSync } from "node:fs";
import { SkillgraphError } from "../core/errors.js";
import { type JobPosting, jobPostingSchema } from "./profiles.js";

/** Read jobs from JSON Lines (one posting per line: title required; id defaults to the line number). */
export function readJobPostings(path: string): JobPosting[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new SkillgraphError("FILE_NOT_FOUND", `cannot read jobs file ${path}`, { cause });
  }
  const jobs: JobPosting[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new SkillgraphError("BAD_INPUT", `${path} line ${index + 1} is not JSON`, { cause });
    }
    const withId =
      typeof value === "object" && value !== null && !("id" in value)
        ? { ...value, id: `${index + 1}` }
        : value;
    const parsed = jobPostingSchema.safeParse(withId);
    if (!parsed.success) {
      throw new SkillgraphError(
        "BAD_DATASET_ROW",
        `${path} line ${index + 1}: ${parsed.error.issues[0]?.message}`,
      );
    }
    jobs.push({ ...parsed.data, id: String(parsed.data.id) });
  });
  if (jobs.length === 0) throw new SkillgraphError("BAD_INPUT", `${path} holds no jobs`);
  return jobs;
}
