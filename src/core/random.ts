/**
 * Seeded pseudo-random numbers (mulberry32): sampling, splits and training are reproducible from
 * their seed and independent of Math.random. Not for cryptography.
 */

/** A raw mulberry32 generator: each call returns a float in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** Uniform integer in [0, limit). */
  integer(limit: number): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates); the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[];
  /** Shuffle in place (Fisher–Yates) and return the same array. */
  shuffleInPlace<T>(items: T[]): T[];
}

/** A seeded generator; string seeds are hashed (FNV-1a). */
export function createRandom(seed: number | string): Random {
  const next = mulberry32(typeof seed === "string" ? hashSeed(seed) : seed);
  const integer = (limit: number): number => Math.floor(next() * limit);
  const shuffleInPlace = <T>(items: T[]): T[] => {
    for (let index = items.length - 1; index > 0; index--) {
      const other = integer(index + 1);
      const swap = items[index] as T;
      items[index] = items[other] as T;
      items[other] = swap;
    }
    return items;
  };
  return {
    next,
    integer,
    int: (min, max) => min + integer(max - min + 1),
    normal() {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pick: <T>(items: readonly T[]): T => items[integer(items.length)] as T,
    shuffle: <T>(items: readonly T[]): T[] => shuffleInPlace([...items]),
    shuffleInPlace,
  };
}

function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
