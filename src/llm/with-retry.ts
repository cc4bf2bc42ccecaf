import { type Clock, seededRandom, systemClock } from "./clock.js";
import type { GenerateRequest, LanguageModel } from "./language-model.js";
import { isRetryableLlmError, retryAfterOf } from "./llm-error.js";

export interface RetryOptions {
  /** Extra attempts after the first; default 4. */
  maxRetries?: number;
  /** First backoff; doubles each attempt; default 500 ms. */
  baseDelayMs?: number;
  /** Backoff cap (a larger `retry-after` is still honoured up to `maxRetryAfterMs`); default 20000 ms. */
  maxDelayMs?: number;
  /** Longest `retry-after` accepted; default 120000 ms. */
  maxRetryAfterMs?: number;
  clock?: Clock;
  /** Seed of the jitter; default 0. */
  seed?: number;
  /** Told about each retry (for progress counters). */
  onRetry?: (event: { attempt: number; delayMs: number; error: unknown }) => void;
}

/**
 * Retry transient failures — 429 (honouring `retry-after`), 5xx, timeouts, dropped connections —
 * with exponential backoff and seeded jitter. 401/403 (LLM_AUTH) and invalid output are never
 * retried. Streams are retried only until their first delta.
 */
export function withRetry(model: LanguageModel, options: RetryOptions = {}): LanguageModel {
  const maxRetries = options.maxRetries ?? 4;
  const baseDelay = options.baseDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 20_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 120_000;
  const clock = options.clock ?? systemClock;
  const random = seededRandom(options.seed ?? 0);

  const delayFor = (attempt: number, error: unknown): number => {
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== undefined) return Math.min(retryAfter, maxRetryAfter);
    const exponential = Math.min(maxDelay, baseDelay * 2 ** (attempt - 1));
    return Math.round(exponential * (0.5 + random() / 2));
  };

  const attemptLoop = async <T>(request: GenerateRequest, run: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        if (attempt > maxRetries || !isRetryableLlmError(error) || request.signal?.aborted) throw error;
        const delayMs = delayFor(attempt, error);
        options.onRetry?.({ attempt, delayMs, error });
        await clock.sleep(delayMs, request.signal);
      }
    }
  };

  async function* stream(request: GenerateRequest): AsyncIterable<string> {
    const { first, iterator } = await attemptLoop(request, async () => {
      const iterator = model.stream(request)[Symbol.asyncIterator]();
      return { first: await iterator.next(), iterator };
    });
    if (first.done) return;
    yield first.value;
    while (true) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }

  return {
    specificationVersion: "v1",
    provider: model.provider,
    modelId: model.modelId,
    generate: (request) => attemptLoop(request, () => model.generate(request)),
    stream,
  };
}
