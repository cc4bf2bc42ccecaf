import { COUNT, countValue } from "./number-words.js";
import { type Piece, pieceOf, splitLines, stripBullet, subPiece, trimPiece } from "./text-lines.js";
import type { ExperienceRequirement } from "./types.js";

const YEARS_SOURCE = `\\b(${COUNT})\\s*(?:\\(\\d+\\)\\s*)?(?:\\+|\\s+or\\s+more|\\s+plus)?[\\s-]*(?:full\\s+|solid\\s+|long\\s+)?(?:years?|yrs?)\\b`;
const YEARS = new RegExp(YEARS_SOURCE, "i");
const ALL_YEARS = new RegExp(YEARS_SOURCE, "gi");
/** "Application Developer: min 4 years" → the role before the colon. */
const ROLE_BEFORE_COLON = new RegExp(
  `^(.{3,80}?):\\s*(?:(?:a\\s+)?min(?:imum)?\\.?(?:\\s+of)?|at\\s*least|over|more\\s+than)?\\s*${COUNT}\\s*\\+?[\\s-]*(?:years?|yrs?)\\b`,
  "i",
);
/** The role after "as": "at least 5 years as X", "experience as X for 5 years". */
const AS_ROLE =
  /(?<!\b(?:such|well)\s)\b(?:as(?!\s+well\b)|working as|work as|in\s+the\s+(?:capacity|role|position)\s+of)\s+(?:an?\s+|the\s+)?(.+?)(?=\s+for\s+(?:at\s+least\s+|a\s+minimum(?:\s+of)?\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+period)|\s+(?:in\s+a|with\s+a)\s+(?:role|position|capacity)|[.;]\s|[.;]?\s*$)/i;
/** "4 years in a Lead Developer role", "2 years in WorkDay Consultant position". */
const IN_ROLE =
  /\b(?:years?|yrs?|experience)\s+(?:\S+\s+){0,3}?in\s+(?:an?\s+|the\s+)?((?:(?!in\s)\S+\s+){0,7}?\S+)\s+(?:role|position|capacity)\b/i;
/** "Community Health Workers with a minimum of 5 years' experience": the role leads. */
const ROLE_WITH_YEARS = new RegExp(
  `^(.{3,80}?)\\s+with\\s+(?:a\\s+minimum\\s+of|at\\s+least|min\\.?|over)\\s+${COUNT}\\s*\\+?[\\s-]*(?:years?|yrs?)\\b`,
  "i",
);
/** Adjectives of "experience" that name no subject: "2 years prior experience", "1 year of work experience". */
const GENERIC_SUBJECT =
  /^(?:(?:previous|prior|successful|work|job|working|professional|relevant|proven|practical|field|hands-on|solid|total|related|recent|industry|direct|full-time|paid|progressive|combined|overall|substantial|significant|demonstrable|demonstrated|strong|additional|further|of|experience|highlighted|similar|identical|same|comparable|equivalent|undefined|any|role|holding|direct|or|cross-functional)\s*)+$/i;
/** The skill or field after "experience in/with", "years of … in", "knowledge of". */
const IN_SUBJECT =
  /\b(?:experience|exposure|expertise|background|years?|yrs?)\s+(?:of\s+(?:professional\s+|relevant\s+|proven\s+|practical\s+|hands-on\s+)?(?:experience\s+|exposure\s+|work\s+)?)?(?:in|with|using|on|of|working\s+(?:in|with|on))\s+(?:the\s+)?(.+?)(?=\s+for\s+|\s+(?:in\s+a|with\s+a)\s+(?:role|position)|,|[.;]\s|[.;]?\s*$|\s+(?:and|or)\s+(?:a|an|the)\s)/i;
