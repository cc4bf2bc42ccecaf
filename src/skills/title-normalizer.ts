import { SkillgraphError } from "../core/errors.js";
import type { Occupation } from "../graph/model.js";
import type { SkillGraph } from "../graph/skill-graph.js";
import { Bm25Index } from "./bm25-index.js";
import { defaultCacheDir, loadGraphWordVectors } from "./graph-vocabulary.js";
import { contentWords } from "./skill-index.js";
import type { RankedOccupation } from "./skill-mention.js";
import { SoftCoverageIndex } from "./soft-coverage-index.js";
import { stem } from "./text-normalize.js";
import { cleanTitle } from "./title-cleaning.js";
import type { WordVectors } from "./word-vectors.js";

export interface TitleNormalizerOptions {
  wordVectors?: WordVectors;
  /** Folder for the word-vector cache; default ~/.cache/skillgraph. */
  cacheDir?: string;
  /**
   * Occupations to rank; default: ESCO occupations when the graph has any (O*NET titles reach them
   * through crosswalk edges), otherwise every occupation.
   */
  includeOccupation?: (occupation: Occupation) => boolean;
  /** Weight of a title borrowed through a crosswalk edge, times the edge confidence; default 0.6. */
  crosswalkWeight?: number;
  /** Weight of the BM25 bonus over all of an occupation's labels; default 0.1. */
  bm25Weight?: number;
  /** Weight of the label-count prior (occupations with many names are common jobs); default 0.15. */
  priorWeight?: number;
  /** Extra weight of a title's last word (its head noun: "assistant", "engineer"); default 1 (none). */
  headWeight?: number;
}

export interface TitleNormalizer {
  /** The k occupations a raw job title most likely names, best first. */
  normalize(title: string, k: number): RankedOccupation[];
}

const LABEL_WEIGHTS = { preferred: 1, alternative: 0.97, hidden: 0.9 };

/**
 * Raw job title → ranked occupations. Each occupation is represented by its labels, alternative
 * and hidden labels, and the O*NET alternate/reported titles of crosswalked O*NET occupations.
 * A title is cleaned (cleanTitle), then each label is scored by the F1 of two soft coverages
 * (label words found in the title, title words found in the label; exact by stem or through word
 * vectors), and an occupation takes its best label plus a small BM25 bonus over all its labels.
 */
export function createTitleNormalizer(
  graph: SkillGraph,
  options: TitleNormalizerOptions = {},
): TitleNormalizer {
  let built: TitleIndex | undefined;
  const getIndex = () => {
    built ??= buildTitleIndex(
      graph,
      options.wordVectors ?? loadGraphWordVectors(graph, options.cacheDir ?? defaultCacheDir()),
      options,
    );
    return built;
  };
  return {
    normalize(title, k) {
      if (typeof title !== "string") throw new SkillgraphError("BAD_INPUT", "title must be a string");
      if (!Number.isInteger(k) || k < 0)
        throw new SkillgraphError("BAD_INPUT", `k must be a non-negative integer, got ${k}`);
      if (title.length > 10_000)
        throw new SkillgraphError("INPUT_TOO_LARGE", "a job title must be under 10 000 characters");
      const index = getIndex();
      if (k === 0 || index.occupations.length === 0 || title.trim().length === 0) return [];
      return rankTitle(index, title, k, options);
    },
  };
}

interface TitleIndex {
  occupations: Occupation[];
  /** log(1 + labels of the occupation, own and crosswalked), scaled to [0, 1]: common jobs have many names. */
  labelPrior: Float32Array;
  phraseOccupation: Int32Array;
  phraseWeight: Float32Array;
  coverage: SoftCoverageIndex;
  bm25: Bm25Index;
}

