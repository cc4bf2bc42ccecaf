import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";
import type { SkillGraph } from "../graph/skill-graph.js";
import { rankSkillRows } from "../skills/rank-skills.js";
import {
  type RankerExample,
  type RankerTrainingOptions,
  trainSkillRanker,
} from "../skills/ranker-training.js";
import { SkillDictionary } from "../skills/skill-dictionary.js";
import { SkillIndex } from "../skills/skill-index.js";
import type { RankedSkill } from "../skills/skill-mention.js";
import { createSkillRanker, type SkillRankerFile } from "../skills/skill-ranker-model.js";
import type { SkillnessTable } from "../skills/skillness.js";
import type { WordVectors } from "../skills/word-vectors.js";

/** One row of a Decorte TECH/HOUSE/TECHWOLF annotation CSV. */
export const DecorteRowSchema = z.object({
  sentence: z.string(),
  span: z.string().optional().default(""),
  sub_span: z.string().optional().default(""),
  label: z.string(),
});

/** A sentence with its gold ESCO preferred labels (deduplicated). */
export interface LinkingSentence {
  sentence: string;
  goldLabels: string[];
}

const DROPPED_LABELS = new Set(["LABEL NOT PRESENT", "UNDERSPECIFIED"]);

/**
 * Read a Decorte CSV with the GUIDE §4 protocol: group rows by sentence, drop LABEL NOT PRESENT and
 * UNDERSPECIFIED rows, drop sentences left with no label.
 */
export function readDecorteCsv(path: string): LinkingSentence[] {
  let records: unknown[];
  try {
    records = parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true, bom: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code === "ENOENT" ? "FILE_NOT_FOUND" : "BAD_CSV";
    throw new SkillgraphError(code, `${path}: cannot read Decorte CSV`, { cause });
  }
  const bySentence = new Map<string, Set<string>>();
  records.forEach((record, position) => {
    const row = DecorteRowSchema.safeParse(record);
    if (!row.success) {
      throw new SkillgraphError("BAD_DATASET_ROW", `${path}: row ${position + 2} is not a Decorte row`);
    }
    const labels = bySentence.get(row.data.sentence) ?? new Set<string>();
    bySentence.set(row.data.sentence, labels);
    const label = row.data.label.trim();
    if (label && !DROPPED_LABELS.has(label)) labels.add(label);
  });
  return [...bySentence]
    .filter(([, labels]) => labels.size > 0)
    .map(([sentence, labels]) => ({ sentence, goldLabels: [...labels] }));
}

/** ESCO skill ids by label: preferred labels first, then alternative labels (ESCO 1.1.0 → graph version). */
export function escoSkillIdsByLabel(graph: SkillGraph): (label: string) => string | undefined {
  const preferred = new Map<string, string>();
  const alternative = new Map<string, string>();
  for (const skill of graph.skills) {
    if (!isEscoSkillId(skill.id)) continue;
    preferred.set(skill.preferredLabel.toLowerCase(), skill.id);
    for (const label of skill.altLabels)
      if (!alternative.has(label.toLowerCase())) alternative.set(label.toLowerCase(), skill.id);
  }
  return (label) => preferred.get(label.toLowerCase()) ?? alternative.get(label.toLowerCase());
}

export function isEscoSkillId(id: string): boolean {
  return id.startsWith("http://data.europa.eu/esco/skill/");
}

/** RP@K: gold items in the top K over min(K, number of gold items). */
export function rPrecisionAt(
  ranked: readonly string[],
  gold: ReadonlySet<string>,
  goldCount: number,
  k: number,
): number {
  if (goldCount === 0) return 0;
  let hits = 0;
  for (const id of ranked.slice(0, k)) if (gold.has(id)) hits++;
  return hits / Math.min(k, goldCount);
}

/** Reciprocal rank of the first gold item (0 when none is ranked). */
export function reciprocalRank(ranked: readonly string[], gold: ReadonlySet<string>): number {
  const position = ranked.findIndex((id) => gold.has(id));
  return position < 0 ? 0 : 1 / (position + 1);
}

export interface SkillLinkingReport {
  n: number;
  metrics: { "rp@5": number; "rp@10": number; mrr: number; sentences_per_second: number };
  /** Gold labels with no ESCO skill of that label in the graph (they still count as misses). */
  unmappedLabels: string[];
}

/** Score a ranker on Decorte sentences: `rank(sentence)` returns all skills in ranked order. */
export function evaluateSkillLinking(
  sentences: readonly LinkingSentence[],
  rank: (sentence: string) => RankedSkill[],
  idOfLabel: (label: string) => string | undefined,
  onProgress?: (done: number, total: number) => void,
): SkillLinkingReport {
  let rp5 = 0;
  let rp10 = 0;
  let mrr = 0;
  const unmapped = new Set<string>();
  const started = performance.now();
  sentences.forEach((item, position) => {
    const gold = new Set<string>();
    for (const label of item.goldLabels) {
      const id = idOfLabel(label);
      if (id) gold.add(id);
      else unmapped.add(label);
    }
    const ranked = rank(item.sentence).map((entry) => entry.skillId);
    rp5 += rPrecisionAt(ranked, gold, item.goldLabels.length, 5);
    rp10 += rPrecisionAt(ranked, gold, item.goldLabels.length, 10);
    mrr += reciprocalRank(ranked, gold);
    onProgress?.(position + 1, sentences.length);
  });
  const seconds = (performance.now() - started) / 1000;
  const n = sentences.length;
  return {
    n,
    metrics: {
      "rp@5": n ? (100 * rp5) / n : 0,
      "rp@10": n ? (100 * rp10) / n : 0,
      mrr: n ? mrr / n : 0,
      sentences_per_second: seconds > 0 ? n / seconds : 0,
    },
    unmappedLabels: [...unmapped],
  };
}

