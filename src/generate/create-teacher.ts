import { SkillgraphError } from "../core/errors.js";
import type { LanguageModel } from "../llm/language-model.js";
import { createLlamaCpp } from "../llm/llama-cpp.js";
import { createOpenAICompatible } from "../llm/openai-compatible.js";
import { withCache } from "../llm/with-cache.js";
import { withConcurrencyLimit } from "../llm/with-concurrency-limit.js";
import { withRateLimit } from "../llm/with-rate-limit.js";
import { withRetry } from "../llm/with-retry.js";
import {
  type AccountedLanguageModel,
  type TokenPrice,
  withUsageAccounting,
} from "../llm/with-usage-accounting.js";

export interface TeacherOptions {
  /** OpenAI-compatible server (OpenAI, vLLM, Ollama, llama.cpp server, NIM, LM Studio) … */
  baseURL?: string;
  model?: string;
  apiKey?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** … or a GGUF file run in-process (threads ≤ 2). */
  gguf?: string;
  threads?: number;
  contextSize?: number;
  /** Requests in flight at once; default 4. */
  concurrency?: number;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  /** Content-addressed reply cache folder for reproducible reruns. */
  cacheDir?: string;
  /** Transport retries (429/5xx/timeouts/dropped connections); default 4. */
  maxRetries?: number;
  seed?: number;
  price?: TokenPrice;
  onRetry?: () => void;
  fetch?: typeof fetch;
}

export interface Teacher {
  model: AccountedLanguageModel;
  /** Where the teacher runs, for run.json (never the key). */
  info: Record<string, unknown>;
  dispose(): Promise<void>;
}

/**
 * Build the teacher with the standard wrappers, outermost first: usage accounting → concurrency
 * limit → cache → retry → rate limit → provider. The CLI reads keys from the environment and passes them in.
 */
export function createTeacher(options: TeacherOptions): Teacher {
  let base: LanguageModel;
  let dispose = async (): Promise<void> => {};
  let info: Record<string, unknown>;
  if (options.gguf) {
    const llama = createLlamaCpp({
      modelPath: options.gguf,
      threads: options.threads ?? 2,
      ...(options.contextSize === undefined ? {} : { contextSize: options.contextSize }),
      seed: options.seed ?? 0,
    });
    base = llama;
    dispose = () => llama.dispose();
    info = { gguf: options.gguf, threads: Math.min(options.threads ?? 2, 2) };
  } else if (options.baseURL && options.model) {
    base = createOpenAICompatible({
      baseURL: options.baseURL,
      model: options.model,
      ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    info = { baseURL: options.baseURL };
  } else {
    throw new SkillgraphError(
      "BAD_USAGE",
      "give --teacher-base-url URL with --teacher-model NAME, or --teacher-gguf FILE",
    );
  }
  let model: LanguageModel = base;
  if (options.requestsPerMinute !== undefined || options.tokensPerMinute !== undefined) {
    model = withRateLimit(model, {
      ...(options.requestsPerMinute === undefined ? {} : { requestsPerMinute: options.requestsPerMinute }),
      ...(options.tokensPerMinute === undefined ? {} : { tokensPerMinute: options.tokensPerMinute }),
    });
  }
  model = withRetry(model, {
    seed: options.seed ?? 0,
    ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
  });
  if (options.cacheDir) model = withCache(model, { dir: options.cacheDir });
  model = withConcurrencyLimit(model, { maxConcurrency: options.concurrency ?? 4 });
  return { model: withUsageAccounting(model, options.price ? { price: options.price } : {}), info, dispose };
}
