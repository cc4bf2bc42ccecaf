import type { SkillGraph } from "./skill-graph.js";
import { combine, type Similarity, weightedJaccard } from "./skill-similarity.js";

/**
 * Similarity of two occupations: score = 1 − (1 − overlap)(1 − hierarchy). Overlap is the
 * weighted Jaccard of their skills (essential weight, optional half; an ESCO occupation also counts
 * the skills of the O*NET occupations it is crosswalked to, scaled by the crosswalk weight).
 * Hierarchy, largest of: same ISCO unit group 0.5 (3-digit 0.3, 2-digit 0.15); broader/narrower
 * edge 0.6; related edge 0.6 × weight; crosswalk edge (or both crosswalked to the same O*NET
 * occupation) 0.8 × weight.
 */
export function occupationSimilarity(graph: SkillGraph, a: string, b: string): Similarity {
  if (a === b) return { score: graph.getOccupation(a) ? 1 : 0, overlap: 1, hierarchy: 1, shared: 0 };
  const { jaccard, shared } = weightedJaccard(skillWeights(graph, a), skillWeights(graph, b));
  return combine(jaccard, occupationHierarchy(graph, a, b), shared);
}

function skillWeights(graph: SkillGraph, occupationId: string): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (id: string, weight: number) => weights.set(id, Math.max(weights.get(id) ?? 0, weight));
  for (const edge of graph.outEdges(occupationId, "occupation-skill")) {
    add(edge.to, edge.relation === "optional" ? edge.weight * 0.5 : edge.weight);
  }
  for (const crosswalk of graph.outEdges(occupationId, "crosswalk")) {
    for (const edge of graph.outEdges(crosswalk.to, "occupation-skill")) {
      const weight = edge.relation === "optional" ? edge.weight * 0.5 : edge.weight;
      add(edge.to, weight * crosswalk.weight);
    }
  }
  return weights;
}

function occupationHierarchy(graph: SkillGraph, a: string, b: string): number {
  let best = 0;
  const iscoA = graph.getOccupation(a)?.iscoGroup ?? "";
  const iscoB = graph.getOccupation(b)?.iscoGroup ?? "";
  if (iscoA && iscoB) {
    if (iscoA === iscoB) best = 0.5;
    else if (iscoA.slice(0, 3) === iscoB.slice(0, 3)) best = 0.3;
    else if (iscoA.slice(0, 2) === iscoB.slice(0, 2)) best = 0.15;
  }
  const edgesOfA = [
    ...graph.outEdges(a, "occupation-broader"),
    ...graph.inEdges(a, "occupation-broader"),
    ...graph.outEdges(a, "occupation-related"),
    ...graph.inEdges(a, "occupation-related"),
    ...graph.outEdges(a, "crosswalk"),
    ...graph.inEdges(a, "crosswalk"),
  ];
  for (const edge of edgesOfA) {
    if (edge.from !== b && edge.to !== b) continue;
    if (edge.kind === "occupation-broader") best = Math.max(best, 0.6);
    else if (edge.kind === "occupation-related") best = Math.max(best, 0.6 * Math.min(1, edge.weight));
    else best = Math.max(best, 0.8 * Math.min(1, edge.weight));
  }
  const crosswalkB = new Map(graph.outEdges(b, "crosswalk").map((edge) => [edge.to, edge.weight]));
  for (const edge of graph.outEdges(a, "crosswalk")) {
    const other = crosswalkB.get(edge.to);
    if (other !== undefined) best = Math.max(best, 0.8 * Math.min(edge.weight, other));
  }
  return best;
}
