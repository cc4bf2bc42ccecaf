/** A token bucket per key: `take(key)` is true when a request may go ahead. */
export interface TokenBuckets {
  take(key: string): { allowed: boolean; retryAfterSeconds: number };
}

export interface TokenBucketOptions {
  requestsPerSecond: number;
  burst: number;
  now: () => number;
  /** Most keys remembered; the least recently refilled are forgotten beyond it. Default 10,000. */
  maxKeys?: number;
}

/** Small in-process token buckets (one per API key or client address). */
export function createTokenBuckets(options: TokenBucketOptions): TokenBuckets {
  const buckets = new Map<string, { tokens: number; updated: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    take(key) {
      const now = options.now();
      let bucket = buckets.get(key);
      if (bucket) {
        const elapsedSeconds = Math.max(0, now - bucket.updated) / 1000;
        bucket.tokens = Math.min(options.burst, bucket.tokens + elapsedSeconds * options.requestsPerSecond);
        bucket.updated = now;
        buckets.delete(key);
      } else {
        bucket = { tokens: options.burst, updated: now };
      }
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, retryAfterSeconds: 0 };
      }
      return {
        allowed: false,
        retryAfterSeconds: Math.ceil((1 - bucket.tokens) / options.requestsPerSecond),
      };
    },
  };
}
