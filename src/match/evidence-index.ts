import { forEachStem, stemsAgree } from "./text-tokens.js";

/** A span of text: offsets into the document it came from. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One searchable piece of the resume: a line, or a sentence of a long line. */
export interface EvidenceSegment {
  start: number;
  end: number;
  /** How many content tokens (words that are not filler) the segment holds. */
  tokenCount: number;
  /** Distinct stems of the segment's content tokens → how many tokens carry each. */
  stemCounts: Map<string, number>;
  /** True when the segment is an item of the resume's skills list. */
  inSkillsList: boolean;
  /** True when the segment is a work entry's title ("Java Developer" in "Java Developer (2019 - 2022)"). */
  inTitle: boolean;
}

/** The resume's text cut into segments, searched for requirement words. */
export interface EvidenceIndex {
  text: string;
  segments: EvidenceSegment[];
  /** Every content stem of the resume (outside excluded ranges) → the segments holding it. */
  stemSegments: Map<string, number[]>;
  /** Memo: requirement stem → the resume stems that agree with it. */
  agreeing: Map<string, string[]>;
  /** Resume stems of five letters or more by their first five letters (built on first use). */
  byPrefix?: Map<string, string[]>;
  /** Reused work buffers of `bestSegment`. */
  scratch: {
    found: Uint32Array;
    matched: Uint32Array;
    lastStem: Int32Array;
    mark: Int32Array;
    epoch: number;
  };
}

export interface EvidenceIndexOptions {
  /** Ranges left out of the search, e.g. the personal-information section. Default none. */
  excluded?: TextSpan[];
  /** Ranges of the skills list, marking segments inside them. Default none. */
  skillsList?: TextSpan[];
  /** Work entry titles: each becomes a segment of its own, marked `inTitle`. Default none. */
  titles?: TextSpan[];
}

const SENTENCE_BREAK = /(?<=[.;!?])\s+(?=[A-Z])|\s*[•·|]\s*/g;
/** Inside a skills list, commas and semicolons also separate items ("Java, SQL; Excel"). */
const LIST_BREAK = /(?<=[.;!?])\s+(?=[A-Z])|\s*[•·|,;]\s*/g;

/** Cut the resume into line/sentence segments with content tokens. */
export function createEvidenceIndex(text: string, options: EvidenceIndexOptions = {}): EvidenceIndex {
  const excluded = options.excluded ?? [];
  const skillsList = options.skillsList ?? [];
  const titles = options.titles ?? [];
  const segments: EvidenceSegment[] = [];
  const stemSegments = new Map<string, number[]>();
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const lineEnd = lineStart + line.length;
    let pieceStart = 0;
    const pieces: Array<[number, number]> = [];
    const inList = skillsList.some((range) => lineStart >= range.start && lineStart < range.end);
    // An exec loop rather than `matchAll` (which clones the pattern per line); breaks are never empty.
    const breaks = inList ? LIST_BREAK : SENTENCE_BREAK;
    breaks.lastIndex = 0;
    for (let breakMatch = breaks.exec(line); breakMatch !== null; breakMatch = breaks.exec(line)) {
      pieces.push([pieceStart, breakMatch.index]);
      pieceStart = breakMatch.index + breakMatch[0].length;
    }
    pieces.push([pieceStart, line.length]);
    const cuts = titles.length === 0 ? pieces : cutAtTitles(pieces, titles, lineStart, lineEnd);
    for (const [from, to] of cuts) {
      const start = lineStart + from;
      const end = lineStart + to;
      if (excluded.some((range) => start >= range.start && start < range.end)) continue;
      const stemCounts = new Map<string, number>();
      let tokenCount = 0;
      forEachStem(line.slice(from, to), true, (stem) => {
        tokenCount++;
        stemCounts.set(stem, (stemCounts.get(stem) ?? 0) + 1);
      });
      if (tokenCount === 0) continue;
      for (const stem of stemCounts.keys()) {
        const list = stemSegments.get(stem);
        if (list) list.push(segments.length);
        else stemSegments.set(stem, [segments.length]);
      }
      const inSkillsList = skillsList.some((range) => start >= range.start && start < range.end);
      const inTitle = titles.some((range) => start >= range.start && end <= range.end);
      segments.push({
        start: trimStart(text, start, end),
        end: trimEnd(text, start, end),
        tokenCount,
        stemCounts,
        inSkillsList,
        inTitle,
      });
    }
    lineStart = lineEnd + 1;
  }
  const scratch = {
    found: new Uint32Array(segments.length),
    matched: new Uint32Array(segments.length),
    lastStem: new Int32Array(segments.length),
    mark: new Int32Array(segments.length),
    epoch: 0,
  };
  return { text, segments, stemSegments, agreeing: new Map(), scratch };
}

