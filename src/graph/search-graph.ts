import { distance } from "fastest-levenshtein";
import {
  type LabelEntry,
  type LabelIndex,
  type LabelTier,
  labelIndexOf,
  labelTokens,
  normalizeLabel,
} from "./label-index.js";
import type { NodeKind } from "./model.js";
import type { SkillGraph } from "./skill-graph.js";

export interface SearchOptions {
  /** Only occupations or only skills; default both. */
  kind?: NodeKind;
  /** Maximum results; default 10. */
  limit?: number;
  /** Drop results scoring below this (0–1); default 0.3. */
  minScore?: number;
}

export interface SearchHit {
  id: string;
  kind: NodeKind;
  /** The node's preferred label. */
  label: string;
  /** The label that matched (preferred, alternative or hidden). */
  matchedLabel: string;
  /** 1 for an exact preferred-label match, lower for alternative, partial and fuzzy matches. */
  score: number;
}

const TIER_WEIGHT: Record<LabelTier, number> = { preferred: 1, alternative: 0.95, hidden: 0.85 };
/** Credit of a query token matched by a typo-tolerant or prefix variant instead of exactly. */
const VARIANT_CREDIT = 0.8;

/**
 * Search preferred, alternative and hidden labels of occupations and skills. Matching is case-,
 * accent- and punctuation-insensitive and typo-tolerant (Levenshtein ≤ 1 for tokens of 4–7
 * characters, ≤ 2 from 8; the last query token also matches as a prefix). Score = tier weight ×
 * (exact label: 1; else 0.9 × (0.65 · idf-weighted share of query tokens matched + 0.35 · share of
 * label tokens matched)). Ranked by score, then shorter label, then id.
 */
export function searchGraph(graph: SkillGraph, text: string, options: SearchOptions = {}): SearchHit[] {
  const index = labelIndexOf(graph);
  const normalized = normalizeLabel(text);
  if (!normalized) return [];
  const limit = options.limit ?? 10;
  const minScore = options.minScore ?? 0.3;
  const best = new Map<string, { entry: LabelEntry; score: number }>();
  const consider = (entry: LabelEntry, score: number) => {
    if (options.kind && entry.kind !== options.kind) return;
    const current = best.get(entry.id);
    if (
      !current ||
      score > current.score ||
      (score === current.score && entry.label.length < current.entry.label.length)
    ) {
      best.set(entry.id, { entry, score });
    }
  };
  for (const position of index.byNormalized.get(normalized) ?? []) {
    const entry = index.entries[position] as LabelEntry;
    consider(entry, TIER_WEIGHT[entry.tier]);
  }
  const queryTokens = labelTokens(normalized);
  const credits = new Map<number, { weight: number; matched: Set<string> }>();
  let totalWeight = 0;
  queryTokens.forEach((token, tokenNumber) => {
    const variants = tokenVariants(index, token, tokenNumber === queryTokens.length - 1);
    const weight =
      index.idf.get(token) ?? Math.max(...[...variants.keys()].map((v) => index.idf.get(v) ?? 1), 1);
    totalWeight += weight;
    const seen = new Set<number>();
    for (const [variant, credit] of variants) {
      for (const position of index.byToken.get(variant) ?? []) {
        if (seen.has(position)) continue;
        seen.add(position);
        const state = credits.get(position) ?? { weight: 0, matched: new Set<string>() };
        state.weight += weight * credit;
        state.matched.add(variant);
        credits.set(position, state);
      }
    }
  });
  for (const [position, state] of credits) {
    const entry = index.entries[position] as LabelEntry;
    const queryShare = state.weight / totalWeight;
    if (queryShare < 0.5) continue;
    const labelShare = state.matched.size / entry.tokenCount;
    const score = TIER_WEIGHT[entry.tier] * 0.9 * (0.65 * queryShare + 0.35 * labelShare);
    consider(entry, score);
  }
  return [...best.values()]
    .filter((hit) => hit.score >= minScore)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.entry.label.length - b.entry.label.length ||
        (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ entry, score }) => ({
      id: entry.id,
      kind: entry.kind,
      label: labelOf(graph, entry),
      matchedLabel: entry.label,
      score: Math.round(score * 1000) / 1000,
    }));
}

function labelOf(graph: SkillGraph, entry: LabelEntry): string {
  const node = entry.kind === "occupation" ? graph.getOccupation(entry.id) : graph.getSkill(entry.id);
  return node?.preferredLabel ?? entry.label;
}

/** The index tokens a query token stands for, with their credit (1 exact, less for variants). */
function tokenVariants(index: LabelIndex, token: string, isLast: boolean): Map<string, number> {
  const key = `${isLast ? "+" : "="}${token}`;
  const memo = index.variantMemo.get(key);
  if (memo) return memo;
  if (index.variantMemo.size >= VARIANT_MEMO_LIMIT) index.variantMemo.clear();
  const variants = computeVariants(index, token, isLast);
  index.variantMemo.set(key, variants);
  return variants;
}

const VARIANT_MEMO_LIMIT = 20_000;

function computeVariants(index: LabelIndex, token: string, isLast: boolean): Map<string, number> {
  const variants = new Map<string, number>();
  if (index.byToken.has(token)) variants.set(token, 1);
  const allowed = token.length >= 8 ? 2 : token.length >= 4 ? 1 : 0;
  if (allowed > 0) {
    for (let length = token.length - allowed; length <= token.length + allowed; length++) {
      for (const candidate of index.tokensByLength.get(length) ?? []) {
        if (candidate !== token && distance(candidate, token) <= allowed)
          variants.set(candidate, VARIANT_CREDIT);
      }
    }
  }
  if (isLast && token.length >= 3) {
    for (let length = token.length + 1; length <= token.length + 12; length++) {
      for (const candidate of index.tokensByLength.get(length) ?? []) {
        if (candidate.startsWith(token) && !variants.has(candidate)) variants.set(candidate, VARIANT_CREDIT);
      }
    }
  }
  return variants;
}
