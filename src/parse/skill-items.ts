import {
  isBulletLine,
  type Piece,
  pieceOf,
  splitLines,
  stripBullet,
  subPiece,
  trimPiece,
} from "./text-lines.js";
import type { SectionName, SkillItem } from "./types.js";

/** Lead-ins removed from skill items: "Proficient in SQL" → "SQL". */
export const SKILL_LEAD_IN =
  /^(?:(?:highly|very|strong(?:ly)?|excellent|good|solid|advanced|basic|deep|extensive|proven|working|thorough|in-depth|hands-on|expert|exceptional|outstanding|exemplary|great|effective|superior|skill(?:ful|ed)|sound|comprehensive|firm|profound|adroit|accomplished|prime|high-level|keen|fluent|demonstrated|exceptionally|well-versed|practical|professional|certified)\s+)*(?:(?:proficien(?:t|cy)|knowledge(?:able)?|expertise|experience[d]?|skill(?:s|ed)|understanding|familiar(?:ity)?|comfortable|competen(?:t|ce|cy)|mastery|command|grasp|ability|abilities|capable|fluen(?:t|cy)|adept|versed|practiced|comprises|including|includes|drive|expert|specialist|specialization|use|usage|utilization)\s*(?:in|with|of|at|on|using|to)?\s+(?:the\s+|using\s+|utilising\s+|utilizing\s+)?)?/i;
/** Tails removed: "(Less than 1 year)", "(5 years)", "- 3 yrs". */
const DURATION_TAIL = /\s*[([-]?\s*(?:less than\s+)?\d+\+?\s*(?:years?|yrs?|months?)[^)\]]*[)\]]?\s*$/i;
/** Items longer than this (in words) are sentences, not skill names. */
const MAX_SKILL_WORDS = 6;

/**
 * Skill items in a skills section `text[from, to)`: one per bullet or line, lines split further at
 * commas, semicolons, bullets and pipes (not inside parentheses). "Category: a, b" lines yield
 * the list items; "Skill: explanation" lines yield the skill. Lead-ins ("Proficient in") and
 * duration tails ("(Less than 1 year)") are cut; sentences longer than six words are dropped.
 */
export function findSkillItems(text: string, from: number, to: number, section: SectionName): SkillItem[] {
  const items: SkillItem[] = [];
  for (const block of listBlocks(text, from, to)) {
    let piece = stripBullet(block);
    if (!/\p{L}/u.test(piece.text)) continue;
    const colon = /^([^:\n]{2,60}):\s+([\s\S]+)$/.exec(piece.text);
    if (colon?.[1] && colon[2]) {
      const afterStart = piece.text.length - colon[2].length;
      const listItems = splitList(subPiece(piece, afterStart));
      const explanation = (SKILL_LEAD_IN.exec(colon[2])?.[0].length ?? 0) > 0 || /\.\s*$/.test(colon[2]);
      const isList =
        !explanation &&
        listItems.length >= 2 &&
        listItems.every((item) => item.text.split(/\s+/).length <= 5);
      piece = isList ? subPiece(piece, afterStart) : subPiece(piece, 0, colon[1].length);
    }
    for (const part of splitList(piece)) {
      for (const item of itemNames(part)) {
        items.push({ name: item.text, span: { start: item.start, end: item.end }, section });
      }
    }
  }
  return items;
}

/**
 * The units a skills section lists: each bullet or line, except that consecutive unbulleted lines
 * of one comma-separated list wrapped over several lines ("SQL, Java, BUSINESS\nINTELLIGENCE, Go")
 * form one unit, so an item broken by the wrap stays whole.
 */
export function listBlocks(text: string, from: number, to: number): Piece[] {
  const blocks: Piece[] = [];
  let open: Piece | undefined;
  for (const line of splitLines(text, from, to)) {
    const piece = pieceOf(text, line.start, line.end);
    const blank = piece.text.trim() === "";
    const continues =
      open !== undefined &&
      !blank &&
      !isBulletLine(piece.text) &&
      open.text.includes(",") &&
      !/[.:;]\s*$/.test(open.text) &&
      // The previous line was wrapped: it ends with a comma or is as long as a wrapped line.
      (/,\s*$/.test(open.text) || (open.text.split("\n").at(-1) ?? "").length >= 60);
    if (open && continues) {
      open = pieceOf(text, open.start, piece.end);
      continue;
    }
    if (open) blocks.push(open);
    open = blank ? undefined : piece;
  }
  if (open) blocks.push(open);
  return blocks;
}

/** Split a piece at list separators outside parentheses; a final ", and X" is its own item. */
export function splitList(piece: Piece): Piece[] {
  const parts: Piece[] = [];
  let depth = 0;
  let start = 0;
  const text = piece.text;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "(" || char === "[") depth++;
    else if ((char === ")" || char === "]") && depth > 0) depth--;
    else if (depth === 0 && (char === "," || char === ";" || char === "|" || char === "•" || char === "·")) {
      parts.push(subPiece(piece, start, index));
      start = index + 1;
    }
  }
  parts.push(subPiece(piece, start));
  return parts
    .map((part) => trimPiece(part))
    .map((part) => {
      const and = /^(?:and|&)\s+/i.exec(part.text);
      return and ? subPiece(part, and[0].length) : part;
    })
    .filter((part) => part.text.length > 0);
}

