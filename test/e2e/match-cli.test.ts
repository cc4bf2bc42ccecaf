import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_ARGS } from "../support/cli-command.js";
import { PROJECT_ROOT } from "../support/shared-data.js";

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const folder = mkdtempSync(join(tmpdir(), "skillgraph-match-cli-"));

function runCli(args: string[]): Promise<CliResult> {
  const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    // An empty home: no graph, so the run is the matcher alone.
    env: { ...process.env, SKILLGRAPH_HOME: join(folder, "home") },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

function write(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const JOB = write(
  "job.md",
  "## Job title\nBaker\n\n## Required Skills\n- Bread baking\n- Food safety\n- Cake decorating\n\n## Required Experience\n- At least 4 years as a Baker.\n",
);
const STRONG = write(
  "strong.md",
  "Name: Rosa Diaz\nEmail: rosa@example.com\n\n## Skills\n- Bread baking\n- Food safety\n\n## Experience\n- Baker (2016 - 2022)\n  Decorated cakes for weddings.\n",
);
const WEAK = write("weak.md", "## Skills\n- Bread baking\n\n## Experience\n- Baker (2020 - 2022)\n");

describe("skillgraph match / rank / edit / train matcher / eval rjdb-match (CLI)", () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("match prints a JSON report with verdicts, evidence and a score", async () => {
    const result = await runCli(["match", WEAK, JOB, "--json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.missingSkills).toEqual(["Food safety", "Cake decorating"]);
    expect(report.experienceGap.hasGap).toBe(true);
    expect(report.requirements[0]).toMatchObject({ verdict: "met", evidence: [{ quote: "Bread baking" }] });
  });

  it("match prints readable text, and --blind hides personal data", async () => {
    const result = await runCli(["match", STRONG, JOB, "--blind"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Score: \d+% — (match|no-match)/);
    expect(result.stdout).toContain("[met]");
    expect(result.stdout).not.toContain("rosa@example.com");
  });

  it("rank orders candidates for a job", async () => {
    const result = await runCli(["rank", "--job", JOB, WEAK, STRONG, "--json"]);
    expect(result.code).toBe(0);
    const ranked = JSON.parse(result.stdout);
    expect(ranked.map((entry: { id: string }) => entry.id)).toEqual([STRONG, WEAK]);
    const table = await runCli(["rank", "--job", JOB, WEAK, STRONG]);
    expect(table.stdout.split("\n")[0]).toMatch(/^rank\s+score\s+decision/);
  });

  it("edit proposes a diff that cites the resume and lists gaps", async () => {
    const out = join(folder, "edited.md");
    const result = await runCli(["edit", STRONG, JOB, "--json", "--out", out]);
    expect(result.code).toBe(0);
    const proposal = JSON.parse(result.stdout);
    expect(proposal.edits.map((edit: { after: string }) => edit.after)).toContain("Cake decorating");
    expect(proposal.verification.supported).toBe(true);
    expect(readFileSync(out, "utf8")).toContain("- Cake decorating");
  });

  it("bad input: an empty resume is exit 2 with one line on stderr", async () => {
    const result = await runCli(["match", write("empty.md", "   \n"), JOB]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    const usage = await runCli(["rank", WEAK]);
    expect(usage.code).toBe(2);
  });

  it("train matcher and eval rjdb-match follow the eval contract", async () => {
    const row = (matched: string, unmatched: string) =>
      JSON.stringify({
        "Job-Description": readFileSync(JOB, "utf8"),
        "Resume-matched": matched,
        "Resume-unmatched": unmatched,
        Skills: ["Bread baking", "Food safety", "Cake decorating"],
        Experiences: ["Baker"],
        "Experiences-years": [[["4 years as a Baker"], ["Baker (2016 - 2022)"]], 2022, [4]],
        "Filtered-information": { Skills: ["Food safety"], Experience: "the same job experience as before" },
      });
    const strong = readFileSync(STRONG, "utf8");
    const data = write(
      "rjdb.jsonl",
      `${[1, 2, 3, 4].map(() => row(strong, readFileSync(WEAK, "utf8"))).join("\n")}\n`,
    );
    const model = join(folder, "matcher.json");
    const trained = await runCli(["train", "matcher", "--data", data, "--out", model, "--folds", "2"]);
    expect(trained.code).toBe(0);
    const file = JSON.parse(readFileSync(model, "utf8"));
    expect(file.data).toMatchObject({ source: "rjdb.jsonl", rows: 4 });
    expect(file.metrics.cv_auc).toBeGreaterThan(0);
    const evaluated = await runCli(["eval", "rjdb-match", "--data", data, "--model", model, "--json"]);
    expect(evaluated.code).toBe(0);
    const result = JSON.parse(evaluated.stdout);
    expect(result).toMatchObject({ task: "rjdb-match", n: 4 });
    expect(Object.keys(result.metrics).sort()).toEqual(
      [
        "accuracy",
        "auc",
        "experience_gap_accuracy",
        "log_loss",
        "missing_skill_precision",
        "missing_skill_recall",
        "pairs_per_second",
        "pairwise_accuracy",
      ].sort(),
    );
  });
});