/** Everything ranking needs, built once and shared by training folds. */
export interface RankingContext {
  index: SkillIndex;
  dictionary: SkillDictionary;
}

export function createRankingContext(graph: SkillGraph, vectors: WordVectors): RankingContext {
  return {
    index: new SkillIndex(graph, vectors, { includeSkill: (skill) => isEscoSkillId(skill.id) }),
    dictionary: new SkillDictionary(graph, { frequencyRank: (word) => vectors.frequencyRank(word) }),
  };
}

function dictionaryRowsOf(
  context: RankingContext,
  rowOf: Map<string, number>,
  sentence: string,
): Set<number> {
  const rows = new Set<number>();
  for (const mention of context.dictionary.detect(sentence)) {
    const row = mention.skillId ? rowOf.get(mention.skillId) : undefined;
    if (row !== undefined) rows.add(row);
  }
  return rows;
}

/** A `rank` function for evaluateSkillLinking from a context and a ranker file (top `depth` skills). */
export function rankerFor(
  context: RankingContext,
  file: SkillRankerFile,
  depth = 1000,
): (sentence: string) => RankedSkill[] {
  const ranker = createSkillRanker(file);
  const rowOf = new Map(context.index.skills.map((skill, row) => [skill.id, row]));
  return (sentence) => {
    const ranking = rankSkillRows(
      context.index,
      ranker,
      sentence,
      dictionaryRowsOf(context, rowOf, sentence),
      {
        limit: depth,
      },
    );
    return Array.from(ranking.rows, (row, position) => ({
      skillId: context.index.skills[row]!.id,
      label: context.index.skills[row]!.preferredLabel,
      score: ranking.scores[position]!,
    }));
  };
}

/** Turn Decorte sentences into ranker examples (gold labels mapped to index rows). */
export function rankerExamples(
  context: RankingContext,
  graph: SkillGraph,
  sentences: readonly LinkingSentence[],
): RankerExample[] {
  const rowOf = new Map(context.index.skills.map((skill, row) => [skill.id, row]));
  const idOf = escoSkillIdsByLabel(graph);
  return sentences.map((item) => ({
    sentence: item.sentence,
    goldRows: new Set(
      item.goldLabels.flatMap((label) => {
        const row = rowOf.get(idOf(label) ?? "");
        return row === undefined ? [] : [row];
      }),
    ),
    dictionaryRows: dictionaryRowsOf(context, rowOf, item.sentence),
  }));
}

export interface RankerTrainingReport {
  file: SkillRankerFile;
  /** Each fold trains on the other split only: train HOUSE → score TECH, train TECH → score HOUSE. */
  crossValidation: Record<string, SkillLinkingReport["metrics"]>;
  /** The final model (trained on all splits) scored on each split: in-sample, for reference only. */
  inSample: Record<string, SkillLinkingReport["metrics"]>;
}

/**
 * Train the skill ranker on named Decorte splits with SkillSpan skillness, reporting leave-one-split-out
 * cross-validation (honest figures) and the in-sample figures of the final model.
 */
export function trainSkillRankerWithCrossValidation(
  graph: SkillGraph,
  context: RankingContext,
  splits: Record<string, LinkingSentence[]>,
  skillness: SkillnessTable,
  options: RankerTrainingOptions = {},
): RankerTrainingReport {
  const idOf = escoSkillIdsByLabel(graph);
  const examples = Object.fromEntries(
    Object.entries(splits).map(([name, sentences]) => [name, rankerExamples(context, graph, sentences)]),
  );
  const crossValidation: RankerTrainingReport["crossValidation"] = {};
  const names = Object.keys(splits);
  if (names.length > 1) {
    for (const heldOut of names) {
      const training = names.filter((name) => name !== heldOut).flatMap((name) => examples[name]!);
      const file = trainSkillRanker(context.index, training, skillness, options);
      crossValidation[heldOut] = evaluateSkillLinking(
        splits[heldOut]!,
        rankerFor(context, file),
        idOf,
      ).metrics;
    }
  }
  const file = trainSkillRanker(context.index, Object.values(examples).flat(), skillness, options);
  const inSample: RankerTrainingReport["inSample"] = {};
  for (const name of names)
    inSample[name] = evaluateSkillLinking(splits[name]!, rankerFor(context, file), idOf).metrics;
  return { file, crossValidation, inSample };
}
