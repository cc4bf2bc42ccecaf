import type { NodeKind } from "./model.js";
import type { SkillGraph } from "./skill-graph.js";

/** Which label of a node an index entry holds. */
export type LabelTier = "preferred" | "alternative" | "hidden";

export interface LabelEntry {
  id: string;
  kind: NodeKind;
  label: string;
  normalized: string;
  /** Number of distinct content tokens of the label. */
  tokenCount: number;
  tier: LabelTier;
}

/** Labels of every node, normalized, with an exact-label map and a token → entries index. */
export interface LabelIndex {
  entries: LabelEntry[];
  byNormalized: Map<string, number[]>;
  byToken: Map<string, number[]>;
  /** Distinct tokens grouped by length, for typo-tolerant lookup. */
  tokensByLength: Map<number, string[]>;
  /** Inverse document frequency of each token over entries. */
  idf: Map<string, number>;
  /** Memo of typo/prefix variants per query token (see search-graph.ts), bounded in size. */
  variantMemo: Map<string, Map<string, number>>;
}

const STOPWORDS = new Set(["a", "an", "and", "the", "of", "in", "on", "for", "to", "with", "or", "at", "by"]);

/**
 * Case-, accent- and punctuation-insensitive form of a label: "C++ Developer" → "c plus plus
 * developer", "Café-Manager" → "cafe manager".
 */
export function normalizeLabel(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  let value = /[^\u0000-\u007f]/.test(text) ? text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : text;
  value = value.toLowerCase();
  if (value.includes("+") || value.includes("#"))
    value = value.replace(/\+/g, " plus ").replace(/#/g, " sharp ");
  return value.replace(/[^a-z0-9]+/g, " ").trim();
}

/** Content tokens of a normalized label (stop words dropped unless nothing else is left). */
export function labelTokens(normalized: string): string[] {
  const all = normalized.split(" ");
  const content: string[] = [];
  for (const token of all)
    if (token && !STOPWORDS.has(token) && !content.includes(token)) content.push(token);
  return content.length > 0 ? content : [...new Set(all.filter(Boolean))];
}

const cache = new WeakMap<SkillGraph, { signature: string; index: LabelIndex }>();

/** The label index of `graph`, built once and cached until the graph's node counts change. */
export function labelIndexOf(graph: SkillGraph): LabelIndex {
  const signature = `${graph.occupationCount}/${graph.skillCount}/${graph.edgeCount}`;
  const cached = cache.get(graph);
  if (cached && cached.signature === signature) return cached.index;
  const index = buildLabelIndex(graph);
  cache.set(graph, { signature, index });
  return index;
}

export function buildLabelIndex(graph: SkillGraph): LabelIndex {
  const index: LabelIndex = {
    entries: [],
    byNormalized: new Map(),
    byToken: new Map(),
    tokensByLength: new Map(),
    idf: new Map(),
    variantMemo: new Map(),
  };
  const add = (id: string, kind: NodeKind, label: string, tier: LabelTier) => {
    const normalized = normalizeLabel(label);
    if (!normalized) return;
    const position = index.entries.length;
    const tokens = labelTokens(normalized);
    index.entries.push({ id, kind, label, normalized, tokenCount: tokens.length, tier });
    push(index.byNormalized, normalized, position);
    for (const token of tokens) push(index.byToken, token, position);
  };
  for (const node of graph.occupations) addNode(node, "occupation", add);
  for (const node of graph.skills) addNode(node, "skill", add);
  const total = index.entries.length;
  for (const [token, postings] of index.byToken) {
    index.idf.set(token, Math.log(1 + total / postings.length));
    const list = index.tokensByLength.get(token.length);
    if (list) list.push(token);
    else index.tokensByLength.set(token.length, [token]);
  }
  return index;
}

function addNode(
  node: { id: string; preferredLabel: string; altLabels: string[]; hiddenLabels: string[] },
  kind: NodeKind,
  add: (id: string, kind: NodeKind, label: string, tier: LabelTier) => void,
): void {
  add(node.id, kind, node.preferredLabel, "preferred");
  for (const label of node.altLabels) add(node.id, kind, label, "alternative");
  for (const label of node.hiddenLabels) add(node.id, kind, label, "hidden");
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
