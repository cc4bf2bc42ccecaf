import { SkillgraphError } from "../core/errors.js";
import type { RankedSkill } from "./skill-mention.js";

/**
 * The minimal structural shape of an embedding model the skill linker accepts. The EmbeddingModel
 * of src/llm (OpenAI-compatible /embeddings, local ONNX through transformers.js) fits as is
 * (`{embeddings}` result); so does any `embed` returning plain vectors. Vectors need not be unit length.
 */
export interface TextEmbedder {
  embed(texts: string[]): Promise<{ embeddings: number[][] } | number[][] | Float32Array[]>;
}

/** Cosine similarity of two vectors of equal length (0 when either is all zeros). */
export function cosineSimilarity(left: ArrayLike<number>, right: ArrayLike<number>): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index++) {
    dot += left[index]! * right[index]!;
    leftNorm += left[index]! * left[index]!;
    rightNorm += right[index]! * right[index]!;
  }
  return leftNorm > 0 && rightNorm > 0 ? dot / Math.sqrt(leftNorm * rightNorm) : 0;
}

async function embedAll(embedder: TextEmbedder, texts: string[]): Promise<ArrayLike<number>[]> {
  const result = await embedder.embed(texts);
  const vectors = Array.isArray(result) ? result : result.embeddings;
  if (!Array.isArray(vectors) || vectors.length !== texts.length) {
    throw new SkillgraphError(
      "LLM_INVALID_OUTPUT",
      `embedder returned ${vectors?.length} vectors for ${texts.length} texts`,
    );
  }
  return vectors;
}

export interface EmbeddingRerankOptions {
  /** Weight of the embedding cosine against the ranker score; default 0.5. */
  embeddingWeight?: number;
}

/**
 * Re-rank candidate skills by mixing the ranker score with the cosine between the sentence's
 * embedding and each skill label's (labels are embedded once and cached in `labelCache`).
 */
export async function rerankWithEmbeddings(
  embedder: TextEmbedder,
  sentence: string,
  candidates: RankedSkill[],
  labelCache: Map<string, ArrayLike<number>>,
  options: EmbeddingRerankOptions = {},
): Promise<RankedSkill[]> {
  if (candidates.length === 0) return [];
  const weight = options.embeddingWeight ?? 0.5;
  const missing = [
    ...new Set(candidates.map((candidate) => candidate.label).filter((label) => !labelCache.has(label))),
  ];
  const vectors = await embedAll(embedder, [sentence, ...missing]);
  missing.forEach((label, position) => {
    labelCache.set(label, vectors[position + 1]!);
  });
  const sentenceVector = vectors[0]!;
  return candidates
    .map((candidate) => {
      const cosine = cosineSimilarity(sentenceVector, labelCache.get(candidate.label)!);
      const score = (1 - weight) * candidate.score + weight * Math.max(0, cosine);
      return { ...candidate, score: Math.min(1, Math.max(0, score)) };
    })
    .sort((a, b) => b.score - a.score);
}
