import type { SkillGraph } from "../graph/skill-graph.js";
import { bestSegment, documentCoverage, type EvidenceIndex, type SegmentMatch } from "./evidence-index.js";
import { graphMatch, mentionEvidence } from "./graph-skill-match.js";
import type { Evidence, RequirementResult } from "./match-report.js";
import type { AnalyzedSkill, AnalyzedSkillRequirement } from "./skill-phrases.js";

/** A skill mention linked to a graph id (the shape skills/ `detectMentions` returns). */
export interface LinkedSkillMention {
  start: number;
  end: number;
  text: string;
  /** Graph skill id; null for an open-vocabulary mention (ignored here). */
  skillId: string | null;
  label: string;
  score: number;
}

/** The part of a skill linker the matcher uses: fast dictionary detection of graph labels. */
export interface MentionLinker {
  detectMentions(text: string): LinkedSkillMention[];
}

export interface SkillMatchContext {
  index: EvidenceIndex;
  /** Graph-linked mentions of the resume (empty without a linker). */
  resumeMentions: LinkedSkillMention[];
  linker?: MentionLinker;
  graph?: SkillGraph;
  /** Share of the requirement's words one resume line must hold for "met". Default 0.6. */
  metCoverage?: number;
}

/** A skill requirement's verdict plus the word coverage the score model reads. */
export interface SkillRequirementResult extends RequirementResult {
  /** Mean share of each named skill's words found in one resume line (0–1). */
  coverage: number;
  /** The skills of the requirement that the resume does not state (all of them when missing). */
  missing: string[];
  /** How many skills the requirement names, and the credit the resume earns for them (met 1, related ½). */
  skillCount: number;
  skillCredit: number;
  /** Each skill of the requirement the resume states, with the line that states it. */
  stated: StatedSkill[];
  /** How many of the missing skills the job emphasizes (names again outside the requirement). */
  emphasizedMissing: number;
}

/** A job skill the resume states: the job's wording and the resume line that evidences it. */
export interface StatedSkill {
  label: string;
  evidence: Evidence;
  inSkillsList: boolean;
}

interface ComponentResult {
  label: string;
  score: number;
  met: boolean;
  match: SegmentMatch | null;
  /** Stated only inside a job title ("Java Developer"): weak evidence, credited as partial. */
  titleOnly?: boolean;
}

/**
 * A skill is met when one resume line holds enough of the words of any of its variants. Words
 * found only in a work entry's title are weak evidence (a title names a role, not a claimed
 * skill): such a skill is partial, unless a skills-list item or a description also states it.
 */
function judgeSkill(skill: AnalyzedSkill, index: EvidenceIndex, metCoverage: number): ComponentResult {
  let best: ComponentResult = { label: skill.label, score: 0, met: false, match: null };
  let inTitle: ComponentResult | undefined;
  for (const stems of skill.variants) {
    let match = bestSegment(index, stems);
    const score = (found: SegmentMatch | null) =>
      found ? Math.max(found.requirementCoverage, found.balanced) : 0;
    if (match?.segment.inTitle && score(match) >= metCoverage) {
      inTitle ??= { label: skill.label, score: metCoverage / 2, met: false, match, titleOnly: true };
      match = bestSegment(index, stems, true);
    }
    const met = score(match) >= metCoverage;
    const coverage = met ? score(match) : Math.max(score(match), documentCoverage(index, stems) * 0.75);
    if (met || coverage > best.score) best = { label: skill.label, score: coverage, met, match };
    if (met) break;
  }
  return !best.met && inTitle ? inTitle : best;
}

