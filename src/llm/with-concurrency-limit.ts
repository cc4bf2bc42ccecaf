import type { GenerateRequest, LanguageModel } from "./language-model.js";

export interface Semaphore {
  acquire(): Promise<() => void>;
  readonly active: number;
  readonly waiting: number;
}

/** A counting semaphore: at most `limit` holders at once, served in arrival order. */
export function createSemaphore(limit: number): Semaphore {
  const capacity = Math.max(1, Math.floor(limit));
  let active = 0;
  const queue: (() => void)[] = [];
  const release = (): void => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    acquire: () =>
      new Promise((resolve) => {
        const grant = (): void => resolve(once(release));
        if (active < capacity) {
          active++;
          grant();
        } else queue.push(grant);
      }),
  };
}

function once(fn: () => void): () => void {
  let called = false;
  return () => {
    if (called) return;
    called = true;
    fn();
  };
}

/** At most `maxConcurrency` requests (generate or stream) in flight at once. */
export function withConcurrencyLimit(
  model: LanguageModel,
  options: { maxConcurrency: number },
): LanguageModel {
  const semaphore = createSemaphore(options.maxConcurrency);

  async function* stream(request: GenerateRequest): AsyncIterable<string> {
    const release = await semaphore.acquire();
    try {
      yield* model.stream(request);
    } finally {
      release();
    }
  }

  return {
    specificationVersion: "v1",
    provider: model.provider,
    modelId: model.modelId,
    generate: async (request) => {
      const release = await semaphore.acquire();
      try {
        return await model.generate(request);
      } finally {
        release();
      }
    },
    stream,
  };
}