function buildTitleIndex(
  graph: SkillGraph,
  vectors: WordVectors,
  options: TitleNormalizerOptions,
): TitleIndex {
  const all = [...graph.occupations];
  const hasEsco = all.some((occupation) => occupation.source === "esco");
  const include =
    options.includeOccupation ?? ((occupation: Occupation) => !hasEsco || occupation.source === "esco");
  const occupations = all.filter(include);
  const crosswalkWeight = options.crosswalkWeight ?? 0.6;
  const phraseOccupation: number[] = [];
  const phraseWeight: number[] = [];
  const phraseWords: string[][] = [];
  const documents: string[][] = [];
  const labelCounts: number[] = [];
  occupations.forEach((occupation, row) => {
    const seen = new Map<string, number>();
    const add = (label: string, weight: number) => {
      const labelWords = contentWords(label);
      const key = labelWords.join(" ");
      if (labelWords.length === 0 || (seen.get(key) ?? 0) >= weight) return;
      seen.set(key, weight);
      phraseOccupation.push(row);
      phraseWeight.push(weight);
      phraseWords.push(labelWords);
    };
    add(occupation.preferredLabel, LABEL_WEIGHTS.preferred);
    for (const label of occupation.altLabels) add(label, LABEL_WEIGHTS.alternative);
    for (const label of occupation.hiddenLabels) add(label, LABEL_WEIGHTS.hidden);
    for (const edge of graph.outEdges(occupation.id, "crosswalk")) {
      const linked = graph.getOccupation(edge.to);
      if (!linked) continue;
      const weight = crosswalkWeight * Math.min(1, Math.max(0, edge.weight));
      add(linked.preferredLabel, weight);
      for (const label of linked.altLabels) add(label, weight);
    }
    documents.push([...seen.keys()].flatMap((key) => key.split(" ").map(stem)));
    labelCounts.push(seen.size);
  });
  const maxLog = Math.log1p(Math.max(1, ...labelCounts));
  return {
    occupations,
    labelPrior: Float32Array.from(labelCounts, (count) => Math.log1p(count) / maxLog),
    phraseOccupation: Int32Array.from(phraseOccupation),
    phraseWeight: Float32Array.from(phraseWeight),
    coverage: new SoftCoverageIndex(phraseWords, vectors),
    bm25: new Bm25Index(documents),
  };
}

/** Share of the query words (idf-weighted) found in the phrase: exactly by stem or through vectors. */
function queryCoverage(
  index: TitleIndex,
  queryWords: string[],
  similarities: Map<number, number>[],
  phrase: number,
  headWeight: number,
): number {
  const phraseIds = index.coverage.phraseWordIdsOf(phrase);
  let covered = 0;
  let total = 0;
  queryWords.forEach((word, position) => {
    const weight =
      (index.coverage.weightOf(word) || 1) * (position === queryWords.length - 1 ? headWeight : 1);
    let best = 0;
    for (const id of phraseIds) best = Math.max(best, similarities[position]!.get(id) ?? 0);
    covered += weight * best;
    total += weight;
  });
  return total > 0 ? covered / total : 0;
}

function scoreReading(
  index: TitleIndex,
  reading: string,
  weight: number,
  best: Float32Array,
  headWeight: number,
): void {
  const queryWords = [...new Set(contentWords(reading))].slice(-12);
  if (queryWords.length === 0) return;
  const coverage = index.coverage.cover(queryWords);
  const shortlist = Array.from(coverage.touched.keys())
    .filter((position) => coverage.soft[position]! > 0.3)
    .sort((a, b) => coverage.soft[b]! - coverage.soft[a]!)
    .slice(0, 150);
  const similarities = queryWords.map((word) => index.coverage.similaritiesOf(word));
  for (const position of shortlist) {
    const phrase = coverage.touched[position]!;
    const recall = coverage.soft[position]!;
    const precision = queryCoverage(index, queryWords, similarities, phrase, headWeight);
    if (precision + recall === 0) continue;
    const f1 = (2 * precision * recall) / (precision + recall);
    const score = f1 * index.phraseWeight[phrase]! * weight;
    const row = index.phraseOccupation[phrase]!;
    if (score > best[row]!) best[row] = score;
  }
}

function rankTitle(
  index: TitleIndex,
  title: string,
  k: number,
  options: TitleNormalizerOptions,
): RankedOccupation[] {
  const bm25Weight = options.bm25Weight ?? 0.1;
  const headWeight = options.headWeight ?? 1;
  const priorWeight = options.priorWeight ?? 0.15;
  const cleaned = cleanTitle(title);
  const best = new Float32Array(index.occupations.length);
  scoreReading(index, cleaned.core, 1, best, headWeight);
  for (const variant of cleaned.variants) scoreReading(index, variant, 0.9, best, headWeight);
  const bm25 = index.bm25.score(contentWords(cleaned.core).map(stem));
  let maxBm25 = 0;
  for (const value of bm25) maxBm25 = Math.max(maxBm25, value);
  const rows: number[] = [];
  for (let row = 0; row < best.length; row++) {
    if (maxBm25 > 0) best[row]! += (bm25Weight * bm25[row]!) / maxBm25;
    if (best[row]! > 0) best[row]! += priorWeight * index.labelPrior[row]!;
    if (best[row]! > 0) rows.push(row);
  }
  rows.sort((a, b) => best[b]! - best[a]! || a - b);
  return rows.slice(0, k).map((row) => ({
    occupationId: index.occupations[row]!.id,
    label: index.occupations[row]!.preferredLabel,
    score: Math.min(1, best[row]! / (1 + bm25Weight + priorWeight)),
  }));
}