/** Judge one skill requirement (analyzed once per job) against the resume. */
export function matchSkillRequirement(
  requirement: AnalyzedSkillRequirement,
  context: SkillMatchContext,
): SkillRequirementResult {
  const metCoverage = context.metCoverage ?? 0.6;
  const { text } = requirement;
  const components = requirement.skills.map((skill) => skill.label);
  if (components.length === 0) {
    const none = { skillCount: 0, skillCredit: 0, stated: [], emphasizedMissing: 0 };
    return skillResult(requirement, "unknown", "no skill words to look for", [], 0, [], none);
  }
  const judged = requirement.skills.map((skill) => judgeSkill(skill, context.index, metCoverage));
  const coverage = judged.reduce((sum, item) => sum + item.score, 0) / judged.length;
  const met = judged.filter((item) => item.met);
  const unmet = judged.filter((item) => !item.met);
  const evidence = uniqueEvidence(context.index, met);
  const stated: StatedSkill[] = met.flatMap((item) =>
    item.match
      ? [
          {
            label: item.label,
            evidence: segmentEvidence(context.index, item.match.segment),
            inSkillsList: item.match.segment.inSkillsList,
          },
        ]
      : [],
  );
  const emphasizedMissing = requirement.skills.filter(
    (skill, index) => skill.emphasized && !judged[index]?.met,
  ).length;
  const units = { skillCount: judged.length, skillCredit: met.length, stated, emphasizedMissing };
  if (unmet.length === 0) {
    const quotes = evidence.map((item) => `"${clip(item.quote)}"`).join("; ");
    const where = met.every((item) => item.match?.segment.inSkillsList)
      ? "the resume's skills"
      : "the resume";
    return skillResult(requirement, "met", `stated in ${where}: ${quotes}`, evidence, coverage, [], units);
  }
  if (met.length > 0) {
    return skillResult(
      requirement,
      "partial",
      `the resume states ${listOf(met.map((item) => item.label))} but not ${listOf(unmet.map((item) => item.label))}`,
      evidence,
      coverage,
      unmet.map((item) => item.label),
      units,
    );
  }
  const label = components.join(", ");
  const byGraph = graphMatch(text, context);
  if (byGraph?.relation === "same") {
    return skillResult(
      requirement,
      "met",
      `the resume names "${byGraph.mention.text}", the same skill (${byGraph.label})`,
      [mentionEvidence(context.index.text, byGraph.mention)],
      Math.max(coverage, metCoverage),
      [],
      { ...units, skillCredit: judged.length, emphasizedMissing: 0 },
    );
  }
  if (byGraph) {
    return skillResult(
      requirement,
      "partial",
      `"${label}" is not stated; partial credit for the ${byGraph.relation} skill "${byGraph.mention.label}" in the resume`,
      [mentionEvidence(context.index.text, byGraph.mention)],
      Math.max(coverage, metCoverage / 2),
      // Credited through a related skill: listed as partial, not as missing.
      [],
      { ...units, skillCredit: judged.length / 2 },
      { id: byGraph.mention.skillId ?? "", label: byGraph.mention.label, relation: byGraph.relation },
    );
  }
  const closest = judged.reduce((best, item) => (item.score > best.score ? item : best));
  if (closest.titleOnly && closest.match && components.length === 1) {
    const quote = context.index.text.slice(closest.match.segment.start, closest.match.segment.end);
    return skillResult(
      requirement,
      "partial",
      `"${label}" appears only in a job title ("${clip(quote)}"), not as a stated skill`,
      [{ start: closest.match.segment.start, end: closest.match.segment.end, quote }],
      coverage,
      components,
      units,
    );
  }
  if (closest.match && closest.score >= metCoverage / 2 && components.length === 1) {
    const quote = context.index.text.slice(closest.match.segment.start, closest.match.segment.end);
    return skillResult(
      requirement,
      "partial",
      `only part of "${label}" is stated (${closest.match.found.length} of ${requirement.skills[0]?.variants[0]?.length ?? 0} words): "${clip(quote)}"`,
      [{ start: closest.match.segment.start, end: closest.match.segment.end, quote }],
      coverage,
      components,
      units,
    );
  }
  return skillResult(
    requirement,
    "missing",
    `"${label}" is not stated in the resume`,
    [],
    coverage,
    components,
    units,
  );
}

type SkillUnits = Pick<SkillRequirementResult, "skillCount" | "skillCredit" | "stated" | "emphasizedMissing">;

/** One result object, its fields always in the same order (no spreads: built for every pair). */
function skillResult(
  requirement: AnalyzedSkillRequirement,
  verdict: SkillRequirementResult["verdict"],
  reason: string,
  evidence: Evidence[],
  coverage: number,
  missing: string[],
  units: SkillUnits,
  relatedSkill?: NonNullable<SkillRequirementResult["relatedSkill"]>,
): SkillRequirementResult {
  const span = requirement.span;
  if (relatedSkill) {
    // Rare (graph partial credit): the same field order as the other results, relatedSkill after evidence.
    return {
      kind: requirement.kind,
      text: requirement.text,
      ...(span ? { jobSpan: { start: span.start, end: span.end } } : {}),
      verdict,
      reason,
      evidence,
      relatedSkill,
      coverage,
      missing,
      ...units,
    };
  }
  return span
    ? {
        kind: requirement.kind,
        text: requirement.text,
        jobSpan: { start: span.start, end: span.end },
        verdict,
        reason,
        evidence,
        coverage,
        missing,
        skillCount: units.skillCount,
        skillCredit: units.skillCredit,
        stated: units.stated,
        emphasizedMissing: units.emphasizedMissing,
      }
    : {
        kind: requirement.kind,
        text: requirement.text,
        verdict,
        reason,
        evidence,
        coverage,
        missing,
        skillCount: units.skillCount,
        skillCredit: units.skillCredit,
        stated: units.stated,
        emphasizedMissing: units.emphasizedMissing,
      };
}

function segmentEvidence(index: EvidenceIndex, segment: { start: number; end: number }): Evidence {
  return { start: segment.start, end: segment.end, quote: index.text.slice(segment.start, segment.end) };
}

function uniqueEvidence(index: EvidenceIndex, items: ComponentResult[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const item of items) {
    const segment = item.match?.segment;
    if (!segment || evidence.some((existing) => existing.start === segment.start)) continue;
    evidence.push(segmentEvidence(index, segment));
  }
  return evidence;
}

function listOf(labels: string[]): string {
  const quoted = labels.map((label) => `"${label}"`);
  return quoted.length <= 1
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

function clip(text: string, length = 80): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= length ? oneLine : `${oneLine.slice(0, length - 1)}…`;
}
