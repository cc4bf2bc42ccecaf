import type { SkillType } from "./model.js";
import type { SkillGraph } from "./skill-graph.js";

export type RelatedReason = "related" | "broader" | "narrower" | "co-occurrence";

export interface RelatedSkill {
  id: string;
  label: string;
  type: SkillType;
  score: number;
  reason: RelatedReason;
}

export interface RelatedSkillsOptions {
  /** Maximum results; default 20. */
  limit?: number;
}

/**
 * Skills related to `skillId`: direct skill-related edges (score 0.9 × weight, capped at 0.9),
 * broader and narrower skills (0.8), then skills that co-occur in the same occupations
 * (score 0.7 × shared / (occupations of the skill + occupations of the other − shared)).
 * Each skill appears once, with its best reason.
 */
export function relatedSkills(
  graph: SkillGraph,
  skillId: string,
  options: RelatedSkillsOptions = {},
): RelatedSkill[] {
  const scores = new Map<string, { score: number; reason: RelatedReason }>();
  const offer = (id: string, score: number, reason: RelatedReason) => {
    if (id === skillId || !graph.getSkill(id)) return;
    const current = scores.get(id);
    if (!current || score > current.score) scores.set(id, { score, reason });
  };
  for (const edge of graph.outEdges(skillId, "skill-related"))
    offer(edge.to, 0.9 * Math.min(1, edge.weight), "related");
  for (const edge of graph.inEdges(skillId, "skill-related"))
    offer(edge.from, 0.9 * Math.min(1, edge.weight), "related");
  for (const edge of graph.outEdges(skillId, "skill-broader")) offer(edge.to, 0.8, "broader");
  for (const edge of graph.inEdges(skillId, "skill-broader")) offer(edge.from, 0.8, "narrower");
  const occupations = graph.inEdges(skillId, "occupation-skill").map((edge) => edge.from);
  const counts = new Map<string, number>();
  for (const occupation of occupations) {
    for (const edge of graph.outEdges(occupation, "occupation-skill")) {
      if (edge.to !== skillId) counts.set(edge.to, (counts.get(edge.to) ?? 0) + 1);
    }
  }
  for (const [id, shared] of counts) {
    const otherCount = graph.inEdges(id, "occupation-skill").length;
    offer(id, (0.7 * shared) / (occupations.length + otherCount - shared), "co-occurrence");
  }
  return [...scores.entries()]
    .map(([id, { score, reason }]) => {
      const skill = graph.getSkill(id);
      return {
        id,
        label: skill?.preferredLabel ?? id,
        type: skill?.type ?? "unknown",
        score: Math.round(score * 1000) / 1000,
        reason,
      };
    })
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, options.limit ?? 20);
}
