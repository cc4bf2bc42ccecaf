import { SkillgraphError } from "../core/errors.js";
import { parseJob } from "../parse/parse-job.js";
import { parseResume } from "../parse/parse-resume.js";
import type { ParsedJob, ParsedResume } from "../parse/types.js";
import { createEvidenceIndex, type EvidenceIndex, type TextSpan } from "./evidence-index.js";
import { requirementRoleStems } from "./experience-requirement.js";
import { type AnalyzedSkillRequirement, analyzeSkillRequirement, markEmphasis } from "./skill-phrases.js";
import type { LinkedSkillMention, MentionLinker } from "./skill-requirement.js";
import { contentTokens } from "./text-tokens.js";
import { titleStems } from "./title-similarity.js";

/** A resume parsed and indexed once, reusable across many jobs. */
export interface PreparedResume {
  readonly kind: "resume";
  text: string;
  parsed: ParsedResume;
  index: EvidenceIndex;
  /** Graph-linked skill mentions outside personal data (empty without a linker). */
  mentions: LinkedSkillMention[];
  /** Title stems of each work entry, plus the headline label. */
  titleStems: string[][];
}

/** A job description parsed once, reusable across many resumes. */
export interface PreparedJob {
  readonly kind: "job";
  text: string;
  parsed: ParsedJob;
  title: string;
  titleStems: string[];
  /** Required and preferred skill requirements, analyzed once. */
  skillRequirements: AnalyzedSkillRequirement[];
  /** Title stems of each experience requirement's role (empty for skill-only requirements). */
  roleStems: string[][];
}

/** The parser functions the matcher calls. */
export interface DocumentParsers {
  parseResume(text: string): ParsedResume;
  parseJob(text: string): ParsedJob;
}

/** parse/ `parseResume` and `parseJob`. */
export const DEFAULT_PARSERS: DocumentParsers = {
  parseResume: (text) => parseResume(text),
  parseJob: (text) => parseJob(text),
};

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Personal-data ranges of a parsed resume: the contact section and every basics field. */
export function personalRanges(parsed: ParsedResume): TextSpan[] {
  const ranges: TextSpan[] = parsed.sections
    .filter((section) => section.name === "contact")
    .map((section) => ({ start: section.start, end: section.end }));
  for (const field of [
    parsed.basics.name,
    parsed.basics.email,
    parsed.basics.phone,
    parsed.basics.url,
    parsed.basics.location,
  ]) {
    if (field) ranges.push(field.span);
  }
  return ranges;
}

/** Parse and index a resume. An empty resume is an EMPTY_DOCUMENT error. */
export function prepareResume(
  text: string,
  parsers: DocumentParsers,
  linker?: MentionLinker,
): PreparedResume {
  if (!HAS_WORD.test(text)) {
    throw new SkillgraphError("EMPTY_DOCUMENT", "the resume is empty: there is no text to match");
  }
  const parsed = parsers.parseResume(text);
  const excluded = personalRanges(parsed);
  const skillsList = parsed.sections
    .filter((section) => section.name === "skills")
    .map((section) => ({ start: section.bodyStart, end: section.end }));
  const titleSpans = parsed.work.map((entry) => entry.titleSpan);
  const index = createEvidenceIndex(text, { excluded, skillsList, titles: titleSpans });
  const mentions = linker
    ? linker
        .detectMentions(text)
        .filter((mention) => mention.skillId !== null)
        .filter(
          (mention) => !excluded.some((range) => mention.start >= range.start && mention.start < range.end),
        )
    : [];
  const titles = parsed.work.map((entry) => titleStems(entry.title));
  if (parsed.basics.label) titles.push(titleStems(parsed.basics.label.value));
  return { kind: "resume", text, parsed, index, mentions, titleStems: titles };
}

const REQUIREMENT_SECTIONS = new Set(["required_skills", "requirements", "skills"]);

/**
 * Lines of the job's requirement sections from which the parser took nothing (no skill, no
 * experience or education requirement): kept whole as required skills, so every requirement the
 * job states gets a verdict.
 */
export function unparsedRequirementLines(
  text: string,
  parsed: ParsedJob,
): Array<{ text: string; span: TextSpan }> {
  const taken = [
    ...parsed.requiredSkills.map((item) => item.span),
    ...parsed.preferredSkills.map((item) => item.span),
    ...parsed.experienceRequirements.map((item) => item.span),
    ...parsed.educationRequirements.map((item) => item.span),
  ];
  const lines: Array<{ text: string; span: TextSpan }> = [];
  for (const section of parsed.sections) {
    if (!REQUIREMENT_SECTIONS.has(section.name)) continue;
    let start = section.bodyStart;
    for (const line of text.slice(section.bodyStart, section.end).split("\n")) {
      const end = start + line.length;
      const body = /^\s*(?:[-*•·]|\d{1,2}[.)])?\s*/.exec(line)?.[0].length ?? 0;
      const covered = taken.some((span) => span.start < end && span.end > start);
      if (!covered && contentTokens(line).length > 0) {
        lines.push({
          text: line.slice(body).trimEnd(),
          span: { start: start + body, end: start + line.trimEnd().length },
        });
      }
      start = end + 1;
    }
  }
  return lines;
}

/** Parse a job description. An empty one is an EMPTY_DOCUMENT error. */
export function prepareJob(text: string, parsers: DocumentParsers): PreparedJob {
  if (!HAS_WORD.test(text)) {
    throw new SkillgraphError("EMPTY_DOCUMENT", "the job description is empty");
  }
  const parsed = parsers.parseJob(text);
  const title = parsed.title?.text.trim() ?? "";
  const skillRequirements = [
    ...parsed.requiredSkills.map((item) =>
      analyzeSkillRequirement({ text: item.name, span: item.span }, "required-skill"),
    ),
    ...parsed.preferredSkills.map((item) =>
      analyzeSkillRequirement({ text: item.name, span: item.span }, "preferred-skill"),
    ),
    ...unparsedRequirementLines(text, parsed).map((line) => analyzeSkillRequirement(line, "required-skill")),
  ];
  markEmphasis(skillRequirements, text);
  const roleStems = parsed.experienceRequirements.map((requirement) =>
    requirementRoleStems(requirement, text),
  );
  return { kind: "job", text, parsed, title, titleStems: titleStems(title), skillRequirements, roleStems };
}
