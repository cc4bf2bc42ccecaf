/**
 * Seeded pseudo-random numbers (mulberry32): every training run, split and sample is reproducible
 * from its seed. Not for cryptography.
 */

/** A raw mulberry32 generator: each call returns a float in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, limit). */
  integer(limit: number): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Shuffle in place (Fisher–Yates) and return the same array. */
  shuffle<T>(items: T[]): T[];
}

/** A seeded generator with the helpers training needs. */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const integer = (limit: number) => Math.floor(next() * limit);
  return {
    next,
    integer,
    normal() {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle<T>(items: T[]): T[] {
      for (let index = items.length - 1; index > 0; index--) {
        const other = integer(index + 1);
        const swap = items[index] as T;
        items[index] = items[other] as T;
        items[other] = swap;
      }
      return items;
    },
  };
}
