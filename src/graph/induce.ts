import type { RjdbRow } from "../datasets/rjdb-row.js";
import { countSkipped, createImportSummary, type ImportSummary, slugify } from "./import-summary.js";
import { type LabelIndex, labelIndexOf, normalizeLabel } from "./label-index.js";
import type { NodeKind } from "./model.js";
import type { SkillGraph } from "./skill-graph.js";

export interface InduceOptions {
  /** Source recorded on induced nodes and edges; default "induced:rjdb". */
  source?: string;
  /** Skill pairs must co-occur in at least this many rows to get a skill-related edge; default 2. */
  minPairCount?: number;
}

/**
 * Build or extend a graph from RJDB-format rows, as RJDB's authors did from job postings:
 * each Experiences title becomes an occupation and each Skills entry a skill — linked to an existing
 * node when a preferred/alternative label matches (case- and punctuation-insensitive), else a new
 * node `induced:<slug>` (occupations) or `induced:skill:<slug>` (skills). Edges from co-occurrence
 * within a row: occupation→skill with weight = rows with both / rows with the occupation (relation
 * essential when ≥ 0.5, else optional); skill-related with weight = Jaccard of the rows of the two
 * skills (pairs seen in ≥ `minPairCount` rows); occupation-related between titles of one career,
 * weight = Jaccard of their rows. Pairs already linked by another source (e.g. ESCO) keep that
 * edge unchanged. Re-inducing the same rows changes nothing.
 */
export function induceFromDataset(
  graph: SkillGraph,
  rows: readonly RjdbRow[],
  options: InduceOptions = {},
): ImportSummary {
  const source = options.source ?? "induced:rjdb";
  const minPairCount = options.minPairCount ?? 2;
  const summary = createImportSummary();
  const index = labelIndexOf(graph);
  const resolved = new Map<string, string>();
  const resolve = (label: string, kind: NodeKind): string | undefined => {
    const normalized = normalizeLabel(label);
    if (!normalized) return undefined;
    const key = `${kind}\u0000${normalized}`;
    const known = resolved.get(key);
    if (known) return known;
    const id = existingNode(index, normalized, kind) ?? createNode(graph, label, kind, source, summary);
    resolved.set(key, id);
    return id;
  };
  const rowsOf = new Map<string, Set<number>>();
  const note = (id: string, row: number) => {
    const set = rowsOf.get(id) ?? new Set<number>();
    set.add(row);
    rowsOf.set(id, set);
  };
  const pairs = new Map<
    string,
    {
      from: string;
      to: string;
      kind: "occupation-skill" | "skill-related" | "occupation-related";
      rows: number;
    }
  >();
  const countPair = (
    kind: "occupation-skill" | "skill-related" | "occupation-related",
    from: string,
    to: string,
  ) => {
    const key = `${kind}\u0000${from}\u0000${to}`;
    const pair = pairs.get(key) ?? { from, to, kind, rows: 0 };
    pair.rows++;
    pairs.set(key, pair);
  };
  rows.forEach((row, rowNumber) => {
    const occupations = unique(row.Experiences.map((title) => resolve(title, "occupation")));
    const skills = unique(row.Skills.map((label) => resolve(label, "skill")));
    if (occupations.length === 0 && skills.length === 0)
      countSkipped(summary, "row without experiences or skills");
    for (const id of [...occupations, ...skills]) note(id, rowNumber);
    for (const occupation of occupations)
      for (const skill of skills) countPair("occupation-skill", occupation, skill);
    for (const [a, b] of orderedPairs(skills)) countPair("skill-related", a, b);
    for (const [a, b] of orderedPairs(occupations)) countPair("occupation-related", a, b);
  });
  for (const pair of pairs.values()) {
    const existing = graph.outEdges(pair.from, pair.kind).find((edge) => edge.to === pair.to);
    if (existing && existing.source !== source) {
      countSkipped(summary, "pair already linked by another source (kept as is)");
      continue;
    }
    const fromRows = rowsOf.get(pair.from)?.size ?? 1;
    const toRows = rowsOf.get(pair.to)?.size ?? 1;
    if (pair.kind === "occupation-skill") {
      const weight = round(pair.rows / fromRows);
      const relation = weight >= 0.5 ? "essential" : "optional";
      graph.addEdge({ kind: pair.kind, from: pair.from, to: pair.to, relation, weight, source });
    } else {
      if (pair.kind === "skill-related" && pair.rows < minPairCount) continue;
      const weight = round(pair.rows / (fromRows + toRows - pair.rows));
      graph.addEdge({ kind: pair.kind, from: pair.from, to: pair.to, weight, source });
    }
    summary.edges++;
  }
  return summary;
}

function existingNode(index: LabelIndex, normalized: string, kind: NodeKind): string | undefined {
  let best: { id: string; rank: number } | undefined;
  for (const position of index.byNormalized.get(normalized) ?? []) {
    const entry = index.entries[position];
    if (!entry || entry.kind !== kind) continue;
    const rank =
      (entry.tier === "preferred" ? 0 : entry.tier === "alternative" ? 2 : 4) +
      (entry.id.startsWith("http") ? 0 : 1);
    if (!best || rank < best.rank) best = { id: entry.id, rank };
  }
  return best?.id;
}

function createNode(
  graph: SkillGraph,
  label: string,
  kind: NodeKind,
  source: string,
  summary: ImportSummary,
): string {
  const slug = slugify(label) || "unnamed";
  const base = { source, preferredLabel: label.trim(), altLabels: [], hiddenLabels: [], description: "" };
  if (kind === "occupation") {
    const id = `induced:${slug}`;
    if (!graph.getOccupation(id)) summary.occupations++;
    graph.addOccupation({ id, ...base });
    return id;
  }
  const id = `induced:skill:${slug}`;
  if (!graph.getSkill(id)) summary.skills++;
  graph.addSkill({ id, ...base, type: "unknown" });
  return id;
}

function unique(ids: (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

function orderedPairs(ids: string[]): [string, string][] {
  const sorted = [...ids].sort();
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i] as string, sorted[j] as string]);
  return pairs;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
