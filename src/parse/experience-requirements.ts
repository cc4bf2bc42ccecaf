import { COUNT, countValue } from "./number-words.js";
import { type Piece, pieceOf, splitLines, stripBullet, subPiece, trimPiece } from "./text-lines.js";
import type { ExperienceRequirement } from "./types.js";

const YEARS = new RegExp(
  `\\b(${COUNT})\\s*(?:\\(\\d+\\)\\s*)?(?:\\+|\\s+or\\s+more|\\s+plus)?\\s*(?:full\\s+|solid\\s+|long\\s+)?(?:years?|yrs?)\\b`,
  "i",
);
/** The role after "as": "at least 5 years as X", "experience as X for 5 years". */
const AS_ROLE =
  /\b(?:as|working as|work as)\s+(?:an?\s+|the\s+)?(.+?)(?=\s+for\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+period)|\s+(?:in\s+a|with\s+a)\s+(?:role|position|capacity)|[.;]\s|[.;]?\s*$)/i;
/** The skill or field after "experience in/with", "years of … in", "knowledge of". */
const IN_SUBJECT =
  /\b(?:experience|exposure|expertise|background|years?|yrs?)\s+(?:of\s+(?:professional\s+|relevant\s+|proven\s+|practical\s+|hands-on\s+)?(?:experience\s+|exposure\s+|work\s+)?)?(?:in|with|using|on|of|working\s+(?:in|with|on))\s+(?:the\s+)?(.+?)(?=\s+for\s+|\s+(?:in\s+a|with\s+a)\s+(?:role|position)|,|[.;]\s|[.;]?\s*$|\s+(?:and|or)\s+(?:a|an|the)\s)/i;
/** "5 years of Java experience", "3+ years Python development experience". */
const BEFORE_EXPERIENCE = new RegExp(
  `\\b${COUNT}\\s*\\+?\\s*(?:years?|yrs?)\\s+(?:of\\s+)?(?!of\\b|experience\\b)(.+?)\\s+(?:experience|exp)\\b`,
  "i",
);
/** Nouns that make an "experience in X" subject a role rather than a skill. */
const ROLE_NOUN =
  /\b(?:analyst|engineer|developer|manager|administrator|admin|architect|consultant|designer|lead|specialist|technician|officer|director|assistant|coordinator|supervisor|teacher|nurse|worker|operator|programmer|scientist|tester|representative|associate|clerk|agent|executive|accountant|auditor)s?\s*$/i;
const NOT_A_SUBJECT =
  /^(?:experience|the field|this field|a similar role|similar role|the industry|industry|total)$/i;

/**
 * Experience requirements in job text, one per bullet or sentence that states a number of years:
 * "at least 5 years as X", "Minimum of 1 year as X", "Has previous experience as X for 5
 * years", "five years of …", "3+ years of Python" → {role | skill, years, span, subjectSpan}.
 * A subject found after "as" is a role; after "experience in/with" a skill, unless it ends with a
 * job noun ("Desktop Support Analyst").
 */
export function findExperienceRequirements(text: string): ExperienceRequirement[] {
  const requirements: ExperienceRequirement[] = [];
  for (const unit of sentenceUnits(text)) {
    const years = YEARS.exec(unit.text);
    if (!years?.[1]) continue;
    const value = countValue(years[1]);
    if (value === undefined || value > 50) continue;
    const requirement: ExperienceRequirement = { years: value, span: { start: unit.start, end: unit.end } };
    const subject = findSubject(unit);
    if (subject) {
      requirement.subjectSpan = { start: subject.piece.start, end: subject.piece.end };
      if (subject.kind === "role") requirement.role = subject.piece.text;
      else requirement.skill = subject.piece.text;
    } else if (!/\b(?:experience|exposure|expertise|background|working|worked)\b/i.test(unit.text)) {
      continue;
    }
    requirements.push(requirement);
  }
  return requirements;
}

function findSubject(unit: Piece): { kind: "role" | "skill"; piece: Piece } | undefined {
  for (const [pattern, kind] of [
    [AS_ROLE, "role"],
    [BEFORE_EXPERIENCE, "skill"],
    [IN_SUBJECT, "skill"],
  ] as const) {
    const match = pattern.exec(unit.text);
    if (!match?.[1] || match.index === undefined) continue;
    const offset = match.index + match[0].lastIndexOf(match[1]);
    const piece = cleanSubject(trimPiece(subPiece(unit, offset, offset + match[1].length), '\\s.,;:"“”'));
    if (!/\p{L}{2}/u.test(piece.text) || NOT_A_SUBJECT.test(piece.text) || YEARS.test(piece.text)) continue;
    return { kind: kind === "skill" && ROLE_NOUN.test(piece.text) ? "role" : kind, piece };
  }
  return undefined;
}

/** Leading articles, trailing "role"/"is required", and explanations after ":" or "with proven …". */
function cleanSubject(subject: Piece): Piece {
  let piece = subject;
  const cut =
    /:\s|,?\s+(?:with\s+(?:proven|strong|solid|demonstrated|hands-on|good|excellent|a\s+specific)\b|(?:is|are)\s+(?:required|needed|preferred|essential|a\s+must)\b|at\s+the\s+\w+\s+level\b|or\s+(?:in\s+)?(?:related|similar|jobs|equivalent)\b|preferably\b|which\s+can\b|adds\s+value\b)/i.exec(
      piece.text,
    );
  if (cut && cut.index > 0) piece = subPiece(piece, 0, cut.index);
  const lead = /^(?:an?|the|role\s+of(?:\s+an?)?|position\s+of(?:\s+an?)?)\s+/i.exec(piece.text);
  if (lead && lead[0].length < piece.text.length) piece = subPiece(piece, lead[0].length);
  const tail = /\s+(?:role|position|capacity)$/i.exec(piece.text);
  if (tail && tail.index > 0) piece = subPiece(piece, 0, tail.index);
  return trimPiece(piece, '\\s.,;:"“”');
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
