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
  /** Dense node numbers (insertion order) so edge bookkeeping uses small-integer keys and arrays. */
  private readonly nodeIndex = new Map<string, number>();
  /** Per from-node: (to index · 8 + kind index) → edge; built lazily (see `catchUpEdgeIndex`). */
  private readonly edgesByFrom: (Map<number, Edge> | undefined)[] = [];
  private indexedEdgeCount = 0;
  private readonly edgeList: Edge[] = [];
  private readonly outgoing: Edge[][] = [];
  private readonly incoming: Edge[][] = [];
  private readonly sourceNames = new Set<string>();

  get occupations(): IterableIterator<Occupation> {
    return this.occupationsById.values();
  }
  get skills(): IterableIterator<Skill> {
    return this.skillsById.values();
  }
  get edges(): IterableIterator<Edge> {
    return this.edgeList.values();
  }
  get occupationCount(): number {
    return this.occupationsById.size;
  }
  get skillCount(): number {
    return this.skillsById.size;
  }
  get edgeCount(): number {
    return this.edgeList.length;
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
      this.indexNode(occupation.id);
      return;
    }
    mergeNode(existing, occupation);
  }

  addSkill(skill: Skill): void {
    const existing = this.skillsById.get(skill.id);
    this.sourceNames.add(skill.source);
    if (!existing) {
      this.skillsById.set(skill.id, cloneNode(skill));
      this.indexNode(skill.id);
      return;
    }
    mergeNode(existing, skill);
    if (existing.type === "unknown" && skill.type !== "unknown") existing.type = skill.type;
  }

  /** Add an edge; both ends must exist. Returns false when an identical edge was already present. */
  addEdge(edge: Edge): boolean {
    const fromIndex = this.nodeIndex.get(edge.from);
    const toIndex = this.nodeIndex.get(edge.to);
    const kindIndex = EDGE_KIND_INDEX[edge.kind];
    if (fromIndex === undefined || toIndex === undefined || kindIndex === undefined) {
      throw new SkillgraphError(
        "BAD_INPUT",
        `edge ${edge.kind} ${edge.from} → ${edge.to} names a missing node`,
      );
    }
    this.catchUpEdgeIndex();
    const key = toIndex * 8 + kindIndex;
    const byTo = this.edgeMapOf(fromIndex);
    const existing = byTo.get(key);
    this.sourceNames.add(edge.source);
    if (existing) {
      const before = `${existing.weight}/${existing.relation}`;
      existing.weight = Math.max(existing.weight, edge.weight);
      if (edge.relation === "essential") existing.relation = "essential";
      else if (!existing.relation && edge.relation) existing.relation = edge.relation;
      return before !== `${existing.weight}/${existing.relation}`;
    }
    const stored: Edge = { ...edge };
    byTo.set(key, stored);
    this.edgeList.push(stored);
    this.indexedEdgeCount++;
    (this.outgoing[fromIndex] as Edge[]).push(stored);
    (this.incoming[toIndex] as Edge[]).push(stored);
    return true;
  }

  /**
   * Bulk-append edges known to be distinct from each other and from the graph's edges (snapshot
   * loading). Skips the duplicate check, which is rebuilt lazily on the next `addEdge`. Both ends
   * must exist.
   */
  appendDistinctEdges(edges: readonly Edge[]): void {
    const count = edges.length;
    const fromIndices = new Int32Array(count);
    const toIndices = new Int32Array(count);
    const extraOut = new Int32Array(this.nodeIndex.size);
    const extraIn = new Int32Array(this.nodeIndex.size);
    let lastSource = "";
    for (let position = 0; position < count; position++) {
      const edge = edges[position] as Edge;
      const fromIndex = this.nodeIndex.get(edge.from);
      const toIndex = this.nodeIndex.get(edge.to);
      if (fromIndex === undefined || toIndex === undefined || EDGE_KIND_INDEX[edge.kind] === undefined) {
        throw new SkillgraphError(
          "BAD_INPUT",
          `edge ${edge.kind} ${edge.from} → ${edge.to} names a missing node`,
        );
      }
      fromIndices[position] = fromIndex;
      toIndices[position] = toIndex;
      extraOut[fromIndex] = (extraOut[fromIndex] as number) + 1;
      extraIn[toIndex] = (extraIn[toIndex] as number) + 1;
      if (edge.source !== lastSource) {
        this.sourceNames.add(edge.source);
        lastSource = edge.source;
      }
    }
    // Size each adjacency list once instead of growing it edge by edge (much less garbage).
    const outFill = new Int32Array(this.nodeIndex.size);
    const inFill = new Int32Array(this.nodeIndex.size);
    for (let node = 0; node < extraOut.length; node++) {
      const outList = this.outgoing[node] as Edge[];
      outFill[node] = outList.length;
      if (extraOut[node]) outList.length += extraOut[node] as number;
      const inList = this.incoming[node] as Edge[];
      inFill[node] = inList.length;
      if (extraIn[node]) inList.length += extraIn[node] as number;
    }
    for (let position = 0; position < count; position++) {
      const edge = edges[position] as Edge;
      const fromIndex = fromIndices[position] as number;
      const toIndex = toIndices[position] as number;
      this.edgeList.push(edge);
      (this.outgoing[fromIndex] as Edge[])[outFill[fromIndex] as number] = edge;
      outFill[fromIndex] = (outFill[fromIndex] as number) + 1;
      (this.incoming[toIndex] as Edge[])[inFill[toIndex] as number] = edge;
      inFill[toIndex] = (inFill[toIndex] as number) + 1;
    }
  }

  private edgeMapOf(fromIndex: number): Map<number, Edge> {
    let map = this.edgesByFrom[fromIndex];
    if (!map) {
      map = new Map();
      this.edgesByFrom[fromIndex] = map;
    }
    return map;
  }

  private catchUpEdgeIndex(): void {
    for (; this.indexedEdgeCount < this.edgeList.length; this.indexedEdgeCount++) {
      const edge = this.edgeList[this.indexedEdgeCount] as Edge;
      const fromIndex = this.nodeIndex.get(edge.from) as number;
      const toIndex = this.nodeIndex.get(edge.to) as number;
      this.edgeMapOf(fromIndex).set(toIndex * 8 + EDGE_KIND_INDEX[edge.kind], edge);
    }
  }

  private indexNode(id: string): void {
    if (this.nodeIndex.has(id)) return;
    this.nodeIndex.set(id, this.nodeIndex.size);
    this.edgesByFrom.push(undefined);
    this.outgoing.push([]);
    this.incoming.push([]);
  }

  /** Edges leaving `id`, optionally of one kind. */
  outEdges(id: string, kind?: EdgeKind): Edge[] {
    const index = this.nodeIndex.get(id);
    const list = (index === undefined ? undefined : this.outgoing[index]) ?? [];
    return kind ? list.filter((edge) => edge.kind === kind) : list;
  }

  /** Edges arriving at `id`, optionally of one kind. */
  inEdges(id: string, kind?: EdgeKind): Edge[] {
    const index = this.nodeIndex.get(id);
    const list = (index === undefined ? undefined : this.incoming[index]) ?? [];
    return kind ? list.filter((edge) => edge.kind === kind) : list;
  }
}

const EDGE_KIND_INDEX: Record<EdgeKind, number> = {
  "occupation-skill": 0,
  "skill-broader": 1,
  "skill-related": 2,
  "occupation-broader": 3,
  "occupation-related": 4,
  crosswalk: 5,
};

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
