import { type FindNodeOptions, findNode } from "./find-node.js";
import type { Occupation, Skill } from "./model.js";
import {
  type OccupationLink,
  type OccupationSkills,
  occupationsOfSkill,
  skillsOfOccupation,
} from "./occupation-skills.js";
import { type RelatedSkill, relatedSkills } from "./related-skills.js";
import type { SkillGraph } from "./skill-graph.js";

/** Everything `graph show` prints about one node. */
export type NodeDescription =
  | {
      kind: "occupation";
      node: Occupation;
      skills: OccupationSkills;
      /** Neighbouring occupations: broader, narrower, related and crosswalked. */
      links: { id: string; label: string; relation: string; weight: number }[];
    }
  | { kind: "skill"; node: Skill; occupations: OccupationLink[]; related: RelatedSkill[] };

/** Describe the node named by an id or label (see `findNode`), or undefined when none matches. */
export function describeNode(
  graph: SkillGraph,
  idOrLabel: string,
  options: FindNodeOptions = {},
): NodeDescription | undefined {
  const found = findNode(graph, idOrLabel, options);
  if (!found) return undefined;
  if (found.kind === "skill") {
    return {
      kind: "skill",
      node: found.node,
      occupations: occupationsOfSkill(graph, found.node.id),
      related: relatedSkills(graph, found.node.id, { limit: 10 }),
    };
  }
  const id = found.node.id;
  const links: { id: string; label: string; relation: string; weight: number }[] = [];
  const add = (other: string, relation: string, weight: number) => {
    const occupation = graph.getOccupation(other);
    if (occupation) links.push({ id: other, label: occupation.preferredLabel, relation, weight });
  };
  for (const edge of graph.outEdges(id, "occupation-broader")) add(edge.to, "broader", edge.weight);
  for (const edge of graph.inEdges(id, "occupation-broader")) add(edge.from, "narrower", edge.weight);
  for (const edge of graph.outEdges(id, "occupation-related")) add(edge.to, "related", edge.weight);
  for (const edge of graph.inEdges(id, "occupation-related")) add(edge.from, "related", edge.weight);
  for (const edge of graph.outEdges(id, "crosswalk")) add(edge.to, "crosswalk", edge.weight);
  for (const edge of graph.inEdges(id, "crosswalk")) add(edge.from, "crosswalk", edge.weight);
  return { kind: "occupation", node: found.node, skills: skillsOfOccupation(graph, id), links };
}
