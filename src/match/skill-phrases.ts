import type { TextSpan } from "./evidence-index.js";
import type { RequirementKind } from "./match-report.js";
import { contentTokens, forEachStem, tokenize } from "./text-tokens.js";

/**
 * Job-side analysis of a skill requirement line, done once per job: which skills it names, and
 * the word sets ("variants") any of which, found in one resume line, evidences each skill.
 */
export interface AnalyzedSkill {
  /** The skill as the job words it ("Team Foundation Server (TFS)"). */
  label: string;
  /** Alternative stem sets: the full phrase, its core, an alias in parentheses, its initials, examples. */
  variants: string[][];
  /**
   * True when the job names this skill again outside its requirement line (title, summary,
   * responsibilities): a skill the job keeps coming back to is core to it. Set by `markEmphasis`.
   */
  emphasized: boolean;
}

export interface AnalyzedSkillRequirement {
  kind: RequirementKind;
  text: string;
  span?: TextSpan;
  skills: AnalyzedSkill[];
}

/**
 * The skill words of a requirement line: "Networking: TCP/IP and LAN/WAN" → the label before the
 * colon ("Networking"); otherwise the whole line.
 */
export function requirementHead(text: string): { head: string; offset: number } {
  const stripped = /^\s*(?:[-*•]|\d{1,2}[.)])?\s*/.exec(text)?.[0].length ?? 0;
  const body = text.slice(stripped);
  const colon = body.indexOf(":");
  if (colon > 0 && body.slice(0, colon).split(/\s+/).length <= 6) {
    return { head: body.slice(0, colon), offset: stripped };
  }
  return { head: body, offset: stripped };
}

/** Unique content stems of a phrase, in order. */
export function uniqueStems(phrase: string): string[] {
  const stems: string[] = [];
  for (const token of contentTokens(phrase)) if (!stems.includes(token.stem)) stems.push(token.stem);
  return stems;
}

/** Unique requirement stems of a requirement line's head, in order. */
export function requirementStems(text: string): string[] {
  return uniqueStems(requirementHead(text).head);
}

/** The phrase without leading and trailing filler: "Proficiency in SQL." → "SQL". */
export function skillLabel(phrase: string): string {
  const tokens = contentTokens(phrase);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return phrase.trim();
  let end = last.end;
  if (phrase[end] === ")" && phrase.lastIndexOf("(", end) > first.start) end++;
  return phrase.slice(first.start, end).trim();
}

const MODIFIER =
  /\s+(?:for|to|in|with|such as|including|includes|like|that|which|who|when|while|by|using|through|via|across|within|on|from|e\.g\.?|eg|especially|particularly|is|are|must|should|will)\b|\s+[-–—]\s/i;

/**
 * The core of a prose skill phrase: from its first content word up to the first modifier after it
 * ("Technical skills for operating machinery" → "Technical skills"). Null when nothing is cut.
 */
export function skillCore(phrase: string): string | null {
  const first = contentTokens(phrase)[0];
  if (!first) return null;
  const cut = MODIFIER.exec(phrase.slice(first.end));
  if (!cut) return null;
  const core = phrase.slice(0, first.end + cut.index);
  return contentTokens(core).length > 0 ? skillLabel(core) : null;
}

const SEPARATOR = /\s*(?:,|;|\band\b|\bor\b|&|\bas well as\b)\s*/gi;

/** Words inside an item that make it a clause rather than a skill name. */
const CLAUSE_WORD = /\b(?:of|for|to|with|by|that|which|used|using|in|on|from|toward|towards)\b/i;
/** A short lead before the list: "Knowledge of", "Solid knowledge base of", "Experience with". */
const LIST_LEAD = /^\s*(?:(?!(?:and|or|&)\s)\S+\s+){0,3}?(?:of|with|in|on|using)\s+/i;

/** The lead-in of one list item: "knowledge of", "hands-on experience with". */
const ITEM_LEAD =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:knowledge|experience|understanding|proficiency|familiarity|expertise|skills?)\s+(?:of|in|with)\s+/iu;

