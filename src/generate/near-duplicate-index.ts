import { normalizeForMatch } from "./text-containment.js";

export interface NearDuplicateOptions {
  /** Estimated Jaccard similarity of word shingles at or above which texts are near-duplicates; default 0.8. */
  threshold?: number;
  /** Words per shingle; default 3. */
  shingleSize?: number;
  /** LSH bands × rows = signature length; default 16 × 4. */
  bands?: number;
  rowsPerBand?: number;
}

export interface NearDuplicateIndex {
  /** The id of an indexed near-duplicate of `text`, if any. */
  findDuplicate(text: string): string | undefined;
  add(id: string, text: string): void;
  readonly size: number;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mix(value: number, seed: number): number {
  let hash = (value ^ seed) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** Word shingles of normalized text, hashed. */
export function shingleHashes(text: string, size = 3): Set<number> {
  const words = normalizeForMatch(text).split(" ").filter(Boolean);
  const hashes = new Set<number>();
  if (words.length < size) {
    if (words.length > 0) hashes.add(fnv1a(words.join(" ")));
    return hashes;
  }
  for (let index = 0; index + size <= words.length; index++)
    hashes.add(fnv1a(words.slice(index, index + size).join(" ")));
  return hashes;
}

/** MinHash signature: for each seeded hash function, the minimum over the shingles. */
export function minHashSignature(shingles: Set<number>, length: number): Uint32Array {
  const signature = new Uint32Array(length).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let index = 0; index < length; index++) {
      const value = mix(shingle, Math.imul(index + 1, 0x9e3779b1));
      if (value < (signature[index] ?? 0)) signature[index] = value;
    }
  }
  return signature;
}

export function estimatedJaccard(left: Uint32Array, right: Uint32Array): number {
  let equal = 0;
  for (let index = 0; index < left.length; index++) if (left[index] === right[index]) equal++;
  return left.length === 0 ? 0 : equal / left.length;
}

/**
 * Near-duplicate filter: MinHash signatures of word shingles with LSH banding, so each lookup
 * compares only against candidates that share a band.
 */
export function createNearDuplicateIndex(options: NearDuplicateOptions = {}): NearDuplicateIndex {
  const threshold = options.threshold ?? 0.8;
  const shingleSize = options.shingleSize ?? 3;
  const bands = options.bands ?? 16;
  const rows = options.rowsPerBand ?? 4;
  const signatures = new Map<string, Uint32Array>();
  const buckets = new Map<string, string[]>();
  const bandKeys = (signature: Uint32Array): string[] =>
    Array.from(
      { length: bands },
      (_, band) => `${band}:${signature.subarray(band * rows, band * rows + rows).join(",")}`,
    );
  const signatureOf = (text: string) => minHashSignature(shingleHashes(text, shingleSize), bands * rows);

  return {
    get size() {
      return signatures.size;
    },
    findDuplicate(text) {
      const signature = signatureOf(text);
      const seen = new Set<string>();
      for (const key of bandKeys(signature)) {
        for (const id of buckets.get(key) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          const other = signatures.get(id);
          if (other && estimatedJaccard(signature, other) >= threshold) return id;
        }
      }
      return undefined;
    },
    add(id, text) {
      const signature = signatureOf(text);
      signatures.set(id, signature);
      for (const key of bandKeys(signature)) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(id);
        else buckets.set(key, [id]);
      }
    },
  };
}
