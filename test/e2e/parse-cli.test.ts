import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_ARGS } from "../support/cli-command.js";
import { HAS_SHARED_DATA, PROJECT_ROOT, sharedData } from "../support/shared-data.js";

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], stdin?: string): Promise<CliResult> {
  const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
    cwd: PROJECT_ROOT,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(stdin ?? "");
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

const RESUME =
  "Ann Lee\nann@example.com\n\n## Experience\nData Analyst at Acme Inc (Jan 2019 – Present)\nIntern at Beta (2017 - 2018)\n\n## Skills\nSQL, Python\n";
const JOB =
  "## Job title\nData Analyst\n\n## Required Experience\n- At least 3 years as a Data Analyst\n\n## Nice to have\n- Tableau\n";

describe("skillgraph parse (CLI)", () => {
  const folder = mkdtempSync(join(tmpdir(), "skillgraph-parse-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("parse resume FILE prints JSON with evidence spans", async () => {
    const file = join(folder, "resume.md");
    writeFileSync(file, RESUME);
    const result = await runCli(["parse", "resume", file, "--reference-date", "2024-01-15"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.work.map((entry: { title: string }) => entry.title)).toEqual(["Data Analyst", "Intern"]);
    expect(parsed.work[0].months).toBe(61);
    expect(parsed.basics.email).toMatchObject({ value: "ann@example.com", personal: true });
    expect(parsed.experience.totalMonths).toBe(61 + 12);
    const span = parsed.skills[0].span;
    expect(RESUME.slice(span.start, span.end)).toBe("SQL");
  });

  it("parse resume - reads stdin; --format text prints a summary", async () => {
    const result = await runCli(
      ["parse", "resume", "-", "--format", "text", "--reference-date", "2024-01-15"],
      RESUME,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Data Analyst at Acme Inc (2019-01 – present");
    expect(result.stdout).toContain("Skills: SQL, Python");
  });

  it("parse job prints requirements", async () => {
    const result = await runCli(["parse", "job", "-"], JOB);
    expect(result.code).toBe(0);
    const job = JSON.parse(result.stdout);
    expect(job.title.text).toBe("Data Analyst");
    expect(job.experienceRequirements).toMatchObject([{ years: 3, role: "Data Analyst" }]);
    expect(job.preferredSkills.map((skill: { name: string }) => skill.name)).toEqual(["Tableau"]);
  });

  it("bad input exits 2 with one line on stderr", async () => {
    const missing = await runCli(["parse", "resume", join(folder, "missing.pdf")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const empty = await runCli(["parse", "job", "-"], "   ");
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim().split("\n")).toHaveLength(1);
    const format = await runCli(["parse", "job", "-", "--format", "xml"], JOB);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format");
  });
});

describe("skillgraph eval rjdb-extract / resume-ner (CLI)", () => {
  it("bad --data exits 2", async () => {
    const result = await runCli(["eval", "rjdb-extract", "--data", "/nonexistent.jsonl", "--json"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
  });
  it.skipIf(!HAS_SHARED_DATA)("rjdb-extract prints exactly one JSON object on stdout", async () => {
    const result = await runCli([
      "eval",
      "rjdb-extract",
      "--data",
      sharedData("rjdb/rjdb-dev.jsonl"),
      "--json",
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const output = JSON.parse(lines[0] ?? "");
    expect(output).toMatchObject({ task: "rjdb-extract", n: 388 });
    expect(output.metrics.experience_title_recall).toBeGreaterThanOrEqual(0.9);
  });
  it.skipIf(!HAS_SHARED_DATA)("resume-ner prints F1 per label", async () => {
    const result = await runCli([
      "eval",
      "resume-ner",
      "--data",
      sharedData("resumes/dotin/545_cvs_train_v2.zip"),
      "--json",
    ]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output).toMatchObject({ task: "resume-ner", n: 310 });
    for (const label of ["designation", "companies_worked_at", "years_of_experience", "degree", "skills"]) {
      expect(output.metrics[`f1_${label}`]).toBeTypeOf("number");
    }
  });
});