/** A longer lead: "Proficiency in the use of", "Good working knowledge of the tools of". */
const LONG_LIST_LEAD = /^\s*(?:(?!(?:and|or|&)\s)\S+\s+){0,6}?(?:of|with|in|on|using)\s+(?=\S+\s*[,;])/i;

/**
 * Items of a list phrase, or null when the phrase is not a list of short skills. The short lead
 * is tried first; when it leaves a clause ("Proficiency in | the use of Excel, Access"), a longer
 * lead that ends right before the first list item is tried.
 */
function listItems(whole: string): string[] | null {
  const lead = LIST_LEAD.exec(whole);
  const items = listItemsAfter(whole, lead);
  if (items) return items;
  const longLead = LONG_LIST_LEAD.exec(whole);
  return longLead && longLead[0] !== lead?.[0] ? listItemsAfter(whole, longLead) : null;
}

function listItemsAfter(whole: string, lead: RegExpExecArray | null): string[] | null {
  const phrase =
    lead && contentTokens(whole.slice(lead[0].length)).length > 0 ? whole.slice(lead[0].length) : whole;
  const flat = phrase.replace(/\([^)]*\)/g, (inside) => inside.replace(/[,;&]/g, " "));
  const parts: string[] = [];
  let from = 0;
  for (const match of flat.matchAll(SEPARATOR)) {
    parts.push(phrase.slice(from, match.index));
    from = (match.index ?? 0) + match[0].length;
  }
  parts.push(phrase.slice(from));
  // "Maven and knowledge of CI/CD": a later item with its own lead-in is a new skill.
  let ownLead = false;
  const items = parts
    .map((part, index) => {
      const itemLead = index > 0 ? ITEM_LEAD.exec(part) : null;
      if (!itemLead || contentTokens(part.slice(itemLead[0].length)).length === 0) return part;
      ownLead = true;
      return part.slice(itemLead[0].length);
    })
    .filter((part) => contentTokens(part).length > 0);
  // A parenthetical aside ("PowerPoint (subject to change)") neither lengthens an item nor makes it a clause.
  const bare = items.map((item) => item.replace(/\([^)]*\)?/g, " "));
  const sizes = bare.map((part) => contentTokens(part).length);
  if (items.length < 2 || sizes.some((size) => size > 4)) return null;
  // "written and verbal communication", "managing and maintaining servers": one skill, not two.
  const last = sizes[sizes.length - 1] ?? 0;
  if (!ownLead && last >= 2 && sizes.slice(0, -1).some((size) => size === 1)) return null;
  // "Oracle Data Guard, used for protecting data", "interacting & coordinating SDLC components":
  // a clause or a lone verb next to a longer phrase is prose, not a list.
  if (bare.some((item) => CLAUSE_WORD.test(item))) return null;
  if (!ownLead && Math.max(...sizes) >= 3 && Math.min(...sizes) === 1) return null;
  // "Physical stamina and strength": two parts of unequal length joined by a conjunction only
  // share their head; one skill.
  if (!ownLead && items.length === 2 && !/[,;]/.test(flat) && sizes[0] !== sizes[1]) return null;
  return items.map(skillLabel);
}

/**
 * The skills a requirement names: a list ("Java, Spring and AngularJS") gives one per item;
 * anything else (prose, a single skill) is one. A split is kept only when every item is short
 * (≤ 4 content words), so sentences are not cut into fragments.
 */
export function requirementComponents(text: string): string[] {
  const whole = requirementHead(text).head;
  const core = skillCore(whole);
  return listItems(whole) ?? (core ? listItems(core) : null) ?? [skillLabel(whole)];
}