/** "5 years of Java experience", "3+ years Python development experience". */
const BEFORE_EXPERIENCE = new RegExp(
  `\\b${COUNT}\\s*\\+?[\\s-]*(?:years?|yrs?)\\s+(?:of\\s+)?(?!of\\b|experience\\b)(.+?)\\s+(?:experience|exp)\\b`,
  "i",
);
/** Nouns that make an "experience in X" subject a role rather than a skill. */
const ROLE_NOUN =
  /\b(?:analyst|engineer|developer|manager|administrator|admin|architect|consultant|designer|lead|specialist|technician|officer|director|assistant|coordinator|supervisor|teacher|nurse|worker|operator|programmer|scientist|tester|representative|associate|clerk|agent|executive|accountant|auditor)s?\s*$/i;
/** A job noun anywhere in a subject (for `roleClauseCut`). */
const ANY_ROLE_NOUN = new RegExp(ROLE_NOUN.source.replace(/\\s\*\$$/, "\\b"), "gi");
const NOT_A_SUBJECT =
  /^(?:(?:(?:required|work|relevant|professional)\s+)?experience|requirements?|minimum|years|the field|this field|a similar role|similar role|the industry|industry|total)$/i;

/**
 * Experience requirements in job text, one per bullet or sentence that states a number of years:
 * "at least 5 years as X", "Minimum of 1 year as X", "Has previous experience as X for 5
 * years", "five years of …", "3+ years of Python" → {role | skill, years, span, subjectSpan}.
 * A subject found after "as" is a role; after "experience in/with" a skill, unless it ends with a
 * job noun ("Desktop Support Analyst").
 */
export function findExperienceRequirements(
  text: string,
  units: readonly Piece[] = sentenceUnits(text),
): ExperienceRequirement[] {
  const requirements: ExperienceRequirement[] = [];
  for (const unit of units) {
    const clauses = roleClauses(unit);
    if (clauses.length >= 2) {
      for (const clause of clauses) requirements.push(clause);
      continue;
    }
    const requirement = requirementOf(unit);
    if (requirement) requirements.push(requirement);
  }
  return requirements;
}

function requirementOf(unit: Piece): ExperienceRequirement | undefined {
  const years = YEARS.exec(unit.text);
  if (!years?.[1]) return undefined;
  const value = countValue(years[1]);
  if (value === undefined || value > 50) return undefined;
  const requirement: ExperienceRequirement = { years: value, span: { start: unit.start, end: unit.end } };
  const subject = findSubject(unit);
  if (subject) {
    requirement.subjectSpan = { start: subject.piece.start, end: subject.piece.end };
    if (subject.kind === "role") requirement.role = subject.piece.text;
    else requirement.skill = subject.piece.text;
  } else if (!/\b(?:experience|exposure|expertise|background|working|worked)\b/i.test(unit.text)) {
    return undefined;
  }
  return requirement;
}

/**
 * A sentence naming several roles with their years ("3 years as a Cook, 5 years as a Driver and
 * 2 years working as a Baker") → one requirement per role: the sentence is cut before each count
 * after the first. Kept only when at least two parts name a role; the span is the part.
 */
function roleClauses(unit: Piece): ExperienceRequirement[] {
  const starts = [...unit.text.matchAll(ALL_YEARS)].map((match) => match.index ?? 0);
  if (starts.length < 2) return [];
  const clauses: ExperienceRequirement[] = [];
  starts.forEach((start, index) => {
    const from = index === 0 ? 0 : start;
    const to = starts[index + 1] ?? unit.text.length;
    const part = trimPiece(subPiece(unit, from, to), "\\s,;");
    const andTail = /[\s,]+(?:and|&)?\s*(?:at\s*least|atleast|minimum(?:\s+of)?|min\.?|over)?\s*$/i.exec(
      part.text,
    );
    const clause = andTail && andTail.index > 0 ? subPiece(part, 0, andTail.index) : part;
    const requirement = requirementOf(clause);
    if (requirement?.role) clauses.push(requirement);
  });
  return clauses.length >= 2 ? clauses : [];
}

