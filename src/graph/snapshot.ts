import { existsSync, readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { z } from "zod";
import { writeFileAtomic } from "../core/atomic-write.js";
import { SkillgraphError } from "../core/errors.js";
import type { Edge, EdgeKind, Occupation, Relation, Skill } from "./model.js";
import { SkillGraph } from "./skill-graph.js";

/**
 * On-disk graph snapshot: gzip'd JSON `{format, version, occupations, skills, edges}` where nodes
 * are plain arrays and edges are parallel typed-array columns stored as base64 (little-endian):
 * `kind` Uint8 (index into EDGE_KINDS), `from`/`to` Uint32 node indices (occupations first, then
 * skills), `relation` Uint8 (0 none, 1 essential, 2 optional), `weight` Float64, `source` Uint16
 * (index into `sources`). Node and edge order is insertion order, so saving the same graph gives
 * the same bytes. Typed columns avoid JSON number parsing: the full ESCO + O*NET graph loads in
 * a few hundred milliseconds.
 */
export const SNAPSHOT_FORMAT = "skillgraph-graph";
export const SNAPSHOT_VERSION = 1;

const RELATIONS: readonly (Relation | undefined)[] = [undefined, "essential", "optional"];
const EDGE_KINDS = [
  "occupation-skill",
  "skill-broader",
  "skill-related",
  "occupation-broader",
  "occupation-related",
  "crosswalk",
] as const satisfies readonly EdgeKind[];

/** Node fields and their types; also the key order nodes are written in. */
const OCCUPATION_FIELDS = {
  id: "string",
  source: "string",
  preferredLabel: "string",
  altLabels: "strings",
  hiddenLabels: "strings",
  description: "string",
  iscoGroup: "string?",
  escoCode: "string?",
  onetCode: "string?",
  tasks: "strings?",
} as const;
const SKILL_FIELDS = {
  id: "string",
  source: "string",
  preferredLabel: "string",
  altLabels: "strings",
  hiddenLabels: "strings",
  type: "skillType",
  reuseLevel: "string?",
  description: "string",
  hotTechnology: "boolean?",
  groups: "strings?",
} as const;
type FieldType = "string" | "string?" | "strings" | "strings?" | "boolean?" | "skillType";
const SKILL_TYPES = new Set(["skill", "knowledge", "technology", "unknown"]);

function fieldConforms(value: unknown, type: FieldType): boolean {
  if (value === undefined) return type.endsWith("?");
  switch (type.replace("?", "")) {
    case "string":
      return typeof value === "string";
    case "strings":
      return Array.isArray(value) && value.every((item) => typeof item === "string");
    case "boolean":
      return typeof value === "boolean";
    default:
      return typeof value === "string" && SKILL_TYPES.has(value);
  }
}

/**
 * Nodes are checked in place (no copies: zod object schemas would copy ~26k nodes and cost ~100 ms
 * on a full graph); every listed field must have its type, optional ones may be absent.
 */
function nodesSchema<T>(fields: Record<string, FieldType>, what: string) {
  const entries = Object.entries(fields);
  return z.custom<T[]>(
    (value) =>
      Array.isArray(value) &&
      value.every(
        (node) =>
          typeof node === "object" &&
          node !== null &&
          entries.every(([key, type]) => fieldConforms((node as Record<string, unknown>)[key], type)),
      ),
    `expected an array of ${what} nodes`,
  );
}

const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  occupations: nodesSchema<Occupation>(OCCUPATION_FIELDS, "occupation"),
  skills: nodesSchema<Skill>(SKILL_FIELDS, "skill"),
  edges: z.object({
    count: z.number().int().nonnegative(),
    sources: z.array(z.string()),
    kind: z.string(),
    from: z.string(),
    to: z.string(),
    relation: z.string(),
    weight: z.string(),
    source: z.string(),
  }),
});
type SnapshotData = z.infer<typeof snapshotSchema>;

/** Encode a graph as snapshot bytes (gzip'd JSON). */
export function encodeGraphSnapshot(graph: SkillGraph): Uint8Array {
  const occupations = [...graph.occupations];
  const skills = [...graph.skills];
  const indexOf = new Map<string, number>();
  for (const node of [...occupations, ...skills]) indexOf.set(node.id, indexOf.size);
  const sources: string[] = [];
  const sourceIndex = new Map<string, number>();
  const count = graph.edgeCount;
  const kind = new Uint8Array(count);
  const from = new Uint32Array(count);
  const to = new Uint32Array(count);
  const relation = new Uint8Array(count);
  const weight = new Float64Array(count);
  const source = new Uint16Array(count);
  let index = 0;
  for (const edge of graph.edges) {
    let sourceNumber = sourceIndex.get(edge.source);
    if (sourceNumber === undefined) {
      sourceNumber = sources.length;
      sources.push(edge.source);
      sourceIndex.set(edge.source, sourceNumber);
    }
    kind[index] = EDGE_KINDS.indexOf(edge.kind as (typeof EDGE_KINDS)[number]);
    from[index] = indexOf.get(edge.from) ?? 0;
    to[index] = indexOf.get(edge.to) ?? 0;
    relation[index] = RELATIONS.indexOf(edge.relation);
    weight[index] = edge.weight;
    source[index] = sourceNumber;
    index++;
  }
  const columns: SnapshotData["edges"] = {
    count,
    sources,
    kind: toBase64(kind),
    from: toBase64(from),
    to: toBase64(to),
    relation: toBase64(relation),
    weight: toBase64(weight),
    source: toBase64(source),
  };
  const data: SnapshotData = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    occupations: occupations.map((node) => canonical(node, Object.keys(OCCUPATION_FIELDS))),
    skills: skills.map((node) => canonical(node, Object.keys(SKILL_FIELDS))),
    edges: columns,
  };
  return gzipSync(JSON.stringify(data), { level: 6 });
}

