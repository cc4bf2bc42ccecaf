import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";
import { createFakeLanguageModel } from "./fake-language-model.js";
import { generateObject, jsonSchemaFor, parseJsonReply } from "./generate-object.js";

const schema = z.object({ name: z.string().max(20), years: z.number().int() });

describe("generateObject", () => {
  it("sends the zod schema as a json_schema response format", async () => {
    const model = createFakeLanguageModel({ responses: ['{"name":"Ann","years":3}'] });
    const result = await generateObject(model, {
      schema,
      schemaName: "person",
      messages: [{ role: "user", content: "x" }],
    });
    expect(result.object).toEqual({ name: "Ann", years: 3 });
    expect(model.calls[0]?.responseFormat).toEqual({
      type: "json_schema",
      name: "person",
      schema: jsonSchemaFor(schema),
    });
    expect(jsonSchemaFor(schema)).toMatchObject({
      type: "object",
      required: ["name", "years"],
      additionalProperties: false,
    });
    expect(jsonSchemaFor(schema)).not.toHaveProperty("$schema");
  });

  it("accepts a fenced reply and sums usage over re-asks", async () => {
    const model = createFakeLanguageModel({
      responses: [
        { text: '{"name": "Ann", "years": "three"}', usage: { inputTokens: 10, outputTokens: 5 } },
        { text: '```json\n{"name": "Ann", "years": 3}\n```', usage: { inputTokens: 20, outputTokens: 6 } },
      ],
    });
    const result = await generateObject(model, { schema, messages: [{ role: "user", content: "x" }] });
    expect(result).toMatchObject({ attempts: 2, usage: { inputTokens: 30, outputTokens: 11 } });
    expect(model.calls[1]?.messages.at(-1)?.content).toContain("years");
  });

  it("propagates transport errors untouched", async () => {
    const failure = new SkillgraphError("LLM_ERROR", "HTTP 503", { details: { retryable: true } });
    const model = createFakeLanguageModel({ responses: [failure] });
    await expect(generateObject(model, { schema, messages: [{ role: "user", content: "x" }] })).rejects.toBe(
      failure,
    );
  });

  it("classifies bad replies", () => {
    expect(parseJsonReply("", schema)).toMatchObject({ success: false, problem: "the reply was empty" });
    expect(parseJsonReply("{oops", schema)).toMatchObject({
      success: false,
      problem: "the reply is not valid JSON",
    });
    expect(parseJsonReply("Sure!", schema)).toMatchObject({
      success: false,
      problem: "the reply is prose, not a JSON object",
    });
  });
});
