import { SkillgraphError } from "../core/errors.js";
import type { Edge, EdgeKind, NodeKind, Occupation, Relation, Skill } from "./model.js";

/** An edge as seen from one node: the neighbour id plus the edge's attributes. */
export interface Neighbour {
  id: string;
  kind: EdgeKind;
  relation?: Relation;
  weight: number;
  source: string;
}

/**
 * The in-memory skill–occupation graph. Adding is idempotent: a node with the same id merges
 * labels (the first non-empty value of each field wins), and an edge with the same
 * (kind, from, to) is stored once (the larger weight and the stronger relation win).
 */
export class SkillGraph {
  private readonly occupationsById = new Map<string, Occupation>();
  private readonly skillsById = new Map<string, Skill>();
  private readonly edgesByKey = new Map<string, Edge>();
  private readonly outgoing = new Map<string, Edge[]>();
  private readonly incoming = new Map<string, Edge[]>();
  private readonly sourceNames = new Set<string>();

  get occupations(): IterableIterator<Occupation> {
    return this.occupationsById.values();
  }
  get skills(): IterableIterator<Skill> {
    return this.skillsById.values();
  }
  get edges(): IterableIterator<Edge> {
    return this.edgesByKey.values();
  }
  get occupationCount(): number {
    return this.occupationsById.size;
  }
  get skillCount(): number {
    return this.skillsById.size;
  }
  get edgeCount(): number {
    return this.edgesByKey.size;
  }
  /** Sources of all nodes and edges, sorted. */
  get sources(): string[] {
    return [...this.sourceNames].sort();
  }

  getOccupation(id: string): Occupation | undefined {
    return this.occupationsById.get(id);
  }
  getSkill(id: string): Skill | undefined {
    return this.skillsById.get(id);
  }
  kindOf(id: string): NodeKind | undefined {
    if (this.occupationsById.has(id)) return "occupation";
    if (this.skillsById.has(id)) return "skill";
    return undefined;
  }

  addOccupation(occupation: Occupation): void {
    const existing = this.occupationsById.get(occupation.id);
    this.sourceNames.add(occupation.source);
    if (!existing) {
      this.occupationsById.set(occupation.id, cloneNode(occupation));
      return;
    }
    mergeNode(existing, occupation);
  }

  addSkill(skill: Skill): void {
    const existing = this.skillsById.get(skill.id);
    this.sourceNames.add(skill.source);
    if (!existing) {
      this.skillsById.set(skill.id, cloneNode(skill));
      return;
    }
    mergeNode(existing, skill);
    if (existing.type === "unknown" && skill.type !== "unknown") existing.type = skill.type;
  }

  /** Add an edge; both ends must exist. Returns false when an identical edge was already present. */
  addEdge(edge: Edge): boolean {
    if (!this.kindOf(edge.from) || !this.kindOf(edge.to)) {
      throw new SkillgraphError(
        "BAD_INPUT",
        `edge ${edge.kind} ${edge.from} → ${edge.to} names a missing node`,
      );
    }
    const key = `${edge.kind}\u0000${edge.from}\u0000${edge.to}`;
    const existing = this.edgesByKey.get(key);
    this.sourceNames.add(edge.source);
    if (existing) {
      const before = `${existing.weight}/${existing.relation}`;
      existing.weight = Math.max(existing.weight, edge.weight);
      if (edge.relation === "essential") existing.relation = "essential";
      else if (!existing.relation && edge.relation) existing.relation = edge.relation;
      return before !== `${existing.weight}/${existing.relation}`;
    }
    const stored: Edge = { ...edge };
    this.edgesByKey.set(key, stored);
    pushTo(this.outgoing, edge.from, stored);
    pushTo(this.incoming, edge.to, stored);
    return true;
  }

  /** Edges leaving `id`, optionally of one kind. */
  outEdges(id: string, kind?: EdgeKind): Edge[] {
    const list = this.outgoing.get(id) ?? [];
    return kind ? list.filter((edge) => edge.kind === kind) : list;
  }

  /** Edges arriving at `id`, optionally of one kind. */
  inEdges(id: string, kind?: EdgeKind): Edge[] {
    const list = this.incoming.get(id) ?? [];
    return kind ? list.filter((edge) => edge.kind === kind) : list;
  }
}

function pushTo(index: Map<string, Edge[]>, id: string, edge: Edge): void {
  const list = index.get(id);
  if (list) list.push(edge);
  else index.set(id, [edge]);
}

function cloneNode<T extends Occupation | Skill>(node: T): T {
  return { ...node, altLabels: [...node.altLabels], hiddenLabels: [...node.hiddenLabels] };
}

function mergeNode<T extends Occupation | Skill>(existing: T, incoming: T): void {
  for (const label of incoming.altLabels) {
    if (label !== existing.preferredLabel && !existing.altLabels.includes(label))
      existing.altLabels.push(label);
  }
  for (const label of incoming.hiddenLabels) {
    if (!existing.hiddenLabels.includes(label)) existing.hiddenLabels.push(label);
  }
  const target = existing as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(incoming)) {
    if (key === "altLabels" || key === "hiddenLabels") continue;
    const current = target[key];
    if ((current === undefined || current === "") && value !== undefined && value !== "") target[key] = value;
  }
}
