import { SkillgraphError } from "../core/errors.js";
import { loadWordVectors } from "../skills/word-vectors.js";
import { createHashedEmbedder, createWordVectorEmbedder, type TextEmbedder } from "./text-embedder.js";

export type TextEmbedderKind = "words" | "hashed";

/**
 * The recommenders' text vectors by name: `words` (mean word vectors, cached as a compact binary in
 * `cacheDir`) or `hashed` (hashed bag of words, 64 buckets).
 */
export function textEmbedderFor(kind: string, cacheDir: string): TextEmbedder {
  if (kind === "hashed") return createHashedEmbedder(64);
  if (kind === "words") return createWordVectorEmbedder(loadWordVectors({ cacheDir }));
  throw new SkillgraphError("BAD_USAGE", `unknown text features "${kind}" (use words or hashed)`);
}
