import { contentTokens, stemsAgree, type Token } from "./text-tokens.js";

/** A span of text: offsets into the document it came from. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One searchable piece of the resume: a line, or a sentence of a long line. */
export interface EvidenceSegment {
  start: number;
  end: number;
  tokens: Token[];
  /** Distinct stems of the segment's content tokens. */
  stems: Set<string>;
  /** True when the segment is an item of the resume's skills list. */
  inSkillsList: boolean;
}

/** The resume's text cut into segments, searched for requirement words. */
export interface EvidenceIndex {
  text: string;
  segments: EvidenceSegment[];
  /** Every content stem of the resume (outside excluded ranges) → the segments holding it. */
  stemSegments: Map<string, number[]>;
  /** Memo: requirement stem → the resume stems that agree with it. */
  agreeing: Map<string, string[]>;
}

export interface EvidenceIndexOptions {
  /** Ranges left out of the search, e.g. the personal-information section. Default none. */
  excluded?: TextSpan[];
  /** Ranges of the skills list, marking segments inside them. Default none. */
  skillsList?: TextSpan[];
}

const SENTENCE_BREAK = /(?<=[.;!?])\s+(?=[A-Z])|\s*[•·|]\s*/g;
/** Inside a skills list, commas and semicolons also separate items ("Java, SQL; Excel"). */
const LIST_BREAK = /(?<=[.;!?])\s+(?=[A-Z])|\s*[•·|,;]\s*/g;

/** Cut the resume into line/sentence segments with content tokens. */
export function createEvidenceIndex(text: string, options: EvidenceIndexOptions = {}): EvidenceIndex {
  const excluded = options.excluded ?? [];
  const skillsList = options.skillsList ?? [];
  const segments: EvidenceSegment[] = [];
  const stemSegments = new Map<string, number[]>();
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const lineEnd = lineStart + line.length;
    let pieceStart = 0;
    const pieces: Array<[number, number]> = [];
    const inList = skillsList.some((range) => lineStart >= range.start && lineStart < range.end);
    for (const breakMatch of line.matchAll(inList ? LIST_BREAK : SENTENCE_BREAK)) {
      const index = breakMatch.index ?? 0;
      pieces.push([pieceStart, index]);
      pieceStart = index + breakMatch[0].length;
    }
    pieces.push([pieceStart, line.length]);
    for (const [from, to] of pieces) {
      const start = lineStart + from;
      const end = lineStart + to;
      if (excluded.some((range) => start >= range.start && start < range.end)) continue;
      const tokens = contentTokens(line.slice(from, to), start);
      if (tokens.length === 0) continue;
      const stems = new Set(tokens.map((token) => token.stem));
      for (const stem of stems) {
        const list = stemSegments.get(stem);
        if (list) list.push(segments.length);
        else stemSegments.set(stem, [segments.length]);
      }
      const inSkillsList = skillsList.some((range) => start >= range.start && start < range.end);
      segments.push({ start: trimStart(text, start, end), end: trimEnd(text, start, end), tokens, stems, inSkillsList });
    }
    lineStart = lineEnd + 1;
  }
  return { text, segments, stemSegments, agreeing: new Map() };
}

/** Best segment for a set of requirement stems: how much of the requirement it covers, and vice versa. */
export interface SegmentMatch {
  segment: EvidenceSegment;
  /** Fraction of requirement stems found in the segment. */
  requirementCoverage: number;
  /** Harmonic mean of requirement coverage and segment coverage (how much of the segment is the requirement). */
  balanced: number;
  /** Requirement stems found in the segment. */
  found: string[];
}

/** The resume stems that agree with a requirement stem (memoized per index). */
function agreeingStems(index: EvidenceIndex, stem: string): string[] {
  const cached = index.agreeing.get(stem);
  if (cached) return cached;
  const found: string[] = [];
  for (const candidate of index.stemSegments.keys()) if (stemsAgree(candidate, stem)) found.push(candidate);
  index.agreeing.set(stem, found);
  return found;
}

/** Find the segment that best evidences the requirement stems (null when none shares a word). */
export function bestSegment(index: EvidenceIndex, requirementStems: string[]): SegmentMatch | null {
  if (requirementStems.length === 0) return null;
  // segment → requirement stems found in it, and the resume stems that matched
  const hits = new Map<number, { found: string[]; matched: Set<string> }>();
  for (const stem of requirementStems) {
    for (const resumeStem of agreeingStems(index, stem)) {
      for (const segmentIndex of index.stemSegments.get(resumeStem) ?? []) {
        let hit = hits.get(segmentIndex);
        if (!hit) {
          hit = { found: [], matched: new Set() };
          hits.set(segmentIndex, hit);
        }
        if (!hit.found.includes(stem)) hit.found.push(stem);
        hit.matched.add(resumeStem);
      }
    }
  }
  let best: SegmentMatch | null = null;
  let bestScore = -1;
  let bestIndex = -1;
  for (const [segmentIndex, hit] of hits) {
    const segment = index.segments[segmentIndex] as EvidenceSegment;
    const requirementCoverage = hit.found.length / requirementStems.length;
    let segmentMatched = 0;
    for (const token of segment.tokens) if (hit.matched.has(token.stem)) segmentMatched++;
    const segmentCoverage = segmentMatched / segment.tokens.length;
    const balanced = (2 * requirementCoverage * segmentCoverage) / (requirementCoverage + segmentCoverage);
    const score = Math.max(requirementCoverage, balanced);
    // Ties go to a skills-list item, then to the earlier segment.
    const tieWin =
      score === bestScore &&
      best !== null &&
      (segment.inSkillsList === best.segment.inSkillsList ? segmentIndex < bestIndex : segment.inSkillsList);
    if (score > bestScore || tieWin) {
      best = { segment, requirementCoverage, balanced, found: hit.found };
      bestScore = score;
      bestIndex = segmentIndex;
    }
  }
  return best;
}

/** Fraction of requirement stems present anywhere in the resume. */
export function documentCoverage(index: EvidenceIndex, requirementStems: string[]): number {
  if (requirementStems.length === 0) return 0;
  const found = requirementStems.filter((stem) => agreeingStems(index, stem).length > 0).length;
  return found / requirementStems.length;
}

function trimStart(text: string, start: number, end: number): number {
  const lead = /^\s*(?:[-*•]|\d{1,2}[.)])?\s*/.exec(text.slice(start, end));
  return start + (lead?.[0].length ?? 0);
}

function trimEnd(text: string, start: number, end: number): number {
  let position = end;
  while (position > start && /\s/.test(text[position - 1] ?? "")) position--;
  return position;
}
