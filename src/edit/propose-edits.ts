import { z } from "zod";
import { createMatcher, type Matcher } from "../match/create-matcher.js";
import { evidenceSchema, requirementKindSchema, verdictSchema } from "../match/match-report.js";
import type { StatedSkill } from "../match/skill-requirement.js";
import { contentTokens, stemsAgree } from "../match/text-tokens.js";
import {
  findInlineSkillsListEnd,
  findSkillsBlock,
  renderSkillsBlock,
  type SkillsBlock,
} from "./skills-block.js";
import { unifiedDiff } from "./unified-diff.js";
import { type VerifyEditResult, verifyEdit } from "./verify-edit.js";

export const proposedEditSchema = z.object({
  kind: z.enum(["surface-skill", "rephrase-skill", "reorder-skills"]),
  description: z.string(),
  before: z.string().optional(),
  after: z.string(),
  /** The resume text each added claim comes from. */
  cites: z.array(evidenceSchema),
});
export type ProposedEdit = z.infer<typeof proposedEditSchema>;

export const editGapSchema = z.object({
  kind: requirementKindSchema,
  requirement: z.string(),
  verdict: verdictSchema,
  reason: z.string(),
  suggestion: z.string(),
});
export type EditGap = z.infer<typeof editGapSchema>;

export interface EditProposal {
  /** Unified diff from the original to the edited resume ("" when nothing changes). */
  diff: string;
  editedText: string;
  edits: ProposedEdit[];
  /** Requirements the resume does not support: for the person to confirm, never added for them. */
  gaps: EditGap[];
  /** The claim check of the edited text against the original (always supported). */
  verification: VerifyEditResult;
}

export interface ProposeEditsOptions {
  /** The matcher that finds which resume lines state which job skills; default `createMatcher({})`. */
  matcher?: Matcher;
  /** Most skills surfaced into the skills list. Default 12. */
  maxSurfaced?: number;
}

/**
 * Propose honest edits that move a resume toward a job: surface skills the resume shows in its
 * roles but leaves out of its skills list, use the job's wording for skills it already lists,
 * put the job's skills first. Never adds a fact: every edit cites resume text, and the edited
 * resume must pass `verifyEdit` (edits that would add an unsupported claim are dropped).
 */
export function proposeEdits(
  resumeText: string,
  jobText: string,
  options: ProposeEditsOptions = {},
): EditProposal {
  const matcher = options.matcher ?? createMatcher({});
  const resume = matcher.prepareResume(resumeText);
  const judged = matcher.judge(resume, jobText);
  const skillResults = [...judged.required, ...judged.preferred];
  const block = findSkillsBlock(resumeText, resume.parsed);
  const listed = resume.parsed.skills.map((item) => stemsOf(item.name));
  const candidates: ProposedEdit[] = [];
  const surfaced = new Set<string>();
  for (const stated of skillResults.flatMap((result) => result.stated)) {
    if (stated.inSkillsList || surfaced.size >= (options.maxSurfaced ?? 12)) continue;
    const stems = stemsOf(stated.label);
    if (surfaced.has(stems.join(" ")) || listed.some((item) => covers(item, stems))) continue;
    surfaced.add(stems.join(" "));
    candidates.push({
      kind: "surface-skill",
      description: `add "${stated.label}" to the skills list: the resume shows it in "${clip(stated.evidence.quote)}"`,
      after: stated.label,
      cites: [stated.evidence],
    });
  }
  if (block)
    candidates.push(
      ...rephraseAndReorder(
        block,
        skillResults.flatMap((result) => result.stated),
      ),
    );
  let edits = candidates;
  const inlineEnd = block ? null : findInlineSkillsListEnd(resumeText, resume.parsed);
  let editedText = applyEdits(resumeText, resume.parsed.sections, block, edits, inlineEnd);
  let verification = verifyEdit(resumeText, editedText);
  for (let attempt = 0; attempt < 3 && !verification.supported; attempt++) {
    const claims = verification.unsupported.map((claim) => claim.text.toLowerCase());
    edits = edits.filter((edit) => !claims.some((claim) => edit.after.toLowerCase().includes(claim)));
    editedText = applyEdits(resumeText, resume.parsed.sections, block, edits, inlineEnd);
    verification = verifyEdit(resumeText, editedText);
  }
  if (!verification.supported) {
    edits = [];
    editedText = resumeText;
    verification = { supported: true, unsupported: [] };
  }
  const requirements = [...judged.required, ...judged.preferred, ...judged.experience, ...judged.education];
  const gaps: EditGap[] = requirements
    .filter((requirement) => requirement.verdict !== "met")
    .map((requirement) => ({
      kind: requirement.kind,
      requirement: requirement.text,
      verdict: requirement.verdict,
      reason: requirement.reason,
      suggestion:
        requirement.kind === "experience"
          ? "not added: change dates or roles only if your real history supports it"
          : "not added: if you have this, add it yourself with where and when you used it",
    }));
  return {
    diff: unifiedDiff(resumeText, editedText, { fromName: "resume", toName: "resume (edited)" }),
    editedText,
    edits,
    gaps,
    verification,
  };
}

