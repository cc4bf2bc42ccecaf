import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";
import type { JobPosting } from "./profiles.js";

/** One applicant of the job-views dataset: work history and positions of interest. */
export interface JobViewsApplicant {
  id: string;
  experiences: {
    title: string;
    description: string;
    city: string;
    state: string;
    start: number;
    end: number;
  }[];
  interests: string[];
}

export interface JobView {
  applicantId: string;
  jobId: string;
  /** View start, epoch milliseconds. */
  time: number;
}

export interface JobViewsData {
  applicants: Map<string, JobViewsApplicant>;
  jobs: Map<string, JobPosting>;
  /** First view of each (applicant, job), in file order. */
  views: JobView[];
}

const text = z.string().transform((value) => (value === "NA" ? "" : value.trim()));
const viewRow = z.object({
  "Applicant.ID": z.string().min(1),
  "Job.ID": z.string().min(1),
  Title: text,
  Position: text,
  Company: text,
  City: text,
  "State.Code": text,
  Industry: text,
  "View.Start": z.string(),
});
const experienceRow = z.object({
  "Applicant.ID": z.string().min(1),
  "Position.Name": text,
  City: text,
  "State.Code": text,
  "Start.Date": text,
  "End.Date": text,
  "Job.Description": text,
});
const interestRow = z.object({ "Applicant.ID": z.string().min(1), "Position.Of.Interest": text });

function readCsv<Row>(folder: string, name: string, schema: z.ZodType<Row>): Row[] {
  const path = join(folder, name);
  if (!existsSync(path))
    throw new SkillgraphError("FILE_NOT_FOUND", `${path} not found (job-views needs ${name})`);
  let records: unknown[];
  try {
    records = parse(readFileSync(path), {
      columns: true,
      skip_empty_lines: true,
      relax_quotes: true,
      bom: true,
    });
  } catch (cause) {
    throw new SkillgraphError("BAD_CSV", `${path}: not a readable CSV`, { cause });
  }
  return records.map((record, index) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      throw new SkillgraphError(
        "BAD_DATASET_ROW",
        `${name} row ${index + 2}: ${parsed.error.issues[0]?.message}`,
      );
    }
    return parsed.data;
  });
}

function parseTime(value: string): number {
  const time = Date.parse(value.replace(" UTC", "Z").replace(" ", "T"));
  return Number.isFinite(time) ? time : Number.NaN;
}

/** Load Job_Views.csv, Experience.csv and Positions_Of_Interest.csv from a folder (validated). */
export function loadJobViews(folder: string): JobViewsData {
  const jobs = new Map<string, JobPosting>();
  const views: JobView[] = [];
  const seen = new Set<string>();
  for (const row of readCsv(folder, "Job_Views.csv", viewRow)) {
    const jobId = row["Job.ID"];
    if (!jobs.has(jobId)) {
      jobs.set(jobId, {
        id: jobId,
        title: row.Position || row.Title.replace(/ @ .*$/, ""),
        description: "",
        skills: [],
        ...(row.Company ? { company: row.Company } : {}),
        ...(row.City ? { city: row.City } : {}),
        ...(row["State.Code"] ? { state: row["State.Code"] } : {}),
        ...(row.Industry ? { industry: row.Industry } : {}),
      });
    }
    const key = `${row["Applicant.ID"]}\u0000${jobId}`;
    const time = parseTime(row["View.Start"]);
    if (seen.has(key) || Number.isNaN(time)) continue;
    seen.add(key);
    views.push({ applicantId: row["Applicant.ID"], jobId, time });
  }
  const applicants = new Map<string, JobViewsApplicant>();
  const applicant = (id: string) => {
    let found = applicants.get(id);
    if (!found) {
      found = { id, experiences: [], interests: [] };
      applicants.set(id, found);
    }
    return found;
  };
  for (const row of readCsv(folder, "Experience.csv", experienceRow)) {
    applicant(row["Applicant.ID"]).experiences.push({
      title: row["Position.Name"],
      description: row["Job.Description"],
      city: row.City,
      state: row["State.Code"],
      start: parseTime(row["Start.Date"]),
      end: parseTime(row["End.Date"]),
    });
  }
  for (const row of readCsv(folder, "Positions_Of_Interest.csv", interestRow)) {
    if (row["Position.Of.Interest"])
      applicant(row["Applicant.ID"]).interests.push(row["Position.Of.Interest"]);
  }
  return { applicants, jobs, views };
}

/** Time of the latest view: "now" for closing open-ended roles (reproducible, unlike the clock). */
export function latestViewTime(data: JobViewsData): number {
  let latest = 0;
  for (const view of data.views) if (view.time > latest) latest = view.time;
  return latest;
}
