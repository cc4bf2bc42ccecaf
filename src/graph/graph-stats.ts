import { type EdgeKind, ESCO_ATTRIBUTION, ONET_ATTRIBUTION, type SkillType } from "./model.js";
import type { SkillGraph } from "./skill-graph.js";

export interface GraphStats {
  occupations: number;
  skills: number;
  /** All edges. */
  relations: number;
  occupationSkillRelations: number;
  edgesByKind: Record<EdgeKind, number>;
  skillsByType: Record<SkillType, number>;
  occupationsBySource: Record<string, number>;
  sources: string[];
  /** Attribution lines owed for the sources present (ESCO, O*NET). */
  attribution: string[];
}

/** Counts of a graph, with the attribution lines its sources require. */
export function graphStats(graph: SkillGraph): GraphStats {
  const edgesByKind: Record<EdgeKind, number> = {
    "occupation-skill": 0,
    "skill-broader": 0,
    "skill-related": 0,
    "occupation-broader": 0,
    "occupation-related": 0,
    crosswalk: 0,
  };
  for (const edge of graph.edges) edgesByKind[edge.kind]++;
  const skillsByType: Record<SkillType, number> = { skill: 0, knowledge: 0, technology: 0, unknown: 0 };
  for (const skill of graph.skills) skillsByType[skill.type]++;
  const occupationsBySource: Record<string, number> = {};
  for (const occupation of graph.occupations) {
    occupationsBySource[occupation.source] = (occupationsBySource[occupation.source] ?? 0) + 1;
  }
  const sources = graph.sources;
  return {
    occupations: graph.occupationCount,
    skills: graph.skillCount,
    relations: graph.edgeCount,
    occupationSkillRelations: edgesByKind["occupation-skill"],
    edgesByKind,
    skillsByType,
    occupationsBySource,
    sources,
    attribution: attributionFor(sources),
  };
}

/** ESCO and O*NET attribution lines for the given source names. */
export function attributionFor(sources: readonly string[]): string[] {
  const lines: string[] = [];
  if (sources.includes("esco")) lines.push(ESCO_ATTRIBUTION);
  if (sources.includes("onet")) lines.push(ONET_ATTRIBUTION);
  return lines;
}
