import type { Relation, SkillType } from "./model.js";
import type { SkillGraph } from "./skill-graph.js";

/** A skill of an occupation, as listed by `skillsOfOccupation`. */
export interface SkillLink {
  id: string;
  label: string;
  type: SkillType;
  relation: Relation;
  weight: number;
  source: string;
  /** For skills reached through the ESCO ↔ O*NET crosswalk: the O*NET occupation they come from. */
  via?: string;
}

export interface OccupationSkills {
  essential: SkillLink[];
  optional: SkillLink[];
}

export interface SkillsOfOccupationOptions {
  /**
   * Also list O*NET technology skills of crosswalked O*NET occupations (weight × crosswalk
   * confidence, `via` set); default true.
   */
  includeCrosswalk?: boolean;
}

/**
 * Skills of an occupation split into essential and optional, each sorted by weight (desc) then
 * label. Crosswalked O*NET technology skills are added (query-time union) unless the occupation
 * already has the skill directly.
 */
export function skillsOfOccupation(
  graph: SkillGraph,
  occupationId: string,
  options: SkillsOfOccupationOptions = {},
): OccupationSkills {
  const links = new Map<string, SkillLink>();
  for (const edge of graph.outEdges(occupationId, "occupation-skill")) {
    const link = linkOf(graph, edge.to, edge.relation ?? "essential", edge.weight, edge.source);
    if (link) links.set(link.id, link);
  }
  if (options.includeCrosswalk ?? true) {
    for (const crosswalk of graph.outEdges(occupationId, "crosswalk")) {
      for (const edge of graph.outEdges(crosswalk.to, "occupation-skill")) {
        if (links.has(edge.to) && links.get(edge.to)?.via === undefined) continue;
        if (graph.getSkill(edge.to)?.type !== "technology") continue;
        const weight = Math.round(edge.weight * crosswalk.weight * 1000) / 1000;
        const current = links.get(edge.to);
        if (current && current.weight >= weight) continue;
        const link = linkOf(graph, edge.to, edge.relation ?? "optional", weight, edge.source);
        if (link) links.set(link.id, { ...link, via: crosswalk.to });
      }
    }
  }
  const sorted = [...links.values()].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  return {
    essential: sorted.filter((link) => link.relation === "essential"),
    optional: sorted.filter((link) => link.relation === "optional"),
  };
}

function linkOf(
  graph: SkillGraph,
  id: string,
  relation: Relation,
  weight: number,
  source: string,
): SkillLink | undefined {
  const skill = graph.getSkill(id);
  if (!skill) return undefined;
  return { id, label: skill.preferredLabel, type: skill.type, relation, weight, source };
}

/** An occupation that needs a skill. */
export interface OccupationLink {
  id: string;
  label: string;
  relation: Relation;
  weight: number;
  source: string;
}

/** Occupations with an occupation-skill edge to `skillId`: essential first, then by weight and label. */
export function occupationsOfSkill(graph: SkillGraph, skillId: string): OccupationLink[] {
  const links: OccupationLink[] = [];
  for (const edge of graph.inEdges(skillId, "occupation-skill")) {
    const occupation = graph.getOccupation(edge.from);
    if (!occupation) continue;
    const relation = edge.relation ?? "essential";
    links.push({
      id: occupation.id,
      label: occupation.preferredLabel,
      relation,
      weight: edge.weight,
      source: edge.source,
    });
  }
  const order = (link: OccupationLink) => (link.relation === "essential" ? 0 : 1);
  return links.sort((a, b) => order(a) - order(b) || b.weight - a.weight || a.label.localeCompare(b.label));
}