/** A head noun with up to two words before it and a preposition after: "Admirable experience in". */
const LOOSE_LEAD_IN =
  /^(?:[\p{L}-]+\s+){0,2}?(?:experience|knowledge|proficiency|expertise|understanding|command|grasp|familiarity|skills?|competence|mastery|usage|use|acumen)\s+(?:in|with|of|on|at)\s+(?:the\s+)?/iu;
/** A leading gerund or preposition that only introduces the skill: "utilising Linux", "in SQL". */
const LEADING_VERB =
  /^(?:(?:using|utili[sz]ing|employing|applying|leveraging|working\s+with|in|with|and|of|at|on)\s+)+/i;
/** A trailing purpose or context: "Jenkins for continuous delivery", "Spring MVC in app building". */
const TRAILING_CONTEXT = /\s+(?:for|while|whilst|that|which|in\s+order)\s+\S+(?:\s+\S+)*$/;
/** Generic heads after a named skill: "Agile methodologies" → "Agile", "RHEL expert" → "RHEL". */
const GENERIC_HEAD = /\s+(?:methodolog(?:y|ies)|frameworks?|expert)$/i;

/** A product-style name: an acronym, a digit or an inner capital ("HTML", "CSS3", "JavaScript"). */
const TECHNICAL = /\p{Lu}{2}|\d|\p{Ll}\p{Lu}/u;

/**
 * The skill names of one list part: lead-ins, leading gerunds and trailing purpose clauses cut; a
 * "Name (ALIAS)" gives the name and the alias; "X and Y" gives two names when both sides are
 * product-style names alike in length ("HTML and CSS", "Oracle RAC and Data Guard"), one otherwise
 * ("Grouting and sealing", "Judgment and Decision Making", "Physical Stamina and Strength").
 */
function itemNames(part: Piece): Piece[] {
  const item = cleanItem(part);
  if (!item) return [];
  const alias = /^(.*\S)\s*\(([^()]{1,20})\)?$/.exec(item.text);
  if (alias?.[1] && alias[2] && /\p{Lu}{2}/u.test(alias[2])) {
    const name = cleanItem(subPiece(item, 0, alias[1].length));
    const aliasStart = item.text.lastIndexOf(alias[2]);
    const short = cleanItem(subPiece(item, aliasStart, aliasStart + alias[2].length));
    return [name, short].filter((piece): piece is Piece => piece !== undefined);
  }
  const and = /\s+(?:and|&)\s+/.exec(item.text);
  if (and && and.index > 0 && !/\s(?:and|&)\s[\s\S]*\s(?:and|&)\s/.test(item.text)) {
    const left = subPiece(item, 0, and.index);
    const right = subPiece(item, and.index + and[0].length);
    const leftWords = left.text.split(/\s+/).length;
    const rightWords = right.text.split(/\s+/).length;
    const alike = (leftWords === 1 && rightWords === 1) || (leftWords >= 2 && rightWords >= 2);
    if (
      alike &&
      leftWords <= 3 &&
      rightWords <= 3 &&
      TECHNICAL.test(left.text) &&
      TECHNICAL.test(right.text)
    ) {
      return [cleanItem(left), cleanItem(right)].filter((piece): piece is Piece => piece !== undefined);
    }
  }
  return [item];
}

function cleanItem(part: Piece): Piece | undefined {
  let item = trimPiece(part, '\\s.;:*_"“”');
  for (const pattern of [SKILL_LEAD_IN, LOOSE_LEAD_IN, LEADING_VERB]) {
    const lead = pattern.exec(item.text);
    if (lead && lead[0].length > 0 && lead[0].length < item.text.length)
      item = subPiece(item, lead[0].length);
  }
  const context = TRAILING_CONTEXT.exec(item.text);
  if (context && context.index > 0) item = subPiece(item, 0, context.index);
  const head = GENERIC_HEAD.exec(item.text);
  if (head && head.index > 0) item = subPiece(item, 0, head.index);
  const tail = DURATION_TAIL.exec(item.text);
  if (tail && tail.index > 0) item = subPiece(item, 0, tail.index);
  item = trimPiece(item, '\\s.,;:*_()"“”-');
  if (item.text.includes("(") !== item.text.includes(")")) item = trimPiece(item, "\\s()");
  if (/^(?:less than\s+)?\d+\+?\s*(?:years?|yrs?|months?)$/i.test(item.text)) return undefined;
  const words = item.text.split(/\s+/).length;
  if (!/\p{L}/u.test(item.text) || words > MAX_SKILL_WORDS || item.text.length > 60) return undefined;
  return item;
}
