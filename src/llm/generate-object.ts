import { z } from "zod";
import { isSkillgraphError, SkillgraphError } from "../core/errors.js";
import {
  addUsage,
  type ChatMessage,
  type GenerateRequest,
  type LanguageModel,
  type TokenUsage,
  ZERO_USAGE,
} from "./language-model.js";

export interface GenerateObjectOptions<Schema extends z.ZodType> {
  schema: Schema;
  messages: ChatMessage[];
  /** Name sent with the JSON schema; default `result`. */
  schemaName?: string;
  /** Extra attempts after an invalid reply, each told what was wrong; default 2. */
  maxRetries?: number;
  maxTokens?: number;
  temperature?: number;
  seed?: number;
  signal?: AbortSignal;
}

export interface GenerateObjectResult<Value> {
  object: Value;
  /** Usage summed over every attempt. */
  usage: TokenUsage;
  /** Attempts made (1 when the first reply was valid). */
  attempts: number;
  text: string;
}

/** JSON schema for a zod schema, as sent in `response_format` (no `$schema` key). */
export function jsonSchemaFor(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: "draft-7" }) as Record<
    string,
    unknown
  >;
  return rest;
}

/**
 * Ask for JSON that follows a zod schema: the schema is sent as `response_format` json_schema (a
 * grammar for llama.cpp), the reply is parsed and validated, and an invalid reply (prose, bad
 * JSON, wrong types, empty choices) is retried up to `maxRetries` times with the error fed back.
 * Transport errors (HTTP, auth) propagate: wrap the model with `withRetry` for those.
 */
export async function generateObject<Schema extends z.ZodType>(
  model: LanguageModel,
  options: GenerateObjectOptions<Schema>,
): Promise<GenerateObjectResult<z.infer<Schema>>> {
  const maxRetries = options.maxRetries ?? 2;
  const schemaName = options.schemaName ?? "result";
  const responseFormat = {
    type: "json_schema" as const,
    name: schemaName,
    schema: jsonSchemaFor(options.schema),
  };
  const messages = [...options.messages];
  let usage = ZERO_USAGE;
  let lastProblem = "";
  let lastText = "";
  for (let attempt = 1; attempt <= maxRetries + 1; attempt++) {
    const request: GenerateRequest = {
      messages,
      responseFormat,
      ...(options.maxTokens === undefined ? {} : { maxTokens: options.maxTokens }),
      ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.signal ? { signal: options.signal } : {}),
    };
    let text: string;
    try {
      const result = await model.generate(request);
      usage = addUsage(usage, result.usage);
      text = result.text;
    } catch (error) {
      if (isSkillgraphError(error) && error.code === "LLM_INVALID_OUTPUT") {
        lastProblem = error.message;
        const errorUsage = error.details.usage as TokenUsage | undefined;
        if (errorUsage) usage = addUsage(usage, errorUsage);
        continue;
      }
      throw error;
    }
    lastText = text;
    const parsed = parseJsonReply(text, options.schema);
    if (parsed.success) return { object: parsed.value, usage, attempts: attempt, text };
    lastProblem = parsed.problem;
    messages.push(
      { role: "assistant", content: text },
      {
        role: "user",
        content: `Your reply was not valid: ${parsed.problem}. Reply again with only a JSON object that follows the schema "${schemaName}".`,
      },
    );
  }
  throw new SkillgraphError(
    "LLM_INVALID_OUTPUT",
    `the model gave no valid "${schemaName}" object after ${maxRetries + 1} attempts: ${lastProblem}`,
    {
      details: {
        retryable: false,
        kind: "invalid-output",
        usage,
        attempts: maxRetries + 1,
        textLength: lastText.length,
      },
    },
  );
}

type ParseOutcome<Value> = { success: true; value: Value } | { success: false; problem: string };

/** Parse a reply as JSON (tolerating a ```json fence) and validate it. */
export function parseJsonReply<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
): ParseOutcome<z.infer<Schema>> {
  const trimmed = text.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/.exec(trimmed);
  const candidate = fenced?.[1] ?? trimmed;
  if (candidate === "") return { success: false, problem: "the reply was empty" };
  let value: unknown;
  try {
    value = JSON.parse(candidate);
  } catch {
    return {
      success: false,
      problem: candidate.startsWith("{")
        ? "the reply is not valid JSON"
        : "the reply is prose, not a JSON object",
    };
  }
  const checked = schema.safeParse(value);
  if (checked.success) return { success: true, value: checked.data };
  const issues = checked.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
  return { success: false, problem: `the JSON does not match the schema (${issues})` };
}
