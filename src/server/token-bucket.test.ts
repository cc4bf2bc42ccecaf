import { describe, expect, it } from "vitest";
import { createTokenBuckets } from "./token-bucket.js";

describe("createTokenBuckets", () => {
  it("allows a burst, then refills at the sustained rate, per key", () => {
    let now = 0;
    const buckets = createTokenBuckets({ requestsPerSecond: 2, burst: 3, now: () => now });
    expect([1, 2, 3].map(() => buckets.take("a").allowed)).toEqual([true, true, true]);
    const refused = buckets.take("a");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(buckets.take("b").allowed).toBe(true);
    now = 500;
    expect(buckets.take("a").allowed).toBe(true);
    expect(buckets.take("a").allowed).toBe(false);
    now = 10_000;
    expect([1, 2, 3, 4].map(() => buckets.take("a").allowed)).toEqual([true, true, true, false]);
  });

  it("forgets the oldest keys beyond maxKeys", () => {
    const buckets = createTokenBuckets({ requestsPerSecond: 1, burst: 1, now: () => 0, maxKeys: 2 });
    buckets.take("a");
    buckets.take("b");
    buckets.take("c");
    expect(buckets.take("a").allowed).toBe(true);
  });
});
