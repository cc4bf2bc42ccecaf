import { afterEach, describe, expect, it } from "vitest";
import { createManualClock } from "./clock.js";
import { generateObject } from "./generate-object.js";
import { contractReply, contractSchema, runLanguageModelContract } from "./language-model.contract.js";
import { createOpenAICompatible } from "./openai-compatible.js";
import { type OpenAITestServer, startOpenAITestServer, type TestServerReply } from "./openai-test-server.js";
import { withRetry } from "./with-retry.js";

runLanguageModelContract("openai-compatible (local wire-format server)", async () => {
  const server = await startOpenAITestServer({
    respond: (body) =>
      ({
        content: contractReply({
          messages: body.messages.map((message) => ({ role: "user", content: message.content })),
          ...(body.response_format?.json_schema
            ? { responseFormat: { type: "json_schema", name: "contract", schema: {} } }
            : {}),
        }),
      }) as TestServerReply,
  });
  return {
    model: createOpenAICompatible({ baseURL: server.baseURL, model: "teacher", apiKey: "sk-test" }),
    cleanup: () => server.close(),
  };
});

describe("createOpenAICompatible faults", () => {
  let server: OpenAITestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const scripted = async (replies: TestServerReply[], apiKey?: string) => {
    server = await startOpenAITestServer({
      respond: (_body, index) => replies[Math.min(index, replies.length - 1)] ?? { content: "" },
      ...(apiKey ? { apiKey } : {}),
    });
    const clock = createManualClock();
    const base = createOpenAICompatible({
      baseURL: server.baseURL,
      model: "teacher",
      apiKey: "sk-test",
      timeoutMs: 2000,
    });
    return { server, clock, base, model: withRetry(base, { clock, maxRetries: 3, baseDelayMs: 100 }) };
  };
  const ask = { messages: [{ role: "user" as const, content: "hello" }] };
  const valid = JSON.stringify({ verdict: "no-match", skills: [] });

  it("sends response_format json_schema and the request options on the wire", async () => {
    const { model, server } = await scripted([{ content: valid }]);
    await generateObject(model, {
      schema: contractSchema,
      schemaName: "verdict",
      messages: ask.messages,
      seed: 5,
      maxTokens: 50,
    });
    const body = server.requests[0];
    expect(body?.response_format?.type).toBe("json_schema");
    expect(body?.response_format?.json_schema?.name).toBe("verdict");
    expect(body?.seed).toBe(5);
    expect(body?.max_tokens).toBe(50);
  });

  it("retries a 429 after exactly the retry-after the server asked for", async () => {
    const { model, clock } = await scripted([
      { status: 429, headers: { "retry-after": "3" } },
      { content: "ok" },
    ]);
    expect((await model.generate(ask)).text).toBe("ok");
    expect(clock.slept).toEqual([3000]);
  });

  it("retries 500s with backoff, then succeeds", async () => {
    const { model, clock, server } = await scripted([{ status: 500 }, { status: 503 }, { content: "ok" }]);
    expect((await model.generate(ask)).text).toBe("ok");
    expect(server.requests).toHaveLength(3);
    expect(clock.slept).toHaveLength(2);
    expect((clock.slept[1] ?? 0) > 0).toBe(true);
  });

  it("gives up after maxRetries with LLM_ERROR carrying the status", async () => {
    const { model, server } = await scripted([{ status: 502 }]);
    await expect(model.generate(ask)).rejects.toMatchObject({ code: "LLM_ERROR", details: { status: 502 } });
    expect(server.requests).toHaveLength(4);
  });

  it("never retries a 401: LLM_AUTH at once", async () => {
    const { model, clock } = await scripted([{ content: "never" }], "sk-other");
    await expect(model.generate(ask)).rejects.toMatchObject({ code: "LLM_AUTH" });
    expect(clock.slept).toEqual([]);
  });

  it("retries a dropped connection (socket destroyed)", async () => {
    const { model, server } = await scripted([{ destroy: true }, { content: "after drop" }]);
    expect((await model.generate(ask)).text).toBe("after drop");
    expect(server.requests).toHaveLength(2);
  });

  it("retries a response body that is not JSON", async () => {
    const { model } = await scripted([{ rawBody: "<html>bad gateway" }, { content: "fine" }]);
    expect((await model.generate(ask)).text).toBe("fine");
  });

  it("treats empty choices as invalid output that generateObject retries", async () => {
    const { model, server } = await scripted([{ emptyChoices: true }, { content: valid }]);
    const result = await generateObject(model, { schema: contractSchema, messages: ask.messages });
    expect(result.object.verdict).toBe("no-match");
    expect(result.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it("feeds back invalid JSON, prose and wrong types until the reply is valid", async () => {
    const { model, server } = await scripted([
      { content: '{"verdict": "match", ' },
      { content: "Sure! The candidate matches." },
      { content: '{"verdict": 3, "skills": "sql"}' },
      { content: valid },
    ]);
    const result = await generateObject(model, {
      schema: contractSchema,
      messages: ask.messages,
      maxRetries: 3,
    });
    expect(result.attempts).toBe(4);
    const feedback = server.requests.slice(1).map((body) => body.messages.at(-1)?.content ?? "");
    expect(feedback[0]).toContain("not valid JSON");
    expect(feedback[1]).toContain("prose");
    expect(feedback[2]).toContain("does not match the schema");
  });

  it("stops after the bounded retries with LLM_INVALID_OUTPUT and summed usage", async () => {
    const { model } = await scripted([{ content: "no json here" }]);
    const failure = generateObject(model, { schema: contractSchema, messages: ask.messages, maxRetries: 1 });
    await expect(failure).rejects.toMatchObject({ code: "LLM_INVALID_OUTPUT", details: { attempts: 2 } });
  });

  it("maps a timeout to LLM_TIMEOUT", async () => {
    server = await startOpenAITestServer({ delayMs: 500 });
    const model = createOpenAICompatible({ baseURL: server.baseURL, model: "teacher", timeoutMs: 50 });
    await expect(model.generate(ask)).rejects.toMatchObject({ code: "LLM_TIMEOUT" });
  });

  it("embeds with encoding_format float", async () => {
    server = await startOpenAITestServer();
    const model = createOpenAICompatible({ baseURL: server.baseURL, model: "embedder" });
    const { embeddings } = await model.embed(["a b", "c"]);
    expect(embeddings).toHaveLength(2);
  });
});