/** Acronyms and product-style names: "SQL", "AJAX", "QoS", "JavaScript", "C++", "CSS3", "F5". */
const TECHNICAL_WORD =
  /(?<![\w.])(?:[A-Z]{2,}[A-Za-z0-9]*|[A-Za-z]+[0-9][A-Za-z0-9]*|[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Za-z]\+\+|C#|\.NET)(?![\w])/g;

const EXAMPLES = /\b(?:such as|including|like|e\.g\.?|eg|especially)\s+(.+)$/i;

/** The word sets that evidence one skill phrase. */
export function skillVariants(label: string): string[][] {
  const variants: string[][] = [];
  const add = (stems: string[]) => {
    if (stems.length > 0 && !variants.some((existing) => existing.join(" ") === stems.join(" ")))
      variants.push(stems);
  };
  add(uniqueStems(label));
  const technical = [...label.matchAll(TECHNICAL_WORD)].map((match) => match[0]);
  const core = skillCore(label);
  // The core stands for the skill only when it keeps its technical names: "Architecting solutions
  // on AWS and Azure" is not evidenced by "architecting solutions" alone.
  if (core && technical.every((word) => core.includes(word))) add(uniqueStems(core));
  // An alias in parentheses, closed or cut off by the parser ("Quality of Service (QoS").
  for (const alias of label.matchAll(/\(([^)]+)(?:\)|$)/g)) add(uniqueStems(alias[1] ?? ""));
  // Technical names carry the skill ("coding experience in SQL" → SQL; "concepts of AJAX" → AJAX).
  if (technical.length > 0) add(uniqueStems(technical.join(" ")));
  const withoutAlias = label.replace(/\([^)]*\)/g, " ");
  const words = tokenize(withoutAlias).filter(
    (token) => /^[a-z]/.test(token.word) && !/^(?:and|of|the|for|to|in)$/.test(token.word),
  );
  if (words.length >= 2 && words.length <= 5) add([words.map((token) => token.word[0]).join("")]);
  const examples = EXAMPLES.exec(label)?.[1];
  if (examples) {
    for (const example of examples.split(/\s*(?:,|;|\band\b|\bor\b|&)\s*/)) add(uniqueStems(example));
  }
  return variants;
}

/** Analyze a skill requirement once per job. */
export function analyzeSkillRequirement(
  requirement: { text: string; span?: TextSpan },
  kind: RequirementKind,
): AnalyzedSkillRequirement {
  const text = requirement.text.trim();
  let named = namedSkillsCache.get(text);
  if (named === undefined) {
    named = requirementComponents(text)
      .map((label) => ({ label, variants: skillVariants(label) }))
      .filter((skill) => skill.variants.length > 0);
    if (namedSkillsCache.size > 20_000) namedSkillsCache.clear();
    namedSkillsCache.set(text, named);
  }
  const skills = named.map((skill) => ({ label: skill.label, variants: skill.variants, emphasized: false }));
  return { kind, text, ...(requirement.span ? { span: requirement.span } : {}), skills };
}

/**
 * Requirement text → the skills it names and their variants (job postings repeat requirement
 * phrases). The variant arrays are shared: treat them as read-only.
 */
const namedSkillsCache = new Map<string, Array<{ label: string; variants: string[][] }>>();

/** Mark the skills the job text mentions again outside their own requirement line. */
export function markEmphasis(requirements: AnalyzedSkillRequirement[], jobText: string): void {
  const positions = new Map<string, number[]>();
  forEachStem(jobText, false, (stem, start) => {
    const list = positions.get(stem);
    if (list) list.push(start);
    else positions.set(stem, [start]);
  });
  for (const requirement of requirements) {
    const span = requirement.span;
    const lineStart = span ? jobText.lastIndexOf("\n", span.start - 1) + 1 : -1;
    const newline = span ? jobText.indexOf("\n", span.end) : -1;
    const lineEnd = span ? (newline < 0 ? jobText.length : newline) : -1;
    const outside = (stem: string) =>
      (positions.get(stem) ?? []).some((start) => start < lineStart || start >= lineEnd);
    for (const skill of requirement.skills) {
      const stems = skill.variants[0] ?? [];
      const found = stems.filter(outside).length;
      skill.emphasized = stems.length > 0 && found / stems.length >= 0.5;
    }
  }
}
