import { stem } from "./text-normalize.js";
import type { WordVectors } from "./word-vectors.js";

/** One word of the query and how strongly it stands for a vocabulary word. */
interface WordMatch {
  vocabulary: Int32Array;
  similarity: Float32Array;
}

export interface SoftCoverageOptions {
  /** Cosine below which two different words do not match; default 0.5. */
  minSimilarity?: number;
  /** Distinct query words whose similarities are cached; default 50 000. */
  cacheSize?: number;
  /** Most similar vocabulary words kept per query word; default 40. */
  maxNeighbours?: number;
}

/** Per-phrase coverage of a query: soft (vectors) and hard (same stem), plus the matching query words. */
export interface CoverageResult {
  soft: Float32Array;
  hard: Float32Array;
  /** Phrases with any coverage. */
  touched: number[];
}

/**
 * "How much of each phrase does the query cover?" For every phrase (a skill label), the
 * idf-weighted share of its words that the query contains — exactly by stem or softly through
 * word-vector similarity. Labels of 1–6 words against a sentence: an asymmetric measure that
 * suits sentences naming several skills ("manage your time effectively" covers "manage time").
 */
export class SoftCoverageIndex {
  private readonly vocabularyIndex = new Map<string, number>();
  private readonly vocabularyStems: string[] = [];
  private readonly stemToVocabulary = new Map<string, number[]>();
  private readonly vocabularyRows: Int32Array;
  private readonly vocabularyMatrix: Float32Array;
  private readonly phrasesOfWord: Int32Array[];
  private readonly phraseWeightTotals: Float32Array;
  private readonly wordWeights: Float32Array;
  private readonly cache = new Map<string, WordMatch>();
  private readonly minSimilarity: number;
  private readonly cacheSize: number;
  private readonly maxNeighbours: number;
  private readonly scratch: Float32Array;
  readonly phraseCount: number;

  constructor(
    phrases: readonly (readonly string[])[],
    private readonly vectors: WordVectors,
    options: SoftCoverageOptions = {},
  ) {
    this.minSimilarity = options.minSimilarity ?? 0.5;
    this.cacheSize = options.cacheSize ?? 50_000;
    this.maxNeighbours = options.maxNeighbours ?? 40;
    this.phraseCount = phrases.length;
    const phraseLists: number[][] = [];
    const documentFrequency: number[] = [];
    phrases.forEach((phraseWords, phraseIndex) => {
      for (const word of new Set(phraseWords)) {
        let id = this.vocabularyIndex.get(word);
        if (id === undefined) {
          id = this.vocabularyStems.length;
          this.vocabularyIndex.set(word, id);
          const wordStem = stem(word);
          this.vocabularyStems.push(wordStem);
          const sameStem = this.stemToVocabulary.get(wordStem);
          if (sameStem) sameStem.push(id);
          else this.stemToVocabulary.set(wordStem, [id]);
          phraseLists.push([]);
          documentFrequency.push(0);
        }
        phraseLists[id]!.push(phraseIndex);
        documentFrequency[id]!++;
      }
    });
    this.phrasesOfWord = phraseLists.map((list) => Int32Array.from(list));
    this.wordWeights = Float32Array.from(documentFrequency, (frequency) =>
      Math.log(1 + phrases.length / (frequency + 1)),
    );
    this.phraseWeightTotals = new Float32Array(phrases.length);
    phrases.forEach((phraseWords, phraseIndex) => {
      let total = 0;
      for (const word of new Set(phraseWords)) total += this.wordWeights[this.vocabularyIndex.get(word)!]!;
      this.phraseWeightTotals[phraseIndex] = total;
    });
    const dimensions = vectors.dimensions;
    const rows: number[] = [];
    for (const word of this.vocabularyIndex.keys()) rows.push(vectors.indexOf(word));
    this.vocabularyRows = Int32Array.from(rows);
    this.scratch = new Float32Array(rows.length);
    this.vocabularyMatrix = new Float32Array(rows.length * dimensions);
    rows.forEach((row, id) => {
      if (row >= 0) this.vocabularyMatrix.set(vectors.vector(row), id * dimensions);
    });
  }

  /** The weight (idf over phrases) of a vocabulary word, 0 when unknown. */
  weightOf(word: string): number {
    const id = this.vocabularyIndex.get(word);
    return id === undefined ? 0 : this.wordWeights[id]!;
  }

  /** Coverage of every phrase by the query words. */
  cover(queryWords: readonly string[]): CoverageResult {
    const best = new Map<number, number>();
    const exact = new Set<number>();
    for (const word of new Set(queryWords)) {
      const match = this.matchWord(word);
      for (let index = 0; index < match.vocabulary.length; index++) {
        const id = match.vocabulary[index]!;
        const similarity = match.similarity[index]!;
        if (similarity >= 1) exact.add(id);
        if (similarity > (best.get(id) ?? 0)) best.set(id, similarity);
      }
    }
    const soft = new Float32Array(this.phraseCount);
    const hard = new Float32Array(this.phraseCount);
    const touched: number[] = [];
    for (const [id, similarity] of best) {
      const weight = this.wordWeights[id]!;
      const isExact = exact.has(id);
      for (const phrase of this.phrasesOfWord[id]!) {
        if (soft[phrase] === 0) touched.push(phrase);
        soft[phrase]! += weight * similarity;
        if (isExact) hard[phrase]! += weight;
      }
    }
    for (const phrase of touched) {
      const total = this.phraseWeightTotals[phrase]! || 1;
      soft[phrase]! /= total;
      hard[phrase]! /= total;
    }
    return { soft, hard, touched };
  }

  private matchWord(word: string): WordMatch {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const ids: number[] = [];
    const similarities: number[] = [];
    const exactIds = this.stemToVocabulary.get(stem(word)) ?? [];
    for (const id of exactIds) {
      ids.push(id);
      similarities.push(1);
    }
    const row = this.vectors.indexOf(word);
    if (row >= 0) {
      const query = this.vectors.vector(row);
      const dimensions = this.vectors.dimensions;
      const matrix = this.vocabularyMatrix;
      const count = this.vocabularyRows.length;
      const dots = this.scratch;
      const above: number[] = [];
      for (let id = 0; id < count; id++) {
        let dot = 0;
        const base = id * dimensions;
        for (let d = 0; d < dimensions; d++) dot += query[d]! * matrix[base + d]!;
        dots[id] = dot;
        if (dot >= this.minSimilarity && this.vocabularyRows[id]! >= 0) above.push(id);
      }
      above.sort((a, b) => dots[b]! - dots[a]!);
      for (const id of above.slice(0, this.maxNeighbours)) {
        if (exactIds.includes(id)) continue;
        ids.push(id);
        similarities.push(dots[id]!);
      }
    }
    const match = { vocabulary: Int32Array.from(ids), similarity: Float32Array.from(similarities) };
    if (this.cache.size >= this.cacheSize) this.cache.clear();
    this.cache.set(word, match);
    return match;
  }
}
