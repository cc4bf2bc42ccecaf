import { SkillgraphError } from "../core/errors.js";
import type { SkillGraph } from "../graph/skill-graph.js";
import { type LabelPolicy, type LabelRuleOptions, labelPolicy } from "./label-rules.js";
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
  /**
   * One-word lower-case alternative or hidden labels more frequent than this rank are not matched
   * ("reporting" for journalism, "design" for think creatively); default 15 000.
   */
  commonAlternativeRank?: number;
}

const KIND_SCORE = [1, 0.9, 0.75];

/** Longest label, in tokens. */
const MAX_LABEL_TOKENS = 16;

/**
 * Dictionary tokens: words (with a trailing "++"/"#"), and single punctuation marks other than
 * "-" and "_" (which count as spaces, so "full-stack" meets "full stack").
 */
const DICTIONARY_TOKEN = /[\p{L}\p{N}]+(?:[+#]+)?|[^\s\p{L}\p{N}\-_]/gu;

/** The dictionary key of a folded text: its dictionary tokens joined by single spaces. */
export function dictionaryTokensKey(folded: string): string {
  return (folded.match(DICTIONARY_TOKEN) ?? []).join(" ");
}

/**
 * Every graph label, matched as whole token sequences: a label matches only where the text's
 * tokens are exactly the label's tokens, so "sql" is never found inside "postgresql" nor "java"
 * inside "javascript"; character boundary checks also keep "node" out of "node.js". Case rules
 * for short or common-word names, longest-match overlap resolution. A hash lookup per token and
 * label prefix, measured about 4× faster than a character Aho-Corasick automaton (modern-ahocorasick)
 * over the same 100 000+ labels, with the boundary rules built in.
 */
export class SkillDictionary {
  private readonly entriesByKey = new Map<string, DictionaryEntry[]>();
  private readonly prefixes = new Set<string>();
  private readonly contextWindow: number;

  constructor(graph: SkillGraph, options: SkillDictionaryOptions = {}) {
    const frequencyRank = options.frequencyRank ?? (() => Number.POSITIVE_INFINITY);
    this.contextWindow = options.contextWindow ?? 40;
    const commonAlternativeRank = options.commonAlternativeRank ?? 15_000;
    for (const skill of graph.skills) {
      const labels: [string, number][] = [[skill.preferredLabel, 0]];
      for (const alt of skill.altLabels) labels.push([alt, 1]);
      if (options.hiddenLabels ?? true) for (const hidden of skill.hiddenLabels) labels.push([hidden, 2]);
      for (const [surface, labelKind] of labels) {
        const tokens = foldForMatching(surface).match(DICTIONARY_TOKEN) ?? [];
        if (tokens.length === 0 || tokens.length > MAX_LABEL_TOKENS) continue;
        const policy = labelPolicy(surface, frequencyRank, options);
        if (policy === "stop" || isFragment(tokens)) continue;
        if (
          labelKind > 0 &&
          tokens.length === 1 &&
          !/\p{Lu}/u.test(surface) &&
          frequencyRank(tokens[0]!) < commonAlternativeRank
        )
          continue;
        const key = tokens.join(" ");
        let entries = this.entriesByKey.get(key);
        if (!entries) {
          entries = [];
          this.entriesByKey.set(key, entries);
          for (let length = 1; length < tokens.length; length++)
            this.prefixes.add(tokens.slice(0, length).join(" "));
        }
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
  }

  get size(): number {
    return this.entriesByKey.size;
  }

  /** Non-overlapping dictionary mentions, in text order. */
  detect(text: string): SkillMention[] {
    if (text.length > MAX_TEXT_LENGTH) {
      throw new SkillgraphError(
        "INPUT_TOO_LARGE",
        `text has ${text.length} characters (max ${MAX_TEXT_LENGTH})`,
      );
    }
    if (this.entriesByKey.size === 0 || text.length === 0) return [];
    const folded = foldForMatching(text);
    const tokens: string[] = [];
    const starts: number[] = [];
    for (const match of folded.matchAll(DICTIONARY_TOKEN)) {
      tokens.push(match[0]);
      starts.push(match.index ?? 0);
    }
    const candidates: { mention: SkillMention; needsContext: boolean }[] = [];
    for (let first = 0; first < tokens.length; first++) {
      let key = tokens[first]!;
      for (let last = first; last < tokens.length && last < first + MAX_LABEL_TOKENS; last++) {
        if (last > first) key += ` ${tokens[last]}`;
        const entries = this.entriesByKey.get(key);
        if (entries) {
          const candidate = this.candidate(
            text,
            folded,
            starts[first]!,
            starts[last]! + tokens[last]!.length,
            entries,
          );
          if (candidate) candidates.push(candidate);
        }
        if (!this.prefixes.has(key)) break;
      }
    }
    const chosen = resolveOverlaps(candidates, text.length);
    return this.applyContextRule(chosen);
  }

  private candidate(
    text: string,
    folded: string,
    start: number,
    end: number,
    entries: DictionaryEntry[],
  ): { mention: SkillMention; needsContext: boolean } | undefined {
    if (!hasWordBoundaries(folded, start, end)) return undefined;
    const surfaceText = text.slice(start, end);
    let best: DictionaryEntry | undefined;
    let skillCount = 0;
    for (const entry of entries) {
      if (entry.policy !== "any-case" && letters(surfaceText) !== letters(entry.surface)) continue;
      skillCount++;
      if (!best || entry.labelKind < best.labelKind) best = entry;
    }
    if (!best) return undefined;
    return {
      mention: {
        start,
        end,
        text: surfaceText,
        skillId: best.skillId,
        label: best.preferredLabel,
        score: KIND_SCORE[best.labelKind]! / (1 + 0.25 * (skillCount - 1)),
        source: "dictionary",
      },
      needsContext: best.policy === "exact-case-in-context",
    };
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

/** A label cut out of a longer phrase: it starts with "and"/"or" or ends with a function word. */
function isFragment(tokens: readonly string[]): boolean {
  if (tokens.length < 2) return false;
  return /^(?:and|or)$/.test(tokens[0]!) || /^(?:and|or|of|the|to|in|for|with|a|an)$/.test(tokens.at(-1)!);
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