function findSubject(unit: Piece): { kind: "role" | "skill"; piece: Piece } | undefined {
  for (const [pattern, kind] of [
    [AS_ROLE, "role"],
    [IN_ROLE, "role"],
    [BEFORE_EXPERIENCE, "skill"],
    [IN_SUBJECT, "skill"],
    [ROLE_BEFORE_COLON, "role"],
    [ROLE_WITH_YEARS, "role"],
  ] as const) {
    const match = pattern.exec(unit.text);
    if (!match?.[1] || match.index === undefined) continue;
    const offset = match.index + match[0].lastIndexOf(match[1]);
    const piece = cleanSubject(trimPiece(subPiece(unit, offset, offset + match[1].length), '\\s.,;:"“”'));
    if (
      !/\p{L}{2}/u.test(piece.text) ||
      NOT_A_SUBJECT.test(piece.text) ||
      GENERIC_SUBJECT.test(piece.text) ||
      YEARS.test(piece.text)
    )
      continue;
    return { kind: kind === "skill" && ROLE_NOUN.test(piece.text) ? "role" : kind, piece };
  }
  return undefined;
}

/** Leading articles, trailing "role"/"is required", and explanations after ":" or "with proven …". */
function cleanSubject(subject: Piece): Piece {
  let piece = subject;
  const cut =
    /:\s|,?\s+(?:with\s+(?:proven|strong|solid|demonstrated|hands-on|good|excellent|a\s+specific)\b|(?:is|are)\s+(?:required|needed|preferred|essential|a\s+must)\b|at\s+the\s+\w+\s+level\b|or\s+(?:in\s+)?(?:related|similar|jobs|equivalent)\b|preferably\b|which\s+can\b|adds\s+value\b|(?:would|will|should|could|is|are)\s+(?:be|an?)\b|(?:allowing|focused|focusing|specializing|specialising|involving|including)\b|in\s+(?:a|an|the)\s|in\s+(?=\p{Lu}\p{Ll})|and\s+the\s)/iu.exec(
      piece.text,
    );
  if (cut && cut.index > 0) piece = subPiece(piece, 0, cut.index);
  const roleEnd = roleClauseCut(piece.text);
  if (roleEnd > 0) piece = subPiece(piece, 0, roleEnd);
  const lead =
    /^(?:an?|the|role\s+of(?:\s+an?)?|position\s+of(?:\s+an?)?|(?:role|position|title)(?=\s+["“]))\s+/i.exec(
      piece.text,
    );
  if (lead && lead[0].length < piece.text.length) piece = subPiece(piece, lead[0].length);
  const tail = /\s+(?:role|position|capacity)$/i.exec(piece.text);
  if (tail && tail.index > 0) piece = subPiece(piece, 0, tail.index);
  return trimPiece(piece, '\\s.,;:"“”');
}

/**
 * Where a clause starts after a job noun: a lowercase word that is not "and"/"or"/"of" follows it
 * ("Preschool teacher executing programs" → 17, "installers and repairers" → -1).
 */
function roleClauseCut(text: string): number {
  ANY_ROLE_NOUN.lastIndex = 0;
  for (const match of text.matchAll(ANY_ROLE_NOUN)) {
    const end = (match.index ?? 0) + match[0].length;
    if (/^\s+(?!(?:and|or|of|&)\b)\p{Ll}/u.test(text.slice(end, end + 40))) return end;
  }
  return -1;
}

/** Bullets/lines, split further into sentences ("… in Java. Also …"). */
export function sentenceUnits(text: string): Piece[] {
  const units: Piece[] = [];
  for (const line of splitLines(text)) {
    const piece = stripBullet(pieceOf(text, line.start, line.end));
    if (!piece.text) continue;
    let start = 0;
    for (const match of piece.text.matchAll(/(?<=\p{Ll}{2}|\))[.!?]\s+(?=\p{Lu})/gu)) {
      const end = (match.index ?? 0) + 1;
      units.push(trimPiece(subPiece(piece, start, end)));
      start = end;
    }
    const last = trimPiece(subPiece(piece, start));
    if (last.text) units.push(last);
  }
  return units;
}
