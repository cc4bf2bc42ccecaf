import type { Skill } from "../graph/model.js";
import type { SkillGraph } from "../graph/skill-graph.js";
import { Bm25Index } from "./bm25-index.js";
import { trigramHashes } from "./char-ngrams.js";
import { SoftCoverageIndex } from "./soft-coverage-index.js";
import { FUNCTION_WORDS, foldForMatching, stem, words } from "./text-normalize.js";
import type { WordVectors } from "./word-vectors.js";

/** Content words of a text: lower-cased, function words removed. */
export function contentWords(text: string): string[] {
  return words(text).filter((word) => !FUNCTION_WORDS.has(word));
}

const REUSE_LEVELS = ["transversal", "cross-sector", "sector-specific", "occupation-specific"] as const;

export interface SkillIndexOptions {
  /** Which graph skills are ranked; default all. The Decorte protocol ranks ESCO skills only. */
  includeSkill?: (skill: Skill) => boolean;
}

/**
 * Everything the ranker needs about the graph's skills, precomputed once: label phrases for soft
 * coverage, BM25 over labels and over descriptions, label and description vectors, graph priors.
 */
export class SkillIndex {
  readonly skills: Skill[];
  /** Phrase (label) → skill row; phrase 0 of each skill is its preferred label. */
  readonly phraseSkill: Int32Array;
  readonly phraseIsPreferred: Uint8Array;
  readonly phraseLength: Uint8Array;
  /** Phrases of skill row r are skillPhraseStart[r] .. skillPhraseStart[r + 1] - 1. */
  readonly skillPhraseStart: Int32Array;
  /** Distinct character trigrams of each phrase (see phraseTrigramStart). */
  readonly phraseTrigrams: Int32Array;
  readonly phraseTrigramStart: Int32Array;
  readonly coverage: SoftCoverageIndex;
  readonly labelBm25: Bm25Index;
  readonly descriptionBm25: Bm25Index;
  /** Rows of unit vectors (skills × dimensions): preferred label, description. Zero rows when unknown. */
  readonly labelVectors: Float32Array;
  readonly descriptionVectors: Float32Array;
  /** log(1 + occupations that need the skill), scaled to [0, 1]. */
  readonly occupationPrior: Float32Array;
  /** Reuse level as an index into REUSE_LEVELS, -1 when unknown. */
  readonly reuseLevel: Int8Array;
  readonly isKnowledge: Uint8Array;
  readonly dimensions: number;

  constructor(
    graph: SkillGraph,
    readonly vectors: WordVectors,
    options: SkillIndexOptions = {},
  ) {
    const include = options.includeSkill ?? (() => true);
    this.skills = [...graph.skills].filter(include);
    const phrases: string[][] = [];
    const phraseSkill: number[] = [];
    const phraseIsPreferred: number[] = [];
    const labelDocuments: string[][] = [];
    const descriptionDocuments: string[][] = [];
    this.skills.forEach((skill, row) => {
      const seen = new Set<string>();
      const labelStems: string[] = [];
      [skill.preferredLabel, ...skill.altLabels].forEach((label, position) => {
        const key = foldForMatching(label).trim();
        if (seen.has(key)) return;
        seen.add(key);
        const labelWords = contentWords(label);
        if (labelWords.length === 0) return;
        phrases.push(labelWords);
        phraseSkill.push(row);
        phraseIsPreferred.push(position === 0 ? 1 : 0);
        for (const word of labelWords) labelStems.push(stem(word));
      });
      labelDocuments.push(labelStems);
      descriptionDocuments.push(contentWords(`${skill.preferredLabel}. ${skill.description}`).map(stem));
    });
    this.phraseSkill = Int32Array.from(phraseSkill);
    this.phraseIsPreferred = Uint8Array.from(phraseIsPreferred);
    this.phraseLength = Uint8Array.from(phrases, (phrase) => Math.min(255, phrase.length));
    const skillPhraseStart = new Int32Array(this.skills.length + 1).fill(phrases.length);
    for (let phrase = phraseSkill.length - 1; phrase >= 0; phrase--)
      skillPhraseStart[phraseSkill[phrase]!] = phrase;
    for (let row = this.skills.length - 1; row >= 0; row--) {
      skillPhraseStart[row] = Math.min(skillPhraseStart[row]!, skillPhraseStart[row + 1]!);
    }
    this.skillPhraseStart = skillPhraseStart;
    const trigramStart = [0];
    const trigrams: number[] = [];
    for (const phrase of phrases) {
      for (const hash of new Set(trigramHashes(phrase))) trigrams.push(hash | 0);
      trigramStart.push(trigrams.length);
    }
    this.phraseTrigrams = Int32Array.from(trigrams);
    this.phraseTrigramStart = Int32Array.from(trigramStart);
    this.coverage = new SoftCoverageIndex(phrases, vectors);
    this.labelBm25 = new Bm25Index(labelDocuments);
    this.descriptionBm25 = new Bm25Index(descriptionDocuments);
    this.dimensions = vectors.dimensions;
    this.labelVectors = new Float32Array(this.skills.length * this.dimensions);
    this.descriptionVectors = new Float32Array(this.skills.length * this.dimensions);
    this.skills.forEach((skill, row) => {
      this.labelVectors.set(this.textVector(contentWords(skill.preferredLabel)), row * this.dimensions);
      this.descriptionVectors.set(this.textVector(contentWords(skill.description)), row * this.dimensions);
    });
    const occupationCounts = this.skills.map((skill) => graph.inEdges(skill.id, "occupation-skill").length);
    const maxLog = Math.log1p(Math.max(1, ...occupationCounts));
    this.occupationPrior = Float32Array.from(occupationCounts, (count) => Math.log1p(count) / maxLog);
    this.reuseLevel = Int8Array.from(this.skills, (skill) =>
      REUSE_LEVELS.indexOf((skill.reuseLevel ?? "") as (typeof REUSE_LEVELS)[number]),
    );
    this.isKnowledge = Uint8Array.from(this.skills, (skill) => (skill.type === "knowledge" ? 1 : 0));
  }

  /** Weight of a word for averaging: idf over skill descriptions (rare words weigh more). */
  wordWeight(word: string): number {
    const idf = this.descriptionBm25.idf(stem(word));
    return idf > 0 ? idf : Math.log(1 + this.skills.length);
  }

  /** Idf-weighted mean of the words' unit vectors, normalized (zeros when no word is known). */
  textVector(textWords: readonly string[], weightOf?: (word: string) => number): Float32Array {
    const sum = new Float32Array(this.dimensions);
    for (const word of textWords) {
      const row = this.vectors.indexOf(word);
      if (row < 0) continue;
      const weight = weightOf ? weightOf(word) : this.wordWeight(word);
      const vector = this.vectors.vector(row);
      for (let d = 0; d < this.dimensions; d++) sum[d]! += weight * vector[d]!;
    }
    let norm = 0;
    for (let d = 0; d < this.dimensions; d++) norm += sum[d]! * sum[d]!;
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let d = 0; d < this.dimensions; d++) sum[d]! *= scale;
    }
    return sum;
  }

  /** Cosine of a unit query vector with row `row` of a skills × dimensions matrix. */
  cosine(matrix: Float32Array, row: number, query: Float32Array): number {
    let dot = 0;
    const base = row * this.dimensions;
    for (let d = 0; d < this.dimensions; d++) dot += matrix[base + d]! * query[d]!;
    return dot;
  }
}

export const REUSE_LEVEL_NAMES = REUSE_LEVELS;
