/**
 * The minimal structural shape of an embedding model the skill linker accepts. Any object with an
 * `embed` method fits — the EmbeddingModel of src/llm (OpenAI-compatible /embeddings, a local ONNX
 * model through transformers.js) or a fake in tests. Vectors need not be normalized.
 */
export interface TextEmbedder {
  embed(texts: string[]): Promise<number[][] | Float32Array[]>;
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
