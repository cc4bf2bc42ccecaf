import type { SkillGraph } from "./skill-graph.js";

/** A graph-derived similarity in [0, 1] with the parts it is made of. */
export interface Similarity {
  score: number;
  /** Weighted Jaccard overlap of the neighbours (occupations of a skill, skills of an occupation). */
  overlap: number;
  /** Closeness in the hierarchy and direct links (broader, related, crosswalk, shared groups). */
  hierarchy: number;
  /** Number of shared neighbours. */
  shared: number;
}

/**
 * Similarity of two skills: score = 1 − (1 − overlap)(1 − hierarchy). Overlap is the weighted
 * Jaccard of the occupations that need each skill (essential 1, optional 0.5, O*NET by importance).
 * Hierarchy: 1 for the same skill; 0.6 for a direct broader/narrower edge; related edge 0.5 ×
 * weight; a shared broader skill 0.4; shared ESCO skill groups 0.3 × their Jaccard; the largest wins.
 */
export function skillSimilarity(graph: SkillGraph, a: string, b: string): Similarity {
  if (a === b) return { score: graph.getSkill(a) ? 1 : 0, overlap: 1, hierarchy: 1, shared: 0 };
  const occupationsA = occupationWeights(graph, a);
  const occupationsB = occupationWeights(graph, b);
  const { jaccard, shared } = weightedJaccard(occupationsA, occupationsB);
  return combine(jaccard, skillHierarchy(graph, a, b), shared);
}

function occupationWeights(graph: SkillGraph, skillId: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const edge of graph.inEdges(skillId, "occupation-skill")) {
    weights.set(edge.from, edge.relation === "optional" ? edge.weight * 0.5 : edge.weight);
  }
  return weights;
}

function skillHierarchy(graph: SkillGraph, a: string, b: string): number {
  let best = 0;
  const broaderA = new Set(graph.outEdges(a, "skill-broader").map((edge) => edge.to));
  const broaderB = new Set(graph.outEdges(b, "skill-broader").map((edge) => edge.to));
  if (broaderA.has(b) || broaderB.has(a)) best = Math.max(best, 0.6);
  for (const edge of [...graph.outEdges(a, "skill-related"), ...graph.inEdges(a, "skill-related")]) {
    if (edge.from === b || edge.to === b) best = Math.max(best, 0.5 * Math.min(1, edge.weight));
  }
  for (const parent of broaderA) if (broaderB.has(parent)) best = Math.max(best, 0.4);
  const groupsA = graph.getSkill(a)?.groups ?? [];
  const groupsB = new Set(graph.getSkill(b)?.groups ?? []);
  const sharedGroups = groupsA.filter((group) => groupsB.has(group)).length;
  if (sharedGroups > 0) {
    const union = groupsA.length + groupsB.size - sharedGroups;
    best = Math.max(best, (0.3 * sharedGroups) / union);
  }
  return best;
}

/** Σ min / Σ max over the union of keys. */
export function weightedJaccard(
  a: Map<string, number>,
  b: Map<string, number>,
): { jaccard: number; shared: number } {
  let minimum = 0;
  let maximum = 0;
  let shared = 0;
  for (const [key, weightA] of a) {
    const weightB = b.get(key) ?? 0;
    if (weightB > 0) shared++;
    minimum += Math.min(weightA, weightB);
    maximum += Math.max(weightA, weightB);
  }
  for (const [key, weightB] of b) if (!a.has(key)) maximum += weightB;
  return { jaccard: maximum > 0 ? minimum / maximum : 0, shared };
}

export function combine(overlap: number, hierarchy: number, shared: number): Similarity {
  const round = (value: number) => Math.round(value * 10000) / 10000;
  const score = 1 - (1 - overlap) * (1 - hierarchy);
  return { score: round(score), overlap: round(overlap), hierarchy: round(hierarchy), shared };
}