/** Pieces of a line (offsets relative to `lineStart`) cut further at the edges of title spans. */
function cutAtTitles(
  pieces: Array<[number, number]>,
  titles: readonly TextSpan[],
  lineStart: number,
  lineEnd: number,
): Array<[number, number]> {
  const edges: number[] = [];
  for (const title of titles) {
    if (title.end <= lineStart || title.start >= lineEnd) continue;
    edges.push(title.start - lineStart, title.end - lineStart);
  }
  if (edges.length === 0) return pieces;
  const cut: Array<[number, number]> = [];
  for (const [from, to] of pieces) {
    let start = from;
    for (const edge of edges.filter((value) => value > from && value < to).sort((a, b) => a - b)) {
      cut.push([start, edge]);
      start = edge;
    }
    cut.push([start, to]);
  }
  return cut;
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
  let found: string[];
  if (stem.length < 5) {
    found = index.stemSegments.has(stem) ? [stem] : [];
  } else {
    // Stems that agree share their first five letters (see `stemsAgree`).
    if (!index.byPrefix) {
      index.byPrefix = new Map();
      for (const candidate of index.stemSegments.keys()) {
        if (candidate.length < 5) continue;
        const key = candidate.slice(0, 5);
        const bucket = index.byPrefix.get(key);
        if (bucket) bucket.push(candidate);
        else index.byPrefix.set(key, [candidate]);
      }
    }
    found = (index.byPrefix.get(stem.slice(0, 5)) ?? []).filter((candidate) => stemsAgree(candidate, stem));
  }
  index.agreeing.set(stem, found);
  return found;
}

/** Find the segment that best evidences the requirement stems (null when none shares a word). */
export function bestSegment(
  index: EvidenceIndex,
  requirementStems: string[],
  skipTitles = false,
): SegmentMatch | null {
  if (requirementStems.length === 0) return null;
  const count = index.segments.length;
  const scratch = index.scratch;
  if (scratch.found.length < count) {
    scratch.found = new Uint32Array(count);
    scratch.matched = new Uint32Array(count);
    scratch.lastStem = new Int32Array(count);
    scratch.mark = new Int32Array(count);
  }
  scratch.epoch++;
  const { found, matched, lastStem, mark, epoch } = scratch;
  const touched: number[] = [];
  // Per segment: how many requirement stems it holds, and how many of its tokens they cover.
  for (let stemIndex = 0; stemIndex < requirementStems.length; stemIndex++) {
    for (const resumeStem of agreeingStems(index, requirementStems[stemIndex] as string)) {
      const holders = index.stemSegments.get(resumeStem);
      if (!holders) continue;
      for (const segmentIndex of holders) {
        if (mark[segmentIndex] !== epoch) {
          mark[segmentIndex] = epoch;
          found[segmentIndex] = 0;
          matched[segmentIndex] = 0;
          lastStem[segmentIndex] = -1;
          touched.push(segmentIndex);
        }
        if (lastStem[segmentIndex] !== stemIndex) {
          found[segmentIndex] = (found[segmentIndex] as number) + 1;
          lastStem[segmentIndex] = stemIndex;
        }
        const segment = index.segments[segmentIndex] as EvidenceSegment;
        matched[segmentIndex] = (matched[segmentIndex] as number) + (segment.stemCounts.get(resumeStem) ?? 0);
      }
    }
  }
  let bestScore = -1;
  let bestIndex = -1;
  let bestCoverage = 0;
  let bestBalanced = 0;
  let bestInList = false;
  for (const segmentIndex of touched) {
    const segment = index.segments[segmentIndex] as EvidenceSegment;
    if (skipTitles && segment.inTitle) continue;
    const requirementCoverage = (found[segmentIndex] as number) / requirementStems.length;
    const segmentCoverage = Math.min(1, (matched[segmentIndex] as number) / segment.tokenCount);
    const balanced = (2 * requirementCoverage * segmentCoverage) / (requirementCoverage + segmentCoverage);
    const score = Math.max(requirementCoverage, balanced);
    // Ties go to a skills-list item, then to the earlier segment.
    const tieWin =
      score === bestScore &&
      bestIndex >= 0 &&
      (segment.inSkillsList === bestInList ? segmentIndex < bestIndex : segment.inSkillsList);
    if (score > bestScore || tieWin) {
      bestScore = score;
      bestIndex = segmentIndex;
      bestCoverage = requirementCoverage;
      bestBalanced = balanced;
      bestInList = segment.inSkillsList;
    }
  }
  if (bestIndex < 0) return null;
  const best: SegmentMatch = {
    segment: index.segments[bestIndex] as EvidenceSegment,
    requirementCoverage: bestCoverage,
    balanced: bestBalanced,
    found: [],
  };
  best.found = requirementStems.filter((stem) => segmentHolds(index, best, stem));
  return best;
}

function segmentHolds(index: EvidenceIndex, match: SegmentMatch, stem: string): boolean {
  return agreeingStems(index, stem).some((resumeStem) => match.segment.stemCounts.has(resumeStem));
}

/** Fraction of requirement stems present anywhere in the resume. */
export function documentCoverage(index: EvidenceIndex, requirementStems: string[]): number {
  if (requirementStems.length === 0) return 0;
  const found = requirementStems.filter((stem) => agreeingStems(index, stem).length > 0).length;
  return found / requirementStems.length;
}

const LEAD = /^\s*(?:[-*•]|\d{1,2}[.)])?\s*/;
/** `LEAD` anchored at `lastIndex` in the whole text (no slice per segment). */
const LEAD_AT = /\s*(?:[-*•]|\d{1,2}[.)])?\s*/y;

function trimStart(text: string, start: number, end: number): number {
  LEAD_AT.lastIndex = start;
  const length = LEAD_AT.exec(text)?.[0].length ?? 0;
  // A lead that stays inside the segment is the one the segment alone would give.
  if (start + length <= end) return start + length;
  return start + (LEAD.exec(text.slice(start, end))?.[0].length ?? 0);
}

function trimEnd(text: string, start: number, end: number): number {
  let position = end;
  while (position > start && /\s/.test(text[position - 1] ?? "")) position--;
  return position;
}
