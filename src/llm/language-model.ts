/**
 * The LLM seam (GUIDE §6.2): a small versioned specification that every provider implements.
 * Retries, validation, caching, rate limits and accounting are wrappers around a model
 * (see `with-*.ts`), never flags inside an adapter.
 */

export type ChatRole = "system" | "user" | "assistant";

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** Ask the provider for JSON that follows `schema` (OpenAI `response_format`, a llama.cpp grammar). */
export interface JsonSchemaResponseFormat {
  type: "json_schema";
  /** Schema name (letters, digits, `_` and `-`). */
  name: string;
  schema: Record<string, unknown>;
}

export interface GenerateRequest {
  messages: ChatMessage[];
  /** Upper bound on generated tokens; provider default when absent. */
  maxTokens?: number;
  temperature?: number;
  seed?: number;
  responseFormat?: JsonSchemaResponseFormat;
  signal?: AbortSignal;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export type FinishReason = "stop" | "length" | "content-filter" | "tool-calls" | "error" | "other";

export interface GenerateResult {
  text: string;
  usage: TokenUsage;
  finishReason: FinishReason;
  /** True when the result came from a cache rather than the provider. */
  cached?: boolean;
  /** The provider's raw response, for debugging. */
  raw?: unknown;
}

export interface LanguageModel {
  readonly specificationVersion: "v1";
  /** Provider name, e.g. `openai-compatible`, `llama.cpp`, `fake`. */
  readonly provider: string;
  readonly modelId: string;
  generate(request: GenerateRequest): Promise<GenerateResult>;
  /** Text deltas, in order; concatenated they equal what `generate` would return. */
  stream(request: GenerateRequest): AsyncIterable<string>;
}

export interface EmbedOptions {
  signal?: AbortSignal;
}

export interface EmbedResult {
  embeddings: number[][];
  usage: { inputTokens: number };
}

export interface EmbeddingModel {
  readonly specificationVersion: "v1";
  readonly provider: string;
  readonly modelId: string;
  embed(texts: string[], options?: EmbedOptions): Promise<EmbedResult>;
}

/** Sum two usages. */
export function addUsage(left: TokenUsage, right: TokenUsage): TokenUsage {
  return {
    inputTokens: left.inputTokens + right.inputTokens,
    outputTokens: left.outputTokens + right.outputTokens,
  };
}

export const ZERO_USAGE: TokenUsage = Object.freeze({ inputTokens: 0, outputTokens: 0 });
