import { SkillgraphError } from "../core/errors.js";
import { mulberry32 } from "../core/random.js";

/** Time source passed into wrappers so tests control it (GUIDE §6.2: pass the clock in). */
export interface Clock {
  /** Milliseconds since an arbitrary epoch. */
  now(): number;
  /** Resolve after `milliseconds`; reject with LLM_ERROR `aborted` when `signal` fires. */
  sleep(milliseconds: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (milliseconds, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError(signal));
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(abortError(signal));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, milliseconds);
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/** A clock whose time only moves when something sleeps: tests of backoff run instantly. */
export function createManualClock(start = 0): Clock & { slept: number[] } {
  let current = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => current,
    sleep: async (milliseconds, signal) => {
      if (signal?.aborted) throw abortError(signal);
      slept.push(milliseconds);
      current += milliseconds;
    },
  };
}

export function abortError(signal?: AbortSignal): SkillgraphError {
  return new SkillgraphError("LLM_ERROR", "request aborted", {
    details: { aborted: true, retryable: false },
    cause: signal?.reason,
  });
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32) for jitter. */
export function seededRandom(seed: number): () => number {
  return mulberry32(seed);
}
