import { trigramContainment, trigramHashes } from "./char-ngrams.js";
import { contentWords, type SkillIndex } from "./skill-index.js";
import { stem } from "./text-normalize.js";

/** Features of one (sentence, skill) pair, in this order. */
export const RANKER_FEATURES = [
  "coverPreferred",
  "coverBest",
  "hardPreferred",
  "hardBest",
  "coverBestLong",
  "bm25Label",
  "bm25Description",
  "cosineLabel",
  "cosineDescription",
  "inverseLabelLength",
  "occupationPrior",
  "reuseTransversal",
  "reuseCrossSector",
  "reuseSectorSpecific",
  "reuseOccupationSpecific",
  "isKnowledge",
  "dictionaryHit",
  "coverRank",
  "trigramCoverBest",
] as const;

export const FEATURE_COUNT = RANKER_FEATURES.length;

export interface CandidateOptions {
  /** Candidates by label coverage; default 200. */
  byCoverage?: number;
  /** Candidates by BM25 over labels and over descriptions (each); default 60. */
  byBm25?: number;
}

/** The candidate skills of a sentence and their feature rows (row-major, candidates × FEATURE_COUNT). */
export interface CandidateSet {
  skillRows: Int32Array;
  features: Float32Array;
  /** Coverage score of every skill (for ordering the tail beyond the candidates). */
  tailScore: Float32Array;
  /** Skills with any coverage. */
  touchedRows: number[];
}

/** Per-word weights in [0, 1] for how often a word is part of a skill phrase (learned from SkillSpan). */
export type Skillness = (word: string) => number;

/** Add the rows of the `count` highest positive scores to `into` (one pass, small sorted buffer). */
function topRows(scores: Float32Array, count: number, into: Set<number>): void {
  if (count <= 0) return;
  const rows: number[] = [];
  let floor = 0;
  for (let row = 0; row < scores.length; row++) {
    const score = scores[row]!;
    if (score <= floor) continue;
    rows.push(row);
    if (rows.length >= count * 4) {
      rows.sort((a, b) => scores[b]! - scores[a]!);
      rows.length = count;
      floor = scores[rows[count - 1]!]!;
    }
  }
  rows.sort((a, b) => scores[b]! - scores[a]!);
  for (const row of rows.slice(0, count)) into.add(row);
}

function maxOf(values: Float32Array): number {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** Compute candidates and features for one sentence. `dictionaryRows` are skills found verbatim. */
export function buildCandidates(
  index: SkillIndex,
  sentence: string,
  skillness: Skillness,
  dictionaryRows: ReadonlySet<number>,
  options: CandidateOptions = {},
): CandidateSet {
  const sentenceWords = contentWords(sentence);
  const skillCount = index.skills.length;
  const coverage = index.coverage.cover(sentenceWords);
  const coverPreferred = new Float32Array(skillCount);
  const coverBest = new Float32Array(skillCount);
  const hardPreferred = new Float32Array(skillCount);
  const hardBest = new Float32Array(skillCount);
  const bestLength = new Float32Array(skillCount);
  const touchedRows: number[] = [];
  coverage.touched.forEach((phrase, position) => {
    const row = index.phraseSkill[phrase]!;
    if (bestLength[row] === 0) touchedRows.push(row);
    const soft = coverage.soft[position]!;
    const hard = coverage.hard[position]!;
    if (index.phraseIsPreferred[phrase]) {
      coverPreferred[row] = soft;
      hardPreferred[row] = hard;
    }
    if (
      soft > coverBest[row]! ||
      (soft === coverBest[row]! && index.phraseLength[phrase]! > bestLength[row]!) ||
      bestLength[row] === 0
    ) {
      coverBest[row] = soft;
      bestLength[row] = index.phraseLength[phrase]!;
    }
    if (hard > hardBest[row]!) hardBest[row] = hard;
  });
  const stems = sentenceWords.map(stem);
  const labelBm25 = index.labelBm25.score(stems);
  const descriptionBm25 = index.descriptionBm25.score(stems);
  const candidates = new Set<number>(dictionaryRows);
  topRows(coverBest, options.byCoverage ?? 200, candidates);
  topRows(labelBm25, options.byBm25 ?? 60, candidates);
  topRows(descriptionBm25, options.byBm25 ?? 60, candidates);
  const skillRows = Int32Array.from(candidates);
  const coverOrder = [...skillRows].sort((a, b) => coverBest[b]! - coverBest[a]!);
  const coverRank = new Map(coverOrder.map((row, rank) => [row, rank]));
  const sentenceVector = index.textVector(sentenceWords, (word) => index.wordWeight(word) * skillness(word));
  const maxLabelBm25 = maxOf(labelBm25) || 1;
  const maxDescriptionBm25 = maxOf(descriptionBm25) || 1;
  const sentenceTrigrams = new Set(trigramHashes(sentenceWords).map((hash) => hash | 0));
  const trigramCover = (row: number) => {
    let best = 0;
    for (let phrase = index.skillPhraseStart[row]!; phrase < index.skillPhraseStart[row + 1]!; phrase++) {
      const trigrams = index.phraseTrigrams.subarray(
        index.phraseTrigramStart[phrase]!,
        index.phraseTrigramStart[phrase + 1]!,
      );
      best = Math.max(best, trigramContainment(trigrams, sentenceTrigrams));
    }
    return best;
  };
  const features = new Float32Array(skillRows.length * FEATURE_COUNT);
  skillRows.forEach((row, candidate) => {
    const reuse = index.reuseLevel[row]!;
    const values = [
      coverPreferred[row]!,
      coverBest[row]!,
      hardPreferred[row]!,
      hardBest[row]!,
      coverBest[row]! * Math.min(1, bestLength[row]! / 3),
      labelBm25[row]! / maxLabelBm25,
      descriptionBm25[row]! / maxDescriptionBm25,
      index.cosine(index.labelVectors, row, sentenceVector),
      index.cosine(index.descriptionVectors, row, sentenceVector),
      bestLength[row]! > 0 ? 1 / bestLength[row]! : 0,
      index.occupationPrior[row]!,
      reuse === 0 ? 1 : 0,
      reuse === 1 ? 1 : 0,
      reuse === 2 ? 1 : 0,
      reuse === 3 ? 1 : 0,
      index.isKnowledge[row]!,
      dictionaryRows.has(row) ? 1 : 0,
      1 / (1 + (coverRank.get(row) ?? skillRows.length)),
      trigramCover(row),
    ];
    features.set(values, candidate * FEATURE_COUNT);
  });
  return { skillRows, features, tailScore: coverBest, touchedRows };
}
