import { stem } from "./text-normalize.js";
import { VectorClusters } from "./vector-clusters.js";
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
  /** Vector clusters scanned per new query word (of 64); default 12. */
  probe?: number;
  /**
   * Words in more phrases than this ("manage", "use") do not open phrases on their own (except the
   * query's two rarest exact words): they only add to phrases a rarer query word touched; default 800.
   */
  commonWordPhrases?: number;
  /** Weaker word matches than this only add to phrases opened by other words; default 0.8. */
  openSimilarity?: number;
}

/** Coverage of the phrases a query touches: `soft[i]` (vectors) and `hard[i]` (same stem) of `touched[i]`. */
export interface CoverageResult {
  touched: Int32Array;
  soft: Float32Array;
  hard: Float32Array;
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
  private readonly vocabularyMatrix: Float32Array;
  private readonly phrasesOfWord: Int32Array[];
  private readonly phraseWordOffsets: Int32Array;
  private readonly phraseWordIds: Int32Array;
  private readonly commonWordPhrases: number;
  private readonly openSimilarity: number;
  private readonly bestSimilarity: Float32Array;
  private readonly exactMatch: Uint8Array;
  private readonly phraseMark: Uint8Array;
  private readonly phraseWeightTotals: Float32Array;
  private readonly wordWeights: Float32Array;
  private readonly cache = new Map<string, WordMatch>();
  private readonly minSimilarity: number;
  private readonly cacheSize: number;
  private readonly maxNeighbours: number;
  private readonly clusters: VectorClusters;
  private readonly probe: number;
  readonly phraseCount: number;

  constructor(
    phrases: readonly (readonly string[])[],
    private readonly vectors: WordVectors,
    options: SoftCoverageOptions = {},
  ) {
    this.minSimilarity = options.minSimilarity ?? 0.5;
    this.cacheSize = options.cacheSize ?? 50_000;
    this.maxNeighbours = options.maxNeighbours ?? 40;
    this.commonWordPhrases = options.commonWordPhrases ?? 800;
    this.openSimilarity = options.openSimilarity ?? 0.8;
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
    const offsets = [0];
    const wordIds: number[] = [];
    for (const phraseWords of phrases) {
      for (const word of new Set(phraseWords)) wordIds.push(this.vocabularyIndex.get(word)!);
      offsets.push(wordIds.length);
    }
    this.phraseWordOffsets = Int32Array.from(offsets);
    this.phraseWordIds = Int32Array.from(wordIds);
    this.bestSimilarity = new Float32Array(phraseLists.length);
    this.exactMatch = new Uint8Array(phraseLists.length);
    this.phraseMark = new Uint8Array(phrases.length);
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

    this.vocabularyMatrix = new Float32Array(rows.length * dimensions);
    rows.forEach((row, id) => {
      if (row >= 0) this.vocabularyMatrix.set(vectors.vector(row), id * dimensions);
    });
    const withVectors: number[] = [];
    rows.forEach((row, id) => {
      if (row >= 0) withVectors.push(id);
    });
    this.clusters = new VectorClusters(this.vocabularyMatrix, withVectors, dimensions);
    this.probe = options.probe ?? 12;
  }

  /** The weight (idf over phrases) of a vocabulary word, 0 when unknown. */
  weightOf(word: string): number {
    const id = this.vocabularyIndex.get(word);
    return id === undefined ? 0 : this.wordWeights[id]!;
  }

  /** Vocabulary ids of a phrase's distinct words. */
  phraseWordIdsOf(phrase: number): Int32Array {
    return this.phraseWordIds.subarray(this.phraseWordOffsets[phrase]!, this.phraseWordOffsets[phrase + 1]!);
  }

  /** Vocabulary words a query word stands for (same stem: 1, else cosine) as id → similarity. */
  similaritiesOf(word: string): Map<number, number> {
    const match = this.matchWord(word);
    const similarities = new Map<number, number>();
    match.vocabulary.forEach((id, position) => {
      similarities.set(id, match.similarity[position]!);
    });
    return similarities;
  }

  /** Coverage of the phrases the query words touch. */
  cover(queryWords: readonly string[]): CoverageResult {
    const matched: number[] = [];
    const best = this.bestSimilarity;
    const exact = this.exactMatch;
    for (const word of new Set(queryWords)) {
      const match = this.matchWord(word);
      for (let index = 0; index < match.vocabulary.length; index++) {
        const id = match.vocabulary[index]!;
        const similarity = match.similarity[index]!;
        if (best[id] === 0) matched.push(id);
        if (similarity >= 1) exact[id] = 1;
        if (similarity > best[id]!) best[id] = similarity;
      }
    }
    const touched: number[] = [];
    const rarestExact = matched
      .filter((id) => exact[id])
      .sort((a, b) => this.phrasesOfWord[a]!.length - this.phrasesOfWord[b]!.length)
      .slice(0, 2);
    for (const id of matched) {
      const phrases = this.phrasesOfWord[id]!;
      const opens = phrases.length <= this.commonWordPhrases && best[id]! >= this.openSimilarity;
      if (!opens && !rarestExact.includes(id)) continue;
      for (const phrase of phrases) {
        if (this.phraseMark[phrase]) continue;
        this.phraseMark[phrase] = 1;
        touched.push(phrase);
      }
    }
    const soft = new Float32Array(touched.length);
    const hard = new Float32Array(touched.length);
    touched.forEach((phrase, position) => {
      this.phraseMark[phrase] = 0;
      let softSum = 0;
      let hardSum = 0;
      for (let at = this.phraseWordOffsets[phrase]!; at < this.phraseWordOffsets[phrase + 1]!; at++) {
        const id = this.phraseWordIds[at]!;
        const weight = this.wordWeights[id]!;
        softSum += weight * best[id]!;
        if (exact[id]) hardSum += weight;
      }
      const total = this.phraseWeightTotals[phrase]! || 1;
      soft[position] = softSum / total;
      hard[position] = hardSum / total;
    });
    for (const id of matched) {
      best[id] = 0;
      exact[id] = 0;
    }
    return { touched: Int32Array.from(touched), soft, hard };
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
      const dots = new Map<number, number>();
      const above: number[] = [];
      for (const members of this.clusters.candidates(query, this.probe)) {
        for (const id of members) {
          let dot = 0;
          const base = id * dimensions;
          for (let d = 0; d < dimensions; d++) dot += query[d]! * matrix[base + d]!;
          if (dot >= this.minSimilarity) {
            above.push(id);
            dots.set(id, dot);
          }
        }
      }
      above.sort((a, b) => dots.get(b)! - dots.get(a)!);
      for (const id of above.slice(0, this.maxNeighbours)) {
        if (exactIds.includes(id)) continue;
        ids.push(id);
        similarities.push(dots.get(id)!);
      }
    }
    const match = { vocabulary: Int32Array.from(ids), similarity: Float32Array.from(similarities) };
    if (this.cache.size >= this.cacheSize) this.cache.clear();
    this.cache.set(word, match);
    return match;
  }
}
