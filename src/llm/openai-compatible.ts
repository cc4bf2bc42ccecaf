import OpenAI from "openai";
import { isSkillgraphError, SkillgraphError } from "../core/errors.js";
import type {
  EmbeddingModel,
  EmbedOptions,
  EmbedResult,
  FinishReason,
  GenerateRequest,
  GenerateResult,
  LanguageModel,
} from "./language-model.js";
import { invalidOutputError, llmErrorForStatus, parseRetryAfter } from "./llm-error.js";

export interface OpenAICompatibleOptions {
  /** Base URL of any OpenAI-compatible server, e.g. `http://localhost:8000/v1`. */
  baseURL: string;
  /** API key; local servers (vLLM, Ollama, llama.cpp) need none. Read from the environment only at the CLI. */
  apiKey?: string;
  /** Chat model name. */
  model: string;
  /** Embedding model name; default `model`. */
  embeddingModel?: string;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Per-request timeout; default 120000 ms. */
  timeoutMs?: number;
  /** fetch implementation; default the global one. */
  fetch?: typeof fetch;
}

export type OpenAICompatibleModel = LanguageModel & EmbeddingModel;

/**
 * A LanguageModel and EmbeddingModel for any OpenAI-compatible server (OpenAI, vLLM, Ollama,
 * llama.cpp server, NVIDIA NIM, LM Studio) via the `openai` package. The client's own retries are
 * off: wrap with `withRetry`.
 */
export function createOpenAICompatible(options: OpenAICompatibleOptions): OpenAICompatibleModel {
  const client = new OpenAI({
    baseURL: options.baseURL,
    // The package would read OPENAI_API_KEY itself; the library never touches the environment.
    apiKey: options.apiKey ?? "not-needed",
    defaultHeaders: options.headers ?? {},
    timeout: options.timeoutMs ?? 120_000,
    maxRetries: 0,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const model = options.model;

  const generate = async (request: GenerateRequest): Promise<GenerateResult> => {
    const completion = await call(() =>
      client.chat.completions.create(chatBody(model, request), signalOption(request.signal)),
    );
    const choice = completion.choices?.[0];
    if (!choice) throw invalidOutputError("the model server returned no choices", { kind: "empty-choices" });
    const text = choice.message?.content ?? "";
    return {
      text,
      usage: {
        inputTokens: completion.usage?.prompt_tokens ?? 0,
        outputTokens: completion.usage?.completion_tokens ?? 0,
      },
      finishReason: finishReasonOf(choice.finish_reason),
      raw: completion,
    };
  };

  async function* stream(request: GenerateRequest): AsyncIterable<string> {
    const chunks = await call(() =>
      client.chat.completions.create(
        { ...chatBody(model, request), stream: true },
        signalOption(request.signal),
      ),
    );
    try {
      for await (const chunk of chunks) {
        const delta = chunk.choices?.[0]?.delta?.content;
        if (delta) yield delta;
      }
    } catch (error) {
      throw toLlmError(error);
    }
  }

  const embed = async (texts: string[], embedOptions: EmbedOptions = {}): Promise<EmbedResult> => {
    const response = await call(() =>
      client.embeddings.create(
        { model: options.embeddingModel ?? model, input: texts, encoding_format: "float" },
        signalOption(embedOptions.signal),
      ),
    );
    const data = [...(response.data ?? [])].sort((left, right) => left.index - right.index);
    if (data.length !== texts.length) {
      throw invalidOutputError(`expected ${texts.length} embeddings, got ${data.length}`);
    }
    return {
      embeddings: data.map((item) => item.embedding),
      usage: { inputTokens: response.usage?.prompt_tokens ?? 0 },
    };
  };

  return {
    specificationVersion: "v1",
    provider: "openai-compatible",
    modelId: model,
    generate,
    stream,
    embed,
  };
}

function chatBody(model: string, request: GenerateRequest) {
  return {
    model,
    messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
    ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.seed === undefined ? {} : { seed: request.seed }),
    ...(request.responseFormat
      ? {
          response_format: {
            type: "json_schema" as const,
            json_schema: {
              name: request.responseFormat.name,
              schema: request.responseFormat.schema,
              strict: true,
            },
          },
        }
      : {}),
  };
}

function signalOption(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {};
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toLlmError(error);
  }
}

/** Map the `openai` package's errors onto SkillgraphError codes with retry hints. */
export function toLlmError(error: unknown): SkillgraphError {
  if (isSkillgraphError(error)) return error;
  if (error instanceof OpenAI.APIUserAbortError) {
    return new SkillgraphError("LLM_ERROR", "request aborted", {
      details: { retryable: false, kind: "aborted", aborted: true },
      cause: error,
    });
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new SkillgraphError("LLM_TIMEOUT", "the model server did not answer in time", {
      details: { retryable: true, kind: "timeout" },
      cause: error,
    });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new SkillgraphError("LLM_ERROR", `connection to the model server failed: ${error.message}`, {
      details: { retryable: true, kind: "connection" },
      cause: error,
    });
  }
  if (error instanceof OpenAI.APIError && typeof error.status === "number") {
    const headers = error.headers;
    const retryAfterMs = headers ? parseRetryAfter((name) => headers.get(name)) : undefined;
    return llmErrorForStatus(error.status, error.message, {
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  // A body that is not JSON, a stream cut mid-way: the server misbehaved; another try may work.
  return new SkillgraphError("LLM_ERROR", `bad response from the model server: ${message}`, {
    details: { retryable: true, kind: "bad-response" },
    cause: error,
  });
}

function finishReasonOf(reason: string | null | undefined): FinishReason {
  switch (reason) {
    case "stop":
      return "stop";
    case "length":
      return "length";
    case "content_filter":
      return "content-filter";
    case "tool_calls":
    case "function_call":
      return "tool-calls";
    default:
      return "other";
  }
}
