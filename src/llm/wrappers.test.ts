import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SkillgraphError } from "../core/errors.js";
import { createManualClock } from "./clock.js";
import { createFakeLanguageModel } from "./fake-language-model.js";
import { withCache } from "./with-cache.js";
import { withConcurrencyLimit } from "./with-concurrency-limit.js";
import { withRateLimit } from "./with-rate-limit.js";
import { withRedaction } from "./with-redaction.js";
import { withRetry } from "./with-retry.js";
import { withUsageAccounting } from "./with-usage-accounting.js";

const ask = (content: string) => ({ messages: [{ role: "user" as const, content }] });
const transient = () =>
  new SkillgraphError("LLM_ERROR", "HTTP 500", { details: { status: 500, retryable: true, kind: "http" } });

describe("withRetry", () => {
  it("retries transient errors with growing, seeded backoff and reports each retry", async () => {
    const clock = createManualClock();
    const retries: number[] = [];
    const base = createFakeLanguageModel({ responses: [transient(), transient(), "done"] });
    const model = withRetry(base, {
      clock,
      seed: 1,
      baseDelayMs: 100,
      onRetry: (event) => retries.push(event.attempt),
    });
    expect((await model.generate(ask("x"))).text).toBe("done");
    expect(retries).toEqual([1, 2]);
    expect(clock.slept[0]).toBeGreaterThanOrEqual(50);
    expect(clock.slept[0]).toBeLessThanOrEqual(100);
    expect(clock.slept[1]).toBeGreaterThanOrEqual(100);
    expect(clock.slept[1]).toBeLessThanOrEqual(200);
  });

  it("does not retry invalid output or auth errors", async () => {
    const clock = createManualClock();
    const auth = new SkillgraphError("LLM_AUTH", "401", { details: { retryable: false } });
    const model = withRetry(createFakeLanguageModel({ responses: [auth, "later"] }), { clock });
    await expect(model.generate(ask("x"))).rejects.toBe(auth);
    expect(clock.slept).toEqual([]);
  });

  it("retries a stream that fails before its first delta", async () => {
    const clock = createManualClock();
    const model = withRetry(createFakeLanguageModel({ responses: [transient(), "a b c"] }), { clock });
    const deltas: string[] = [];
    for await (const delta of model.stream(ask("x"))) deltas.push(delta);
    expect(deltas.join("")).toBe("a b c");
  });
});

describe("withConcurrencyLimit", () => {
  it("never lets more than the limit run at once", async () => {
    let active = 0;
    let peak = 0;
    const base = createFakeLanguageModel({
      respond: async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        active--;
        return "ok";
      },
    });
    const model = withConcurrencyLimit(base, { maxConcurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, (_, index) => model.generate(ask(String(index)))));
    expect(peak).toBe(3);
    expect(base.calls).toHaveLength(12);
  });
});

describe("withRateLimit", () => {
  it("waits for the window when requests per minute are used up", async () => {
    const clock = createManualClock();
    const model = withRateLimit(createFakeLanguageModel(), { requestsPerMinute: 2, clock });
    for (let index = 0; index < 3; index++) await model.generate(ask("x"));
    expect(clock.slept).toEqual([60_000]);
  });

  it("counts reported tokens against tokens per minute", async () => {
    const clock = createManualClock();
    const base = createFakeLanguageModel({
      responses: [{ text: "x", usage: { inputTokens: 80, outputTokens: 20 } }],
    });
    const model = withRateLimit(base, { tokensPerMinute: 150, clock });
    await model.generate(ask("short"));
    await model.generate(ask("short"));
    expect(clock.slept).toEqual([]);
    await model.generate(ask("short"));
    expect(clock.slept).toEqual([60_000]);
  });
});

describe("withCache", () => {
  it("answers a repeated request from disk without calling the model", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-cache-"));
    const base = createFakeLanguageModel({ respond: (_request, index) => `reply ${index}` });
    const first = await withCache(base, { dir }).generate({ ...ask("same"), seed: 1 });
    const again = await withCache(base, { dir }).generate({ ...ask("same"), seed: 1 });
    const other = await withCache(base, { dir }).generate({ ...ask("same"), seed: 2 });
    expect(first.text).toBe("reply 0");
    expect(again).toMatchObject({ text: "reply 0", cached: true });
    expect(other.text).toBe("reply 1");
    expect(base.calls).toHaveLength(2);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  });
});

describe("withUsageAccounting", () => {
  it("sums tokens and prices them, counting cache hits and failures apart", async () => {
    const base = createFakeLanguageModel({
      responses: [
        { text: "a", usage: { inputTokens: 1000, outputTokens: 500 } },
        { text: "b", usage: { inputTokens: 10, outputTokens: 5 }, cached: true },
        transient(),
      ],
    });
    const model = withUsageAccounting(base, { price: { inputPerMillion: 2, outputPerMillion: 8 } });
    await model.generate(ask("x"));
    await model.generate(ask("y"));
    await expect(model.generate(ask("z"))).rejects.toThrow();
    expect(model.usage()).toEqual({
      requests: 2,
      cachedRequests: 1,
      failedRequests: 1,
      inputTokens: 1010,
      outputTokens: 505,
      costUsd: (1000 * 2 + 500 * 8) / 1e6,
    });
  });
});

describe("withRedaction", () => {
  it("removes personal data from outgoing messages", async () => {
    const base = createFakeLanguageModel();
    const model = withRedaction(base);
    await model.generate(ask("Name: Azaria Watson\nEmail: azaria_watson@example.com\nSkills: SQL"));
    const sent = base.calls[0]?.messages[0]?.content ?? "";
    expect(sent).not.toContain("Azaria");
    expect(sent).not.toContain("example.com");
    expect(sent).toContain("Skills: SQL");
  });
});
