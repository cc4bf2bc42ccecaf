import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveGraphSnapshot } from "../../src/graph/snapshot.js";
import { loadModel } from "../../src/learn/model-file.js";
import { startOpenAITestServer } from "../../src/llm/openai-test-server.js";
import { tinyGraph } from "../../src/recommend/test-fixtures/tiny-graph.js";
import { CLI_ARGS } from "../support/cli-command.js";
import { PROJECT_ROOT } from "../support/shared-data.js";

const FIXTURE = join(PROJECT_ROOT, "src/recommend/test-fixtures/job-views");
const RESUME = `Jane Doe
Line Cook

EXPERIENCE
Line Cook, Harbor Grill
Jan 2018 - Present
Prepared food for 200 covers a night.

Kitchen Helper, Blue Cafe
Mar 2015 - Dec 2017

SKILLS
food hygiene, knife skills, prepare food
`;
const JOBS = [
  { id: "acc", title: "Staff Accountant", skills: ["keep ledgers"], description: "Close the books." },
  {
    id: "cook",
    title: "Cook",
    skills: ["prepare food", "food hygiene"],
    description: "Cook in a busy kitchen.",
  },
  { title: "Warehouse Associate", description: "Pick and pack orders." },
];

let folder: string;
let graphPath: string;
let resumePath: string;
let jobsPath: string;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [...CLI_ARGS, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SKILLGRAPH_HOME: folder },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run the CLI without blocking the event loop (an in-process test server must answer it). */
function cliAsync(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SKILLGRAPH_HOME: folder, SKILLGRAPH_LLM_API_KEY: "" },
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

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "recommend-cli-"));
  graphPath = join(folder, "tiny.sgraph");
  saveGraphSnapshot(tinyGraph(), graphPath);
  resumePath = join(folder, "resume.txt");
  writeFileSync(resumePath, RESUME);
  jobsPath = join(folder, "jobs.jsonl");
  writeFileSync(jobsPath, `${JOBS.map((job) => JSON.stringify(job)).join("\n")}\n`);
});

describe("skillgraph recommend", () => {
  it("ranks the fitting job first with reasons and generates the ideal job from the graph", () => {
    const result = cli(
      "recommend",
      resumePath,
      "--jobs",
      jobsPath,
      "--generate",
      "--json",
      "--graph",
      graphPath,
    );
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.idealJob.title).toBe("Senior cook");
    expect(output.idealJob.essentialSkills).toEqual(["prepare food"]);
    expect(output.jobs.map((job: { id: string }) => job.id)).toEqual(["cook", "acc", "3"]);
    expect(output.jobs[0].reasons.join(" ")).toContain("Line Cook");
    expect(result.stderr).not.toContain("Harbor Grill");
  });

  it("generates the ideal job through an OpenAI-compatible LLM with --llm-base-url", async () => {
    const ideal = {
      title: "Sous Chef",
      seniority: "senior",
      essentialSkills: ["prepare food"],
      optionalSkills: [],
      summary: "Run a line.",
    };
    const server = await startOpenAITestServer({ respond: () => ({ content: JSON.stringify(ideal) }) });
    try {
      const result = await cliAsync(
        "recommend",
        resumePath,
        "--jobs",
        jobsPath,
        "--generate",
        "--json",
        "--llm-base-url",
        server.baseURL,
        "--llm-model",
        "test",
      );
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).idealJob.title).toBe("Sous Chef");
      expect(server.requests[0]?.response_format?.type).toBe("json_schema");
      expect(server.requests[0]?.messages[1]?.content).toContain("Line Cook");
    } finally {
      await server.close();
    }
  });

  it("prints a readable list without --json", () => {
    const result = cli("recommend", resumePath, "--jobs", jobsPath, "--top", "1");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1\. Cook \[cook\] score /);
    expect(result.stdout).not.toContain("Accountant");
  });

  it("rejects a bad jobs file with exit 2 and one line", () => {
    const badJobs = join(folder, "bad.jsonl");
    writeFileSync(badJobs, '{"id": "x"}\n');
    const result = cli("recommend", resumePath, "--jobs", badJobs);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("skillgraph eval job-views and train reward|recommender", () => {
  it("prints one JSON object with GIRL's metrics, reproducibly", () => {
    const first = cli("eval", "job-views", "--data", FIXTURE, "--graph", graphPath, "--json");
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result.task).toBe("job-views");
    expect(result.n).toBeGreaterThan(0);
    for (const name of [
      "auc_base_mlp",
      "auc_enhanced_mlp",
      "auc_base_dot",
      "auc_enhanced_dot",
      "logloss_base_mlp",
      "logloss_enhanced_mlp",
      "logloss_base_dot",
      "logloss_enhanced_dot",
      "auc_base",
      "auc_enhanced",
      "auc_enhanced_cold",
    ]) {
      expect(typeof result.metrics[name]).toBe("number");
      if (name.startsWith("auc")) expect(result.metrics[name]).toBeGreaterThanOrEqual(0);
      if (name.startsWith("auc")) expect(result.metrics[name]).toBeLessThanOrEqual(1);
    }
    expect(result.metrics.auc_base).toBe(Math.max(result.metrics.auc_base_mlp, result.metrics.auc_base_dot));
    const second = cli("eval", "job-views", "--data", FIXTURE, "--graph", graphPath, "--json");
    expect(second.stdout).toBe(first.stdout);
  });

  it("exits 2 with one line when the data folder is missing", () => {
    const result = cli("eval", "job-views", "--data", join(folder, "nowhere"), "--json");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("trains a reward model that recommend can load", () => {
    const rewardPath = join(folder, "reward.json");
    const trained = cli("train", "reward", "--data", FIXTURE, "--out", rewardPath);
    expect(trained.code).toBe(0);
    expect(loadModel(rewardPath).name).toBe("reward");
    expect(JSON.parse(trained.stdout).pairs).toBeGreaterThan(0);
    const withReward = cli("recommend", resumePath, "--jobs", jobsPath, "--model", rewardPath, "--json");
    expect(withReward.code).toBe(0);
    expect(JSON.parse(withReward.stdout).jobs).toHaveLength(3);
  });

  it("trains a generation-enhanced recommender that recommend can load", () => {
    const recommenderPath = join(folder, "recommender.json");
    const pairsPath = join(folder, "pairs.jsonl");
    const recommender = cli(
      "train",
      "recommender",
      "--data",
      FIXTURE,
      "--graph",
      graphPath,
      "--out",
      recommenderPath,
      "--pairs-out",
      pairsPath,
    );
    expect(recommender.code).toBe(0);
    expect(existsSync(recommenderPath)).toBe(true);
    const pairs = readFileSync(pairsPath, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs[0].chosen_objective).toBeGreaterThanOrEqual(pairs[0].rejected_objective);
    expect(JSON.parse(pairs[0].chosen).title).not.toBe(JSON.parse(pairs[0].rejected).title);
    expect(loadModel(recommenderPath).metrics.auc_train).toBeGreaterThan(0.5);
    const withRecommender = cli(
      "recommend",
      resumePath,
      "--jobs",
      jobsPath,
      "--model",
      recommenderPath,
      "--generate",
      "--graph",
      graphPath,
      "--json",
    );
    expect(withRecommender.code).toBe(0);
    expect(JSON.parse(withRecommender.stdout).jobs).toHaveLength(3);
  });
});