/** Decode snapshot bytes; `label` names the file in error messages. */
export function decodeGraphSnapshot(bytes: Uint8Array, label = "<snapshot>"): SkillGraph {
  let text: string;
  try {
    text = gunzipSync(bytes).toString("utf8");
  } catch (cause) {
    const truncated = /unexpected end|incomplete/i.test((cause as Error).message);
    throw new SkillgraphError(
      truncated ? "TRUNCATED_FILE" : "CORRUPT_FILE",
      `${label}: ${truncated ? "graph snapshot is truncated" : "not a skillgraph snapshot (bad gzip data)"}`,
      { cause },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new SkillgraphError("CORRUPT_FILE", `${label}: graph snapshot is corrupt (bad JSON)`, { cause });
  }
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid";
    throw new SkillgraphError(
      "CORRUPT_FILE",
      `${label}: not a skillgraph snapshot v${SNAPSHOT_VERSION} (${where})`,
    );
  }
  return buildGraph(parsed.data, label);
}

function buildGraph(data: SnapshotData, label: string): SkillGraph {
  const graph = new SkillGraph();
  const ids: string[] = [];
  for (const node of data.occupations) {
    graph.addOccupation(node);
    ids.push(node.id);
  }
  for (const node of data.skills) {
    graph.addSkill(node);
    ids.push(node.id);
  }
  const { edges } = data;
  const count = edges.count;
  const kinds = fromBase64(edges.kind, Uint8Array, count, label);
  const froms = fromBase64(edges.from, Uint32Array, count, label);
  const tos = fromBase64(edges.to, Uint32Array, count, label);
  const relations = fromBase64(edges.relation, Uint8Array, count, label);
  const weights = fromBase64(edges.weight, Float64Array, count, label);
  const sourceNumbers = fromBase64(edges.source, Uint16Array, count, label);
  const restored: Edge[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const kind = EDGE_KINDS[kinds[index] ?? -1];
    const from = ids[froms[index] ?? -1];
    const to = ids[tos[index] ?? -1];
    const source = edges.sources[sourceNumbers[index] ?? -1];
    const relation = RELATIONS[relations[index] ?? 0];
    const weight = weights[index] ?? 0;
    if (!kind || from === undefined || to === undefined || source === undefined) {
      throw new SkillgraphError(
        "CORRUPT_FILE",
        `${label}: edge ${index} refers outside the node or string tables`,
      );
    }
    restored[index] = relation
      ? { kind, from, to, relation, weight, source }
      : { kind, from, to, weight, source };
  }
  graph.appendDistinctEdges(restored);
  return graph;
}

/** The node's fields in schema order, without undefined ones: key order never depends on history. */
function canonical<T extends object>(node: T, keys: readonly string[]): T {
  const source = node as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) result[key] = source[key];
  return result as T;
}

type TypedColumn = Uint8Array | Uint16Array | Uint32Array | Float64Array;

function toBase64(column: TypedColumn): string {
  return Buffer.from(column.buffer, column.byteOffset, column.byteLength).toString("base64");
}

function fromBase64<T extends TypedColumn>(
  text: string,
  Column: { new (length: number): T; BYTES_PER_ELEMENT: number },
  count: number,
  label: string,
): T {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length !== count * Column.BYTES_PER_ELEMENT) {
    throw new SkillgraphError("CORRUPT_FILE", `${label}: edge column has the wrong length`);
  }
  const column = new Column(count);
  new Uint8Array(column.buffer).set(bytes);
  return column;
}

/** Save atomically: readers see the old snapshot or the new one, never a torn file. */
export function saveGraphSnapshot(graph: SkillGraph, path: string): void {
  writeFileAtomic(path, encodeGraphSnapshot(graph));
}

/** Load a snapshot; GRAPH_MISSING when absent, TRUNCATED_FILE / CORRUPT_FILE when damaged. */
export function loadGraphSnapshot(path: string): SkillGraph {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new SkillgraphError(
        "GRAPH_MISSING",
        `${path}: no graph snapshot; import one with \`skillgraph graph import esco PATH\``,
        { cause },
      );
    }
    throw new SkillgraphError("FILE_UNREADABLE", `${path}: cannot read graph snapshot (${code})`, { cause });
  }
  if (bytes.length === 0) throw new SkillgraphError("TRUNCATED_FILE", `${path}: graph snapshot is empty`);
  return decodeGraphSnapshot(bytes, path);
}

/** Load the snapshot at `path`, or an empty graph when there is no file yet (damaged files still throw). */
export function loadGraphOrEmpty(path: string): SkillGraph {
  return existsSync(path) ? loadGraphSnapshot(path) : new SkillGraph();
}