function rephraseAndReorder(block: SkillsBlock, stated: StatedSkill[]): ProposedEdit[] {
  const edits: ProposedEdit[] = [];
  const relevance = block.items.map((entry) => {
    const index = stated.findIndex(
      (skill) =>
        skill.inSkillsList &&
        skill.evidence.start >= entry.lineStart &&
        skill.evidence.start <= entry.lineEnd,
    );
    return index < 0 ? Number.POSITIVE_INFINITY : index;
  });
  block.items.forEach((entry, position) => {
    const skill = stated[relevance[position] as number];
    if (!skill || entry.text.toLowerCase().includes(skill.label.toLowerCase())) return;
    // Only the job's inflection of the same words ("Agile methodologies" → "Agile methodology"):
    // nothing is added, and a mere change of order or case is not worth an edit.
    const itemStems = stemsOf(entry.text);
    const labelStems = stemsOf(skill.label);
    if (!covers(itemStems, labelStems) || !covers(labelStems, itemStems)) return;
    if (sortedWords(entry.text) === sortedWords(skill.label)) return;
    edits.push({
      kind: "rephrase-skill",
      description: `use the job's wording "${skill.label}"`,
      before: entry.text,
      after: skill.label,
      cites: [{ start: entry.item.span.start, end: entry.item.span.end, quote: entry.item.name }],
    });
  });
  const order = block.items
    .map((_, index) => index)
    .sort((left, right) => (relevance[left] as number) - (relevance[right] as number) || left - right);
  if (order.some((value, index) => value !== index)) {
    const before = block.items.map((entry) => entry.text).join("; ");
    const reordered = order.map((index) => block.items[index]?.text ?? "");
    block.items = order.map((index) => block.items[index]).filter((entry) => entry !== undefined);
    edits.push({
      kind: "reorder-skills",
      description: "list the skills the job asks for first",
      before,
      after: reordered.join("; "),
      cites: [],
    });
  }
  return edits;
}

function applyEdits(
  text: string,
  sections: ReadonlyArray<{ name: string; end: number }>,
  block: SkillsBlock | null,
  edits: ProposedEdit[],
  inlineEnd: number | null,
): string {
  const added = edits.filter((edit) => edit.kind === "surface-skill").map((edit) => edit.after);
  const rephrased = new Map(
    edits.filter((edit) => edit.kind === "rephrase-skill").map((edit) => [edit.before, edit.after]),
  );
  const reorder = edits.some((edit) => edit.kind === "reorder-skills");
  if (block) {
    const items = reorder
      ? block.items
      : [...block.items].sort((left, right) => left.lineStart - right.lineStart);
    const texts = items.map((entry) => rephrased.get(entry.text) ?? entry.text);
    if (added.length === 0 && rephrased.size === 0 && !reorder) return text;
    return (
      text.slice(0, block.start) + renderSkillsBlock(block, [...texts, ...added]) + text.slice(block.end)
    );
  }
  if (added.length === 0) return text;
  // An inline list ("Python, Django, Git") is extended in place.
  if (inlineEnd !== null) return `${text.slice(0, inlineEnd)}, ${added.join(", ")}${text.slice(inlineEnd)}`;
  const lines = added.map((label) => `- ${label}`).join("\n");
  const section = sections.find((candidate) => candidate.name === "skills");
  if (section)
    return `${text.slice(0, section.end).trimEnd()}\n${lines}\n${text.slice(section.end).replace(/^\n+/, "\n")}`;
  const heading = /^#{1,3}\s/m.test(text) ? "## Skills" : "Skills";
  return `${text.trimEnd()}\n\n${heading}\n${lines}\n`;
}

function sortedWords(phrase: string): string {
  return contentTokens(phrase)
    .map((token) => token.word)
    .sort()
    .join(" ");
}

function stemsOf(phrase: string): string[] {
  return [...new Set(contentTokens(phrase).map((token) => token.stem))];
}

/** True when every stem of `wanted` agrees with a stem of `have`. */
function covers(have: string[], wanted: string[]): boolean {
  return wanted.length > 0 && wanted.every((stem) => have.some((other) => stemsAgree(stem, other)));
}

function clip(text: string, length = 60): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= length ? oneLine : `${oneLine.slice(0, length - 1)}…`;
}
