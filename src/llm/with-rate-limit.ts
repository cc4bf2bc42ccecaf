import { type Clock, systemClock } from "./clock.js";
import type { GenerateRequest, LanguageModel } from "./language-model.js";
import { createMutex } from "./mutex.js";

export interface RateLimitOptions {
  /** Requests started in any 60 s window; default unlimited. */
  requestsPerMinute?: number;
  /** Tokens (input + output) in any 60 s window; default unlimited. Input is estimated as chars/4 until the reply reports usage. */
  tokensPerMinute?: number;
  clock?: Clock;
}

interface WindowEntry {
  time: number;
  tokens: number;
}

const WINDOW_MS = 60_000;

/** Rough token estimate of a request's input: one token per four characters. */
export function estimateInputTokens(request: GenerateRequest): number {
  return Math.ceil(request.messages.reduce((sum, message) => sum + message.content.length, 0) / 4);
}

/**
 * Keep requests and tokens per minute under the provider's limits with a sliding 60 s window.
 * A request waits (in arrival order) until it fits; one larger than the whole token budget runs
 * alone in an otherwise empty window.
 */
export function withRateLimit(model: LanguageModel, options: RateLimitOptions): LanguageModel {
  const clock = options.clock ?? systemClock;
  const requestLimit = options.requestsPerMinute ?? Number.POSITIVE_INFINITY;
  const tokenLimit = options.tokensPerMinute ?? Number.POSITIVE_INFINITY;
  const window: WindowEntry[] = [];
  const admission = createMutex();

  const admit = (request: GenerateRequest): Promise<WindowEntry> =>
    admission.run(async () => {
      const estimate = estimateInputTokens(request);
      while (true) {
        const now = clock.now();
        while (window.length > 0 && (window[0]?.time ?? 0) <= now - WINDOW_MS) window.shift();
        const tokens = window.reduce((sum, entry) => sum + entry.tokens, 0);
        const fits = window.length < requestLimit && (window.length === 0 || tokens + estimate <= tokenLimit);
        if (fits) {
          const entry = { time: now, tokens: estimate };
          window.push(entry);
          return entry;
        }
        const oldest = window[0]?.time ?? now;
        await clock.sleep(Math.max(1, oldest + WINDOW_MS - now), request.signal);
      }
    });

  async function* stream(request: GenerateRequest): AsyncIterable<string> {
    await admit(request);
    yield* model.stream(request);
  }

  return {
    specificationVersion: "v1",
    provider: model.provider,
    modelId: model.modelId,
    generate: async (request) => {
      const entry = await admit(request);
      const result = await model.generate(request);
      entry.tokens = result.usage.inputTokens + result.usage.outputTokens;
      return result;
    },
    stream,
  };
}
