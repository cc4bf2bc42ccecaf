import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SkillgraphError } from "../core/errors.js";
import { parseRjdbJsonl } from "../datasets/rjdb-row.js";
import { createFakeLanguageModel } from "../llm/fake-language-model.js";
import { generatedRowSchema } from "./generated-row.js";
import { runGeneration } from "./run-generation.js";
import { scriptedTeacherReply } from "./scripted-teacher.js";
import { syntheticContextStream } from "./synthetic-context-stream.js";

const outDir = () => mkdtempSync(join(tmpdir(), "sg-gen-"));
const readLines = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const teacher = () =>
  createFakeLanguageModel({ respond: (request) => scriptedTeacherReply(request.messages) });

describe("runGeneration", () => {
  it("writes N gated rows in RJDB's schema plus run.json with exact token totals", async () => {
    const dir = outDir();
    const model = teacher();
    const summary = await runGeneration({
      teacher: model,
      contextAt: syntheticContextStream(),
      count: 6,
      outDir: dir,
      seed: 5,
    });
    expect(summary.complete).toBe(true);
    expect(summary.accepted).toBe(6);
    const text = readFileSync(join(dir, "records.jsonl"), "utf8");
    const rows = parseRjdbJsonl(text).map((row) => generatedRowSchema.parse(row));
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.Skills.length).toBeGreaterThan(row["Filtered-information"].Skills.length);
      expect(row["Filtered-information"].Experience).toMatch(
        /^(instead of ".*" use ".*"|without including ".*"|the same job experience as before)$/,
      );
      for (const skill of row["Filtered-information"].Skills)
        expect(row["Resume-unmatched"]).not.toContain(`. ${skill}\n`);
      expect(row.teacher.calls).toBe(4);
    }
    const run = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
    const fromCalls = model.calls.length;
    expect(fromCalls).toBe(summary.attempts * 4);
    expect(run.tokens.inputTokens).toBe(rows.reduce((sum, row) => sum + row.teacher.usage.inputTokens, 0));
    expect(run).toMatchObject({ seed: 5, shard: "1/1", counts: { accepted: 6 }, complete: true });
    expect(run.diversity.rows).toBe(6);
    expect(run.promptHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("is deterministic per seed: same ids and texts on a rerun into a new folder", async () => {
    const first = outDir();
    const second = outDir();
    await runGeneration({
      teacher: teacher(),
      contextAt: syntheticContextStream(),
      count: 4,
      outDir: first,
      seed: 9,
      concurrency: 1,
    });
    await runGeneration({
      teacher: teacher(),
      contextAt: syntheticContextStream(),
      count: 4,
      outDir: second,
      seed: 9,
      concurrency: 1,
    });
    expect(readFileSync(join(second, "records.jsonl"), "utf8")).toBe(
      readFileSync(join(first, "records.jsonl"), "utf8"),
    );
  });

  it("rejects rows whose unmatched resume keeps a removed skill, with the reason", async () => {
    const dir = outDir();
    const leaky = createFakeLanguageModel({
      respond: (request) => {
        const reply = scriptedTeacherReply(request.messages);
        const prompt = request.messages[1]?.content ?? "";
        if (!prompt.startsWith("Step: unmatched-resume")) return reply;
        const removed =
          /Remove these skills everywhere, including the summary:\n- (.*)/.exec(prompt)?.[1] ?? "";
        const parsed = JSON.parse(reply) as { skills: string[] };
        return JSON.stringify({ ...parsed, skills: [...parsed.skills, removed] });
      },
    });
    const summary = await runGeneration({
      teacher: leaky,
      contextAt: syntheticContextStream(),
      count: 2,
      outDir: dir,
      maxAttempts: 3,
    });
    expect(summary.complete).toBe(false);
    expect(summary.accepted).toBe(0);
    const rejected = readLines(join(dir, "rejected.jsonl"));
    expect(rejected.map((row) => row.reason)).toEqual([
      "unmatched-kept-removed-skill",
      "unmatched-kept-removed-skill",
      "unmatched-kept-removed-skill",
    ]);
  });

  it("resumes after a crash: drops a torn line, skips done indexes, never duplicates", async () => {
    const dir = outDir();
    await runGeneration({
      teacher: teacher(),
      contextAt: syntheticContextStream(),
      count: 3,
      outDir: dir,
      seed: 1,
    });
    appendFileSync(join(dir, "records.jsonl"), '{"Job-Description": "torn');
    const model = teacher();
    const summary = await runGeneration({
      teacher: model,
      contextAt: syntheticContextStream(),
      count: 5,
      outDir: dir,
      seed: 1,
    });
    expect(summary.resumed).toMatchObject({ accepted: 3, droppedBytes: 25 });
    expect(model.calls.length).toBe(2 * 4);
    const ids = readLines(join(dir, "records.jsonl")).map((row) => row.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });

  it("refuses to resume a folder of another seed", async () => {
    const dir = outDir();
    await runGeneration({
      teacher: teacher(),
      contextAt: syntheticContextStream(),
      count: 1,
      outDir: dir,
      seed: 1,
    });
    await expect(
      runGeneration({
        teacher: teacher(),
        contextAt: syntheticContextStream(),
        count: 1,
        outDir: dir,
        seed: 2,
      }),
    ).rejects.toMatchObject({
      code: "BAD_USAGE",
    });
  });

  it("stops at once on LLM_AUTH and still writes run.json", async () => {
    const dir = outDir();
    const denied = createFakeLanguageModel({ responses: [new SkillgraphError("LLM_AUTH", "HTTP 401")] });
    await expect(
      runGeneration({
        teacher: denied,
        contextAt: syntheticContextStream(),
        count: 5,
        outDir: dir,
        concurrency: 2,
      }),
    ).rejects.toMatchObject({
      code: "LLM_AUTH",
    });
    expect(denied.calls.length).toBeLessThanOrEqual(2);
    expect(readFileSync(join(dir, "rejected.jsonl"), "utf8")).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "run.json"), "utf8")).complete).toBe(false);
  });

  it("does not record rows cut short when another row hits LLM_AUTH", async () => {
    const dir = outDir();
    const model = createFakeLanguageModel({
      respond: async (request, callIndex) => {
        if (callIndex === 0) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          return new SkillgraphError("LLM_AUTH", "HTTP 401");
        }
        await new Promise((resolve) => setTimeout(resolve, 60));
        return scriptedTeacherReply(request.messages);
      },
    });
    const run = runGeneration({
      teacher: model,
      contextAt: syntheticContextStream(),
      count: 3,
      outDir: dir,
      concurrency: 2,
    });
    await expect(run).rejects.toMatchObject({ code: "LLM_AUTH" });
    expect(readFileSync(join(dir, "rejected.jsonl"), "utf8")).toBe("");
    expect(readFileSync(join(dir, "records.jsonl"), "utf8")).toBe("");
  });

  it("filters near-duplicates", async () => {
    const dir = outDir();
    const same = syntheticContextStream();
    const summary = await runGeneration({
      teacher: teacher(),
      contextAt: () => same(0),
      count: 2,
      outDir: dir,
      maxAttempts: 4,
      concurrency: 1,
    });
    expect(summary.accepted).toBe(1);
    expect(summary.byReason["near-duplicate"]).toBe(3);
  });

  it("applies a pluggable matcher gate", async () => {
    const dir = outDir();
    const summary = await runGeneration({
      teacher: teacher(),
      contextAt: syntheticContextStream(),
      count: 1,
      outDir: dir,
      maxAttempts: 2,
      scorePair: () => 0.5,
    });
    expect(summary.byReason["matcher-disagrees"]).toBe(2);
  });

  it("splits the stream into disjoint shards", async () => {
    const dirs = [outDir(), outDir()];
    for (const [position, dir] of dirs.entries()) {
      await runGeneration({
        teacher: teacher(),
        contextAt: syntheticContextStream(),
        count: 3,
        outDir: dir,
        shard: { index: position + 1, count: 2 },
      });
    }
    const [first, second] = dirs.map((dir) =>
      readLines(join(dir, "records.jsonl")).map((row) => row.index as number),
    );
    expect(first?.every((index) => index % 2 === 0)).toBe(true);
    expect(second?.every((index) => index % 2 === 1)).toBe(true);
  });

  it("ends when the context stream ends", async () => {
    const dir = outDir();
    writeFileSync(join(dir, "placeholder"), "");
    const summary = await runGeneration({
      teacher: teacher(),
      contextAt: syntheticContextStream({ length: 2 }),
      count: 5,
      outDir: dir,
    });
    expect(summary).toMatchObject({ accepted: 2, complete: false });
  });
});
