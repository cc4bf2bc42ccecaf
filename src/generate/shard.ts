import { SkillgraphError } from "../core/errors.js";

/** Shard `index` (1-based) of `count`: it owns the stream positions i with i mod count = index - 1. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Parse `I/K` (1 ≤ I ≤ K). */
export function parseShard(text: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new SkillgraphError("BAD_USAGE", `--shard must be I/K with 1 ≤ I ≤ K, got "${text}"`);
  }
  return { index, count };
}

/** This shard's stream positions in order, skipping those already processed. */
export function* shardIndexes(
  shard: ShardSpec,
  skip: ReadonlySet<number> = new Set(),
): Generator<number, never> {
  for (let index = shard.index - 1; ; index += shard.count) {
    if (!skip.has(index)) yield index;
  }
}
