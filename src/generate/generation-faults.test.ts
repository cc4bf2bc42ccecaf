import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createManualClock } from "../llm/clock.js";
import { createOpenAICompatible } from "../llm/openai-compatible.js";
import {
  type OpenAITestServer,
  startOpenAITestServer,
  type TestServerReply,
} from "../llm/openai-test-server.js";
import { withRetry } from "../llm/with-retry.js";
import { withUsageAccounting } from "../llm/with-usage-accounting.js";
import { runGeneration } from "./run-generation.js";
import { scriptedTeacherReply } from "./scripted-teacher.js";
import { syntheticContextStream } from "./synthetic-context-stream.js";

/** Every fault the pipeline must survive, injected once each into the first requests. */
const FAULTS: TestServerReply[] = [
  { status: 429, headers: { "retry-after": "2" } },
  { status: 500 },
  { content: '{"title": "unterminated' },
  { content: "Here is the job description you asked for: a great job." },
  { content: '{"title": 42, "summary": null}' },
  { emptyChoices: true },
  { destroy: true },
];

describe("generation against a faulty OpenAI-compatible teacher", () => {
  let server: OpenAITestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("survives 429, 500, invalid JSON, prose, wrong types, empty choices and a dropped connection", async () => {
    server = await startOpenAITestServer({
      respond: (body, index) =>
        FAULTS[index] ??
        ({
          content: scriptedTeacherReply(
            body.messages.map((message) => ({ role: "user" as const, content: message.content })).slice(1),
          ),
        } as TestServerReply),
    });
    const clock = createManualClock();
    let retries = 0;
    const base = createOpenAICompatible({ baseURL: server.baseURL, model: "teacher", apiKey: "sk-test" });
    const teacher = withUsageAccounting(withRetry(base, { clock, onRetry: () => retries++ }));
    const dir = mkdtempSync(join(tmpdir(), "sg-faults-"));
    const summary = await runGeneration({
      teacher,
      contextAt: syntheticContextStream(),
      count: 3,
      outDir: dir,
      concurrency: 1,
      steps: { objectRetries: 4 },
    });
    expect(summary).toMatchObject({ complete: true, accepted: 3, rejected: 0 });
    expect(retries).toBe(3);
    expect(clock.slept[0]).toBe(2000);
    const rows = readFileSync(join(dir, "records.jsonl"), "utf8").trim().split("\n");
    expect(rows).toHaveLength(3);
    const totals = teacher.usage();
    expect(summary.inputTokens).toBe(totals.inputTokens);
    expect(summary.outputTokens).toBe(totals.outputTokens);
  });

  it("rejects a row whose step stays invalid after the bounded retries, with its token spend", async () => {
    server = await startOpenAITestServer({ respond: () => ({ content: "I cannot produce JSON today." }) });
    const base = createOpenAICompatible({ baseURL: server.baseURL, model: "teacher" });
    const teacher = withUsageAccounting(base);
    const dir = mkdtempSync(join(tmpdir(), "sg-faults-"));
    const summary = await runGeneration({
      teacher,
      contextAt: syntheticContextStream(),
      count: 1,
      outDir: dir,
      maxAttempts: 2,
      steps: { objectRetries: 1 },
    });
    expect(summary).toMatchObject({
      complete: false,
      accepted: 0,
      rejected: 2,
      byReason: { "invalid-output": 2 },
    });
    expect(server.requests).toHaveLength(4);
    expect(summary.inputTokens).toBe(teacher.usage().inputTokens);
  });

  it("stops at once on 401 with LLM_AUTH", async () => {
    server = await startOpenAITestServer({ apiKey: "sk-right" });
    const base = createOpenAICompatible({ baseURL: server.baseURL, model: "teacher", apiKey: "sk-wrong" });
    const dir = mkdtempSync(join(tmpdir(), "sg-faults-"));
    const run = runGeneration({
      teacher: withRetry(base, { clock: createManualClock() }),
      contextAt: syntheticContextStream(),
      count: 5,
      outDir: dir,
      concurrency: 1,
    });
    await expect(run).rejects.toMatchObject({ code: "LLM_AUTH" });
    expect(server.requests).toHaveLength(0);
  });
});
