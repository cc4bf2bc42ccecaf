import AhoCorasick from "modern-ahocorasick";
import { SkillgraphError } from "../core/errors.js";
import type { SkillGraph } from "../graph/skill-graph.js";
import { dictionaryKey, type LabelPolicy, type LabelRuleOptions, labelPolicy } from "./label-rules.js";
import { MAX_TEXT_LENGTH, type SkillMention } from "./skill-mention.js";
import { foldForMatching } from "./text-normalize.js";

interface DictionaryEntry {
  skillId: string;
  preferredLabel: string;
  /** The label as written in the graph (for exact-case checks). */
  surface: string;
  /** 0 preferred, 1 alternative, 2 hidden. */
  labelKind: number;
  policy: LabelPolicy;
}

export interface SkillDictionaryOptions extends LabelRuleOptions {
  /** Word-frequency rank lookup for the common-word rules (0 = most frequent); default: none known. */
  frequencyRank?: (word: string) => number;
  /** Include ESCO hidden labels (often misspellings); default true. */
  hiddenLabels?: boolean;
  /** Max distance (UTF-16 units) to another mention for one-letter names like "C"; default 40. */
  contextWindow?: number;
}

const KIND_SCORE = [1, 0.9, 0.75];

/**
 * Aho-Corasick over every graph label, with word-boundary checks ("sql" never inside "postgresql",
 * "java" never inside "javascript"), case rules for short or common-word names, and
 * longest-match overlap resolution.
 */
export class SkillDictionary {
  private readonly matcher: AhoCorasick<number> | undefined;
  private readonly entriesByPattern: DictionaryEntry[][] = [];
  private readonly contextWindow: number;

  constructor(graph: SkillGraph, options: SkillDictionaryOptions = {}) {
    const frequencyRank = options.frequencyRank ?? (() => Number.POSITIVE_INFINITY);
    this.contextWindow = options.contextWindow ?? 40;
    const patternIndex = new Map<string, number>();
    for (const skill of graph.skills) {
      const labels: [string, number][] = [[skill.preferredLabel, 0]];
      for (const alt of skill.altLabels) labels.push([alt, 1]);
      if (options.hiddenLabels ?? true) for (const hidden of skill.hiddenLabels) labels.push([hidden, 2]);
      for (const [surface, labelKind] of labels) {
        const key = dictionaryKey(foldForMatching(surface));
        if (key.length === 0) continue;
        const policy = labelPolicy(surface, frequencyRank, options);
        if (policy === "stop") continue;
        let index = patternIndex.get(key);
        if (index === undefined) {
          index = this.entriesByPattern.length;
          patternIndex.set(key, index);
          this.entriesByPattern.push([]);
        }
        const entries = this.entriesByPattern[index]!;
        if (!entries.some((entry) => entry.skillId === skill.id && entry.labelKind <= labelKind)) {
          entries.push({
            skillId: skill.id,
            preferredLabel: skill.preferredLabel,
            surface,
            labelKind,
            policy,
          });
        }
      }
    }
    const patterns = [...patternIndex.entries()].map(([pattern, data]) => ({ pattern, data }));
    this.matcher = patterns.length > 0 ? new AhoCorasick<number>(patterns) : undefined;
  }

  get size(): number {
    return this.entriesByPattern.length;
  }

  /** Non-overlapping dictionary mentions, in text order. */
  detect(text: string): SkillMention[] {
    if (text.length > MAX_TEXT_LENGTH) {
      throw new SkillgraphError(
        "INPUT_TOO_LARGE",
        `text has ${text.length} characters (max ${MAX_TEXT_LENGTH})`,
      );
    }
    if (!this.matcher || text.length === 0) return [];
    const folded = foldForMatching(text).replace(/[-_]/g, " ");
    const candidates: { mention: SkillMention; needsContext: boolean }[] = [];
    for (const match of this.matcher.iterate(folded)) {
      if (!hasWordBoundaries(folded, match.start, match.end)) continue;
      const surfaceText = text.slice(match.start, match.end);
      let best: DictionaryEntry | undefined;
      let skillCount = 0;
      for (const entry of this.entriesByPattern[match.data ?? -1] ?? []) {
        if (entry.policy !== "any-case" && letters(surfaceText) !== letters(entry.surface)) continue;
        skillCount++;
        if (!best || entry.labelKind < best.labelKind) best = entry;
      }
      if (!best) continue;
      const score = KIND_SCORE[best.labelKind]! / (1 + 0.25 * (skillCount - 1));
      candidates.push({
        mention: {
          start: match.start,
          end: match.end,
          text: surfaceText,
          skillId: best.skillId,
          label: best.preferredLabel,
          score,
          source: "dictionary",
        },
        needsContext: best.policy === "exact-case-in-context",
      });
    }
    const chosen = resolveOverlaps(candidates, text.length);
    return this.applyContextRule(chosen);
  }

  private applyContextRule(chosen: { mention: SkillMention; needsContext: boolean }[]): SkillMention[] {
    const anchors = chosen
      .filter((candidate) => !candidate.needsContext)
      .map((candidate) => candidate.mention);
    const accepted = chosen.filter(
      (candidate) =>
        !candidate.needsContext ||
        anchors.some(
          (anchor) =>
            anchor.start - candidate.mention.end < this.contextWindow &&
            candidate.mention.start - anchor.end < this.contextWindow,
        ),
    );
    return accepted.map((candidate) => candidate.mention).sort((a, b) => a.start - b.start);
  }
}

function letters(text: string): string {
  return text.replace(/[^\p{L}\p{N}+#.]/gu, "");
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(character: string | undefined): boolean {
  return character !== undefined && WORD_CHAR.test(character);
}

/** True when [start, end) neither starts nor ends inside a word ("node" is not free in "node.js"). */
export function hasWordBoundaries(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (isWordChar(before) && isWordChar(text[start])) return false;
  if (before === "." && isWordChar(text[start - 2]) && isWordChar(text[start])) return false;
  const after = text[end];
  const last = text[end - 1];
  if (isWordChar(after) && isWordChar(last)) return false;
  if ((after === "+" || after === "#") && isWordChar(last)) return false;
  if (after === "." && isWordChar(text[end + 1]) && isWordChar(last)) return false;
  return true;
}

/** Longest match wins; among equal lengths the higher score, then the earlier start. */
function resolveOverlaps<T extends { mention: SkillMention }>(candidates: T[], textLength: number): T[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.mention.end - b.mention.start - (a.mention.end - a.mention.start) ||
      b.mention.score - a.mention.score ||
      a.mention.start - b.mention.start,
  );
  const taken = new Uint8Array(textLength);
  const chosen: T[] = [];
  for (const candidate of ordered) {
    let free = true;
    for (let index = candidate.mention.start; index < candidate.mention.end; index++) {
      if (taken[index]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, candidate.mention.start, candidate.mention.end);
    chosen.push(candidate);
  }
  return chosen;
}
