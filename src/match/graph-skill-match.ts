import type { SkillGraph } from "../graph/skill-graph.js";
import type { LinkedSkillMention, SkillMatchContext } from "./skill-requirement.js";

/** How a required skill was found through the graph: the same id, or a neighbour. */
export interface GraphMatch {
  relation: "same" | "related" | "broader" | "narrower";
  mention: LinkedSkillMention;
  label: string;
}

/** Same graph id → met; a related, broader or narrower skill in the resume → partial. */
export function graphMatch(text: string, context: SkillMatchContext): GraphMatch | null {
  if (!context.linker || context.resumeMentions.length === 0) return null;
  const required = context.linker.detectMentions(text).filter((mention) => mention.skillId !== null);
  if (required.length === 0) return null;
  const byId = new Map<string, LinkedSkillMention>();
  for (const mention of context.resumeMentions) {
    if (mention.skillId !== null && !byId.has(mention.skillId)) byId.set(mention.skillId, mention);
  }
  for (const wanted of required) {
    if (wanted.skillId === null) continue;
    const same = byId.get(wanted.skillId);
    if (same) return { relation: "same", mention: same, label: wanted.label };
  }
  if (!context.graph) return null;
  for (const wanted of required) {
    if (wanted.skillId === null) continue;
    for (const [relation, ids] of neighbourIds(context.graph, wanted.skillId)) {
      for (const id of ids) {
        const mention = byId.get(id);
        if (mention) return { relation, mention, label: wanted.label };
      }
    }
  }
  return null;
}

function neighbourIds(graph: SkillGraph, id: string): Array<["related" | "broader" | "narrower", string[]]> {
  return [
    [
      "related",
      [
        ...graph.outEdges(id, "skill-related").map((edge) => edge.to),
        ...graph.inEdges(id, "skill-related").map((edge) => edge.from),
      ],
    ],
    ["broader", graph.outEdges(id, "skill-broader").map((edge) => edge.to)],
    ["narrower", graph.inEdges(id, "skill-broader").map((edge) => edge.from)],
  ];
}

export function mentionEvidence(
  text: string,
  mention: LinkedSkillMention,
): { start: number; end: number; quote: string } {
  return { start: mention.start, end: mention.end, quote: text.slice(mention.start, mention.end) };
}
