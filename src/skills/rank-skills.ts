import { buildCandidates, type CandidateOptions } from "./ranker-features.js";
import type { SkillIndex } from "./skill-index.js";
import type { SkillRanker } from "./skill-ranker-model.js";

/** Skill rows of the index in ranked order with their scores (candidates first, then the tail). */
export interface SkillRanking {
  rows: Int32Array;
  scores: Float32Array;
}

/**
 * Rank all skills of the index for one sentence: the learned ranker orders the candidates; the
 * remaining skills follow by label coverage with scores below every candidate's.
 */
export function rankSkillRows(
  index: SkillIndex,
  ranker: SkillRanker,
  sentence: string,
  dictionaryRows: ReadonlySet<number>,
  options: CandidateOptions & { limit?: number } = {},
): SkillRanking {
  const limit = Math.min(options.limit ?? index.skills.length, index.skills.length);
  const candidates = buildCandidates(index, sentence, ranker.skillness, dictionaryRows, options);
  const scored = Array.from(candidates.skillRows, (row, position) => ({
    row,
    score: ranker.score(candidates.features, position),
  }));
  scored.sort((a, b) => b.score - a.score || a.row - b.row);
  const rows: number[] = [];
  const scores: number[] = [];
  for (const entry of scored.slice(0, limit)) {
    rows.push(entry.row);
    scores.push(entry.score);
  }
  if (rows.length < limit) {
    const taken = new Set(rows);
    const floor = scored.length > 0 ? Math.min(...scores) : 1;
    const tailScore = candidates.tailScore;
    const tail = candidates.touchedRows.filter((row) => !taken.has(row));
    tail.sort((a, b) => tailScore[b]! - tailScore[a]! || a - b);
    for (const row of tail.slice(0, limit - rows.length)) {
      rows.push(row);
      scores.push(floor * 0.5 * tailScore[row]!);
      taken.add(row);
    }
    for (let row = 0; row < index.skills.length && rows.length < limit; row++) {
      if (taken.has(row)) continue;
      rows.push(row);
      scores.push(0);
    }
  }
  return { rows: Int32Array.from(rows), scores: Float32Array.from(scores) };
}
