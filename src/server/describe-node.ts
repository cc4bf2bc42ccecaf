import type { SkillGraph } from "../graph/skill-graph.js";
import type { GraphNodeInfo } from "./engine.js";

/** Most related nodes listed per node (essential first). */
const MAX_RELATED = 40;

/** A node of the graph as the page shows it on a skill chip: labels, description, related nodes. */
export function describeGraphNode(graph: SkillGraph, id: string): GraphNodeInfo | undefined {
  const skill = graph.getSkill(id);
  const occupation = skill ? undefined : graph.getOccupation(id);
  const node = skill ?? occupation;
  if (!node) return undefined;
  const edges = skill
    ? graph.inEdges(id, "occupation-skill").map((edge) => ({ other: edge.from, relation: edge.relation }))
    : graph.outEdges(id, "occupation-skill").map((edge) => ({ other: edge.to, relation: edge.relation }));
  const related = edges
    .map(({ other, relation }) => ({
      id: other,
      label: (graph.getOccupation(other) ?? graph.getSkill(other))?.preferredLabel ?? other,
      relation: relation ?? "related",
    }))
    .sort(
      (left, right) => rank(left.relation) - rank(right.relation) || left.label.localeCompare(right.label),
    )
    .slice(0, MAX_RELATED);
  return {
    id: node.id,
    kind: skill ? "skill" : "occupation",
    preferredLabel: node.preferredLabel,
    altLabels: node.altLabels.slice(0, 20),
    description: node.description,
    source: node.source,
    related,
  };
}

function rank(relation: string): number {
  return relation === "essential" ? 0 : relation === "optional" ? 1 : 2;
}
