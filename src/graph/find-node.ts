import { type LabelEntry, labelIndexOf, normalizeLabel } from "./label-index.js";
import type { NodeKind, Occupation, Skill } from "./model.js";
import { searchGraph } from "./search-graph.js";
import type { SkillGraph } from "./skill-graph.js";

export type FoundNode = { kind: "occupation"; node: Occupation } | { kind: "skill"; node: Skill };

export interface FindNodeOptions {
  /** Only this kind of node; default either. */
  kind?: NodeKind;
  /** Fall back to the best fuzzy search hit when no label matches exactly; default true. */
  fuzzy?: boolean;
}

/**
 * Resolve an id or a label to a node: an exact id first, then an exact (normalized) preferred
 * label, then an alternative/hidden label, then (unless `fuzzy: false`) the best search hit.
 * Among equal matches, ESCO (concept URIs) comes before O*NET and induced nodes, then occupations
 * before skills.
 */
export function findNode(
  graph: SkillGraph,
  idOrLabel: string,
  options: FindNodeOptions = {},
): FoundNode | undefined {
  const wanted = options.kind;
  const byId = nodeOf(graph, idOrLabel.trim());
  if (byId && (!wanted || byId.kind === wanted)) return byId;
  const index = labelIndexOf(graph);
  const positions = index.byNormalized.get(normalizeLabel(idOrLabel)) ?? [];
  const candidates = positions
    .map((position) => index.entries[position])
    .filter((entry): entry is LabelEntry => entry !== undefined && (!wanted || entry.kind === wanted))
    .sort((a, b) => rank(a) - rank(b));
  const exact = candidates[0];
  if (exact) return nodeOf(graph, exact.id);
  if (options.fuzzy === false) return undefined;
  const hit = searchGraph(graph, idOrLabel, { limit: 1, ...(wanted ? { kind: wanted } : {}) })[0];
  return hit ? nodeOf(graph, hit.id) : undefined;
}

function rank(entry: { id: string; kind: NodeKind; tier: string }): number {
  const tier = entry.tier === "preferred" ? 0 : entry.tier === "alternative" ? 4 : 8;
  const source = entry.id.startsWith("http") ? 0 : 2;
  return tier + source + (entry.kind === "occupation" ? 0 : 1);
}

/** The node with this id, tagged with its kind. */
export function nodeOf(graph: SkillGraph, id: string): FoundNode | undefined {
  const occupation = graph.getOccupation(id);
  if (occupation) return { kind: "occupation", node: occupation };
  const skill = graph.getSkill(id);
  return skill ? { kind: "skill", node: skill } : undefined;
}
