/**
 * Small text features for recommendation: a tokenizer with light stemming, hashed bag-of-words
 * vectors (signed feature hashing, sublinear tf, unit length), cosine and token overlap.
 */

const STOP_WORDS = new Set(
  "a an and are as at be by for from in into is it of on or the to with we you your our will this that per via nbsp amp na".split(
    " ",
  ),
);

/** Lower-case word tokens without stop words, with plural/ing/ed suffixes stripped. */
export function textTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9+#]+/)) {
    if (raw.length < 2 || STOP_WORDS.has(raw) || /^\d+$/.test(raw)) continue;
    tokens.push(stemToken(raw));
  }
  return tokens;
}

function stemToken(word: string): string {
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** FNV-1a 32-bit hash of a string. */
export function hashToken(token: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < token.length; index++) {
    hash ^= token.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Signed hashed bag of words of `dimensions` buckets, sublinear tf, unit length (zeros if empty). */
export function hashedBagOfWords(tokens: readonly string[], dimensions: number): Float32Array {
  const vector = new Float32Array(dimensions);
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  for (const [token, count] of counts) {
    const hash = hashToken(token);
    const sign = hash & 0x80000000 ? -1 : 1;
    const bucket = hash % dimensions;
    vector[bucket] = (vector[bucket] as number) + sign * (1 + Math.log(count));
  }
  return normalize(vector);
}

/**
 * Cosine between a unit vector and the hashed bag of words of `tokens` (same result as
 * `cosine(unit, hashedBagOfWords(tokens, unit.length))`, without allocating the vector).
 */
export function cosineWithTokens(unit: Float32Array, tokens: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const buckets = new Map<number, number>();
  for (const [token, count] of counts) {
    const hash = hashToken(token);
    const bucket = hash % unit.length;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + (hash & 0x80000000 ? -1 : 1) * (1 + Math.log(count)));
  }
  let dot = 0;
  let norm = 0;
  for (const [bucket, value] of buckets) {
    dot += value * (unit[bucket] as number);
    norm += value * value;
  }
  return norm > 0 ? dot / Math.sqrt(norm) : 0;
}

/** Scale a vector to unit length in place (zero vectors stay zero). */
export function normalize(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let index = 0; index < vector.length; index++) vector[index] = (vector[index] as number) * scale;
  }
  return vector;
}

/** Cosine similarity (0 when either vector is zero). */
export function cosine(left: ArrayLike<number>, right: ArrayLike<number>): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < left.length; index++) {
    const a = left[index] as number;
    const b = right[index] as number;
    dot += a * b;
    leftNorm += a * a;
    rightNorm += b * b;
  }
  return leftNorm > 0 && rightNorm > 0 ? dot / Math.sqrt(leftNorm * rightNorm) : 0;
}

/** Share of `target` tokens found in `source` (0 when target is empty). */
export function tokenCoverage(source: readonly string[], target: readonly string[]): number {
  if (target.length === 0) return 0;
  const available = new Set(source);
  const unique = new Set(target);
  let found = 0;
  for (const token of unique) if (available.has(token)) found++;
  return found / unique.size;
}

/** Jaccard overlap of two token lists. */
export function jaccard(left: readonly string[], right: readonly string[]): number {
  const a = new Set(left);
  const b = new Set(right);
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}
