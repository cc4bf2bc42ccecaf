/** BM25 over a fixed list of documents given as term lists. */
export interface Bm25Options {
  /** Term-frequency saturation; default 1.2. */
  k1?: number;
  /** Length normalization; default 0.75. */
  b?: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, { documents: Int32Array; counts: Float32Array }>();
  private readonly lengthNorm: Float32Array;
  private readonly k1: number;
  readonly documentCount: number;

  constructor(documents: readonly (readonly string[])[], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    const b = options.b ?? 0.75;
    this.documentCount = documents.length;
    const averageLength =
      documents.reduce((sum, terms) => sum + terms.length, 0) / Math.max(1, documents.length);
    this.lengthNorm = new Float32Array(documents.length);
    const building = new Map<string, { documents: number[]; counts: number[] }>();
    documents.forEach((terms, documentIndex) => {
      this.lengthNorm[documentIndex] = 1 - b + (b * terms.length) / Math.max(1e-9, averageLength);
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts) {
        let posting = building.get(term);
        if (!posting) {
          posting = { documents: [], counts: [] };
          building.set(term, posting);
        }
        posting.documents.push(documentIndex);
        posting.counts.push(count);
      }
    });
    for (const [term, posting] of building) {
      this.postings.set(term, {
        documents: Int32Array.from(posting.documents),
        counts: Float32Array.from(posting.counts),
      });
    }
  }

  /** Inverse document frequency of a term (0 when absent). */
  idf(term: string): number {
    const posting = this.postings.get(term);
    if (!posting) return 0;
    const frequency = posting.documents.length;
    return Math.log(1 + (this.documentCount - frequency + 0.5) / (frequency + 0.5));
  }

  /** Add each document's BM25 score for the query into `scores` (length = documentCount). */
  scoreInto(queryTerms: readonly string[], scores: Float32Array): void {
    for (const term of new Set(queryTerms)) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const idf = this.idf(term);
      const { documents, counts } = posting;
      for (let index = 0; index < documents.length; index++) {
        const documentIndex = documents[index]!;
        const count = counts[index]!;
        scores[documentIndex]! +=
          (idf * count * (this.k1 + 1)) / (count + this.k1 * this.lengthNorm[documentIndex]!);
      }
    }
  }

  /** BM25 scores of every document for the query. */
  score(queryTerms: readonly string[]): Float32Array {
    const scores = new Float32Array(this.documentCount);
    this.scoreInto(queryTerms, scores);
    return scores;
  }
}
