import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scriptedTeacherReply } from "../../src/generate/scripted-teacher.js";
import { syntheticContextStream } from "../../src/generate/synthetic-context-stream.js";
import { SkillGraph } from "../../src/graph/skill-graph.js";
import { saveGraphSnapshot } from "../../src/graph/snapshot.js";
import { type OpenAITestServer, startOpenAITestServer } from "../../src/llm/openai-test-server.js";
import { CLI_ARGS } from "../support/cli-command.js";
import { PROJECT_ROOT } from "../support/shared-data.js";

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI in one process (node --import tsx), so SIGKILL hits the process that writes. */
function startCli(
  args: string[],
  environment: Record<string, string> = {},
): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SKILLGRAPH_TEACHER_API_KEY: "", OPENAI_API_KEY: "", ...environment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<CliResult>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

const lines = (path: string) =>
  existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean) : [];

describe("skillgraph generate (CLI, local wire-format teacher)", () => {
  let server: OpenAITestServer;
  let contexts: string;
  beforeAll(async () => {
    server = await startOpenAITestServer({
      delayMs: 60,
      apiKey: "sk-e2e",
      respond: (body) => ({
        content: scriptedTeacherReply(
          body.messages.map((message) => ({ role: message.role as "user", content: message.content })),
        ),
      }),
    });
    const stream = syntheticContextStream();
    contexts = join(mkdtempSync(join(tmpdir(), "sg-e2e-")), "contexts.jsonl");
    writeFileSync(
      contexts,
      Array.from({ length: 40 }, (_, index) => `${JSON.stringify(stream(index))}\n`).join(""),
    );
  });
  afterAll(async () => {
    await server.close();
  });

  const teacherArgs = () => [
    "--teacher-base-url",
    server.baseURL,
    "--teacher-model",
    "teacher",
    "--contexts",
    contexts,
    "--no-progress",
  ];

  it("survives SIGKILL mid-run and resumes without duplicates or torn lines", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "sg-e2e-")), "run");
    const args = [
      "generate",
      "--out",
      out,
      "--count",
      "12",
      "--seed",
      "3",
      "--concurrency",
      "2",
      ...teacherArgs(),
    ];
    const first = startCli(args, { SKILLGRAPH_TEACHER_API_KEY: "sk-e2e" });
    const records = join(out, "records.jsonl");
    const deadline = Date.now() + 60_000;
    while (lines(records).length < 3 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    first.child.kill("SIGKILL");
    const killed = await first.done;
    expect(killed.code).toBeNull();
    const before = lines(records).length;
    expect(before).toBeGreaterThanOrEqual(3);
    expect(before).toBeLessThan(12);
    appendFileSync(records, '{"Job-Description": "half a rec');
    const second = await startCli(args, { SKILLGRAPH_TEACHER_API_KEY: "sk-e2e" }).done;
    expect(second.code, second.stderr).toBe(0);
    const rows = lines(records).map((line) => JSON.parse(line) as { id: string });
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((row) => row.id)).size).toBe(12);
    expect(readFileSync(records, "utf8").endsWith("\n")).toBe(true);
    const run = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    expect(run).toMatchObject({ complete: true, seed: 3, counts: { accepted: 12 } });
    const summary = JSON.parse(second.stdout.trim());
    expect(summary.resumed.accepted).toBe(before);
  }, 240_000);

  it("samples contexts from a graph snapshot with --graph", async () => {
    const root = mkdtempSync(join(tmpdir(), "sg-e2e-"));
    const graph = new SkillGraph();
    const node = { source: "test", altLabels: [], hiddenLabels: [], description: "" };
    graph.addOccupation({ ...node, id: "o1", preferredLabel: "welder" });
    for (const label of ["arc welding", "blueprint reading", "metal cutting", "safety"]) {
      graph.addSkill({ ...node, id: label, preferredLabel: label, type: "skill" });
      graph.addEdge({
        kind: "occupation-skill",
        from: "o1",
        to: label,
        relation: "essential",
        weight: 1,
        source: "test",
      });
    }
    saveGraphSnapshot(graph, join(root, "graph.sgraph"));
    const out = join(root, "run");
    const args = [
      "generate",
      "--out",
      out,
      "--count",
      "2",
      "--seed",
      "5",
      "--graph",
      join(root, "graph.sgraph"),
    ];
    const result = await startCli(
      [...args, "--teacher-base-url", server.baseURL, "--teacher-model", "teacher", "--no-progress"],
      {
        SKILLGRAPH_TEACHER_API_KEY: "sk-e2e",
      },
    ).done;
    expect(result.code, result.stderr).toBe(0);
    const rows = lines(join(out, "records.jsonl")).map((line) => JSON.parse(line) as { Skills: string[] });
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(["arc welding", "blueprint reading", "metal cutting", "safety"]).toEqual(
        expect.arrayContaining(row.Skills),
      );
    expect(JSON.parse(readFileSync(join(out, "run.json"), "utf8")).graph).toBe(join(root, "graph.sgraph"));
  }, 180_000);

  it("stops at once on 401 with a clear message and exit 1", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "sg-e2e-")), "run");
    const result = await startCli(["generate", "--out", out, "--count", "2", ...teacherArgs()], {
      OPENAI_API_KEY: "sk-wrong",
    }).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("LLM_AUTH");
    expect(result.stderr).toContain("SKILLGRAPH_TEACHER_API_KEY");
  }, 180_000);

  it("exits 2 on bad usage and 1 when the attempt budget runs out", async () => {
    const usage = await startCli(["generate", "--out", "x", "--count", "2", "--contexts", contexts]).done;
    expect(usage.code).toBe(2);
    const out = join(mkdtempSync(join(tmpdir(), "sg-e2e-")), "run");
    const tooFew = await startCli(
      ["generate", "--out", out, "--count", "50", "--max-attempts", "2", ...teacherArgs()],
      {
        SKILLGRAPH_TEACHER_API_KEY: "sk-e2e",
      },
    ).done;
    expect(tooFew.code).toBe(1);
    expect(tooFew.stderr).toContain("BUDGET_EXHAUSTED");
    expect(lines(join(out, "records.jsonl"))).toHaveLength(2);
  }, 180_000);

  it("merges shards and exports SFT and preference JSONL", async () => {
    const root = mkdtempSync(join(tmpdir(), "sg-e2e-"));
    for (const shard of ["1/2", "2/2"]) {
      const result = await startCli(
        [
          "generate",
          "--out",
          join(root, shard.replace("/", "of")),
          "--count",
          "2",
          "--shard",
          shard,
          ...teacherArgs(),
        ],
        {
          SKILLGRAPH_TEACHER_API_KEY: "sk-e2e",
        },
      ).done;
      expect(result.code, result.stderr).toBe(0);
    }
    const merged = await startCli([
      "dataset",
      "merge",
      join(root, "all"),
      join(root, "1of2"),
      join(root, "2of2"),
    ]).done;
    expect(JSON.parse(merged.stdout)).toMatchObject({ accepted: 4, duplicatesDropped: 0 });
    const exported = await startCli([
      "dataset",
      "export",
      "--format",
      "sft",
      "--data",
      join(root, "all"),
      "--out",
      join(root, "sft.jsonl"),
    ]).done;
    expect(JSON.parse(exported.stdout)).toMatchObject({ rows: 4, examples: 20 });
    const preference = await startCli([
      "dataset",
      "export",
      "--format",
      "preference",
      "--data",
      join(root, "all", "records.jsonl"),
      "--out",
      join(root, "pref.jsonl"),
    ]).done;
    expect(JSON.parse(preference.stdout)).toMatchObject({ rows: 4, examples: 4 });
    const pair = JSON.parse(lines(join(root, "pref.jsonl"))[0] ?? "{}");
    expect(Object.keys(pair).sort()).toEqual(["chosen", "prompt", "rejected"]);
  }, 240_000);
});
