import { isNonSkillPhrase, nonSkillSpans, overlapsAny } from "./non-skill-spans.js";
import type { Skillness } from "./ranker-features.js";
import type { RankedSkill, SkillMention } from "./skill-mention.js";
import { FUNCTION_WORDS, tokenize } from "./text-normalize.js";

export interface PhraseLinkOptions {
  /** Minimum ranker score (a calibrated link probability) for a semantic link; default 0.35 (tuned by hand-labelled resume precision). */
  minScore?: number;
  /** Minimum mean skillness of a phrase kept as open vocabulary when nothing links; default 0.4. */
  minSkillness?: number;
  /** Longest phrase considered, in content words; default 8. */
  maxPhraseWords?: number;
  /** Most distinct phrases ranked per call (bounds the time on huge inputs); default 2000. */
  maxPhrases?: number;
}

interface PhraseLinkContext extends PhraseLinkOptions {
  rank(phrase: string): RankedSkill | undefined;
  skillness: Skillness;
  /** Words that end job titles (a phrase ending in one is a title, not a skill); default none. */
  roleNouns?: ReadonlySet<string>;
}

/** Separators between candidate phrases: punctuation, bullets, line breaks and list conjunctions. */
const SEPARATORS =
  /[.,;:!?•·|()[\]{}<>"\n\r\t]+|\s[-–—/]\s|\s(?:and|or|as well as|including|such as|with)\s/gi;

/**
 * Semantic linking of the phrases the dictionary left alone: the text is cut into phrases at
 * punctuation and list words; each phrase of 1–8 content words is ranked against all skills and
 * linked when the ranker is confident, or kept as an open-vocabulary mention when it looks like a
 * skill (its words are often part of skill phrases).
 */
export function linkPhrases(
  text: string,
  dictionaryMentions: SkillMention[],
  context: PhraseLinkContext,
): SkillMention[] {
  const minScore = context.minScore ?? 0.35;
  const minSkillness = context.minSkillness ?? 0.4;
  const maxPhraseWords = context.maxPhraseWords ?? 8;
  const maxPhrases = context.maxPhrases ?? 2000;
  const taken = dictionaryMentions.map((mention) => [mention.start, mention.end] as const);
  const skipped = nonSkillSpans(text);
  const results: SkillMention[] = [...dictionaryMentions];
  const cache = new Map<string, RankedSkill | undefined>();
  let segmentStart = 0;
  const segments: [number, number][] = [];
  for (const separator of text.matchAll(SEPARATORS)) {
    segments.push([segmentStart, separator.index ?? 0]);
    segmentStart = (separator.index ?? 0) + separator[0].length;
  }
  segments.push([segmentStart, text.length]);
  for (const [start, end] of segments) {
    if (end - start < 2 || end - start > 200) continue;
    if (taken.some(([takenStart, takenEnd]) => takenStart < end && start < takenEnd)) continue;
    const tokens = tokenize(text.slice(start, end), maxPhraseWords * 3).filter(
      (token) => !FUNCTION_WORDS.has(token.text) && /\p{L}/u.test(token.text),
    );
    if (tokens.length === 0 || tokens.length > maxPhraseWords) continue;
    const phraseStart = start + tokens[0]!.start;
    const phraseEnd = start + tokens.at(-1)!.end;
    const phrase = text.slice(phraseStart, phraseEnd);
    if (overlapsAny(skipped, phraseStart, phraseEnd)) continue;
    if (isNonSkillPhrase(phrase, /^\s*:/.test(text.slice(phraseEnd, phraseEnd + 3)))) continue;
    if (context.roleNouns?.has(tokens.at(-1)!.text)) continue;
    const key = phrase.toLowerCase();
    let best: RankedSkill | undefined;
    if (cache.has(key)) best = cache.get(key);
    else if (cache.size < maxPhrases) {
      best = context.rank(phrase);
      cache.set(key, best);
    } else continue;
    if (best && best.score >= minScore) {
      results.push({
        start: phraseStart,
        end: phraseEnd,
        text: phrase,
        skillId: best.skillId,
        label: best.label,
        score: best.score,
        source: "semantic",
      });
      continue;
    }
    const meanSkillness =
      tokens.reduce((sum, token) => sum + context.skillness(token.text), 0) / tokens.length;
    if (tokens.length <= 5 && meanSkillness >= minSkillness) {
      results.push({
        start: phraseStart,
        end: phraseEnd,
        text: phrase,
        skillId: null,
        label: phrase,
        score: Math.min(1, meanSkillness),
        source: "semantic",
        openVocabulary: true,
      });
    }
  }
  return results.sort((a, b) => a.start - b.start);
}
