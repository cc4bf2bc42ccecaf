import { detectSections } from "./detect-sections.js";
import { findDegree } from "./education-entries.js";
import { findExperienceRequirements, sentenceUnits } from "./experience-requirements.js";
import { reflowFlattenedText } from "./reflow-text.js";
import { requoteJob } from "./requote.js";
import { findSkillItems, listBlocks, SKILL_LEAD_IN, splitList } from "./skill-items.js";
import { type Piece, pieceOf, splitLines, stripBullet, subPiece, trimPiece } from "./text-lines.js";
import type {
  EducationRequirement,
  ExperienceRequirement,
  ParsedJob,
  Section,
  SkillItem,
  SpannedText,
} from "./types.js";

/** Phrases that make a requirement optional. */
const PREFERRED =
  /\s*[,(-]?\s*(?:(?:is|are|would be|will be)\s+)?(?:a\s+(?:big\s+|huge\s+|strong\s+)?plus|nice[\s-]to[\s-]haves?|preferred|preferably|desirable|desired|an?\s+(?:added\s+|distinct\s+|definite\s+|real\s+|great\s+|big\s+)?advantage|advantageous|(?:a\s+)?bonus(?:\s+points?)?)\s*[)!.]?\s*/i;
/** `PREFERRED` without its optional edges: the same yes/no answer, far less backtracking. */
const PREFERRED_CORE =
  /a\s+(?:big\s+|huge\s+|strong\s+)?plus|nice[\s-]to[\s-]haves?|preferred|preferably|desirable|desired|an?\s+(?:added\s+|distinct\s+|definite\s+|real\s+|great\s+|big\s+)?advantage|advantageous|bonus/i;
const REQUIRED_SECTIONS = new Set<Section["name"]>(["required_skills", "requirements", "skills"]);

/**
 * Parse a job description: title, summary, required and preferred skills, experience
 * requirements (years per role or skill), education requirements and responsibilities, each with
 * character offsets into `text`.
 */
export function parseJob(originalText: string): ParsedJob {
  // Structure is read on a same-length reflowed copy; quoted values are re-read from the original.
  const text = reflowFlattenedText(originalText);
  const parsed = parseJobStructure(text);
  return text === originalText ? parsed : requoteJob(parsed, originalText);
}

function parseJobStructure(text: string): ParsedJob {
  const sections = detectSections(text);
  const units = sentenceUnits(text);
  const experienceRequirements = withoutSummaryRestatements(
    findExperienceRequirements(text, units),
    sections,
  );
  const educationRequirements = findEducationRequirements(units);
  const requiredSkills: SkillItem[] = [];
  const preferredSkills: SkillItem[] = [];
  for (const section of sections) {
    if (section.name === "preferred_skills") {
      // Lines that carry their own marker ("Experience with AWS is a plus") give just the skill.
      for (const block of listBlocks(text, section.bodyStart, section.end)) {
        const piece = stripBullet(block);
        const marked = PREFERRED_CORE.test(piece.text) ? preferredItems(piece, section.name) : [];
        appendAll(
          preferredSkills,
          marked.length > 0 ? marked : findSkillItems(text, block.start, block.end, section.name),
        );
      }
    } else if (REQUIRED_SECTIONS.has(section.name)) {
      for (const line of splitLines(text, section.bodyStart, section.end)) {
        const piece = stripBullet(pieceOf(text, line.start, line.end));
        const within = (span: { start: number; end: number }) =>
          span.start >= line.start && span.end <= line.end;
        const experience = experienceRequirements.find((requirement) => within(requirement.span));
        if (PREFERRED_CORE.test(piece.text)) appendAll(preferredSkills, preferredItems(piece, section.name));
        else if (experience) {
          // "5+ years of experience with Python" → the skill "Python".
          if (experience.skill && experience.subjectSpan) {
            requiredSkills.push({
              name: experience.skill,
              span: experience.subjectSpan,
              section: section.name,
            });
          }
        } else if (!educationRequirements.some((requirement) => within(requirement.span))) {
          // A paragraph states one requirement per sentence.
          for (const sentence of sentencesOf(piece)) {
            appendAll(requiredSkills, requiredLineItems(text, sentence, section.name));
          }
        }
      }
    }
  }
  for (const unit of units) {
    if (!PREFERRED_CORE.test(unit.text) || insideSkillSections(unit, sections)) continue;
    if (sections.some((section) => unit.start < section.bodyStart && unit.end > section.start)) continue;
    if (
      !/\b(?:experience|knowledge|familiarity|skills?|proficiency|understanding|certification)\b/i.test(
        unit.text,
      )
    )
      continue;
    appendAll(preferredSkills, preferredItems(unit, "preferred_skills"));
  }
  return {
    ...optional("title", findTitle(text, sections)),
    ...optional("summary", firstParagraph(text, sections, "summary")),
    requiredSkills,
    preferredSkills,
    experienceRequirements,
    educationRequirements,
    responsibilities: sections
      .filter((section) => section.name === "responsibilities")
      .flatMap((section) => lineItems(text, section)),
    sections,
  };
}

/** Sections that introduce or describe the job rather than state its requirements. */
const DESCRIPTIVE_SECTIONS = new Set<Section["name"]>(["title", "summary", "benefits"]);

/**
 * Experience stated in the title or summary ("We seek an analyst with 1 year of experience")
 * restates the requirements when the posting lists them elsewhere: those are dropped then.
 */
function withoutSummaryRestatements(
  requirements: ExperienceRequirement[],
  sections: readonly Section[],
): ExperienceRequirement[] {
  const descriptive = (requirement: ExperienceRequirement) =>
    sections.some(
      (section) =>
        DESCRIPTIVE_SECTIONS.has(section.name) &&
        requirement.span.start >= section.start &&
        requirement.span.end <= section.end,
    );
  const stated = requirements.filter((requirement) => !descriptive(requirement));
  return stated.length > 0 ? stated : requirements;
}

/** The sentences of a line ("Strong SQL. We also need Go." → two pieces). */
function sentencesOf(piece: Piece): Piece[] {
  const sentences: Piece[] = [];
  let start = 0;
  for (const match of piece.text.matchAll(/(?<=\p{Ll}{2}|\))[.!?]\s+(?=\p{Lu})/gu)) {
    const end = (match.index ?? 0) + 1;
    sentences.push(trimPiece(subPiece(piece, start, end)));
    start = end;
  }
  sentences.push(trimPiece(subPiece(piece, start)));
  return sentences.filter((sentence) => sentence.text.length > 0);
}

/** Function words that mark a phrase as prose rather than a skill name. */
const PROSE_WORD = /\b(?:for|to|that|which|who|by|when|while|toward|towards|ensuring|making|so)\b/i;

/**
 * The requirements of one line of a required-skills section. A list ("Java, Spring and SQL",
 * "Languages: Go, Rust") or a "Name: description" line gives its skill names; any other line is
 * prose ("Excellent physical fitness to manage equipment") and is one requirement, the whole line,
 * so every stated requirement gets judged.
 */
function requiredLineItems(text: string, piece: Piece, section: SkillItem["section"]): SkillItem[] {
  const items = findSkillItems(text, piece.start, piece.end, section);
  if (/^[^:\n]{2,60}:\s/.test(piece.text) && items.length > 0) return items;
  const sentence = trimPiece(piece, '\\s.;:*_"“”');
  if (!/\p{L}{2}/u.test(sentence.text)) return [];
  const sentencePart = splitList(piece).some(
    (part) => part.text.split(/\s+/).length > 6 || PROSE_WORD.test(part.text),
  );
  const isList =
    !sentencePart &&
    items.length >= 2 &&
    items.every((item) => item.name.split(/\s+/).length <= 4 && !PROSE_WORD.test(item.name));
  const single = items.length === 1 && items[0]?.name === sentence.text;
  if (isList || single) return items;
  if (items.length === 1 && sentence.text.split(/\s+/).length <= 6 && !PROSE_WORD.test(sentence.text))
    return items;
  return [{ name: sentence.text, span: { start: sentence.start, end: sentence.end }, section }];
}

function optional<K extends string>(key: K, value: SpannedText | undefined): { [P in K]?: SpannedText } {
  return (value ? { [key]: value } : {}) as { [P in K]?: SpannedText };
}

function insideSkillSections(unit: Piece, sections: readonly Section[]): boolean {
  return sections.some(
    (section) =>
      (REQUIRED_SECTIONS.has(section.name) || section.name === "preferred_skills") &&
      unit.start >= section.bodyStart &&
      unit.end <= section.end,
  );
}

/** "Experience with Kafka is a plus" → "Kafka"; "Nice to have: Go, Rust" → "Go", "Rust". */
function preferredItems(piece: Piece, section: SkillItem["section"]): SkillItem[] {
  const marker = PREFERRED.exec(piece.text);
  if (!marker) return [];
  const before = trimPiece(subPiece(piece, 0, marker.index), "\\s:,;-");
  const after = trimPiece(subPiece(piece, marker.index + marker[0].length), "\\s:,;-");
  const body = /\p{L}{2}/u.test(before.text) ? before : after;
  const lead = SKILL_LEAD_IN.exec(body.text);
  const content =
    lead && lead[0].length > 0 && lead[0].length < body.text.length ? subPiece(body, lead[0].length) : body;
  return splitList(content)
    .map((part) => trimPiece(part, '\\s.,;:()"“”'))
    .filter((part) => /\p{L}/u.test(part.text) && part.text.split(/\s+/).length <= 6)
    .map((part) => ({
      name: part.text,
      span: { start: part.start, end: part.end },
      section: "preferred_skills" as const,
    }))
    .map((item) =>
      section === "preferred_skills" ? item : { ...item, section: "preferred_skills" as const },
    );
}

function findTitle(text: string, sections: readonly Section[]): SpannedText | undefined {
  const titled = firstParagraph(text, sections, "title");
  if (titled) return firstLine(titled);
  const first = splitLines(text).find((line) => line.text.trim().length > 0);
  if (!first || sections.some((section) => section.start === first.start)) return undefined;
  const piece = trimPiece(pieceOf(text, first.start, first.end), "\\s#*_");
  return piece.text.split(/\s+/).length <= 12 && !/[.!?]$/.test(piece.text) ? toSpanned(piece) : undefined;
}

function firstLine(paragraph: SpannedText): SpannedText {
  const newline = paragraph.text.indexOf("\n");
  if (newline < 0) return paragraph;
  const piece = trimPiece({
    text: paragraph.text.slice(0, newline),
    start: paragraph.span.start,
    end: paragraph.span.start + newline,
  });
  return toSpanned(piece);
}

/** The first paragraph (up to a blank line) of the first section with this name. */
function firstParagraph(
  text: string,
  sections: readonly Section[],
  name: Section["name"],
): SpannedText | undefined {
  const section = sections.find((candidate) => candidate.name === name);
  if (!section) return undefined;
  const body = trimPiece(pieceOf(text, section.bodyStart, section.end));
  const blank = /\n\s*\n/.exec(body.text);
  const paragraph = trimPiece(subPiece(body, 0, blank ? blank.index : body.text.length));
  return paragraph.text ? toSpanned(paragraph) : undefined;
}

function lineItems(text: string, section: Section): SpannedText[] {
  return splitLines(text, section.bodyStart, section.end)
    .map((line) => stripBullet(pieceOf(text, line.start, line.end)))
    .filter((piece) => /\p{L}{2}/u.test(piece.text))
    .map(toSpanned);
}

function findEducationRequirements(units: readonly Piece[]): EducationRequirement[] {
  const found: EducationRequirement[] = [];
  for (const unit of units) {
    if (
      !/\b(?:degree|bachelor|master|ph\.?\s?d|diploma|doctorate|graduate|B\.?S\.?|M\.?S\.?|BSc|MSc|MBA)\b/.test(
        unit.text,
      )
    ) {
      continue;
    }
    const degree = findDegree(unit);
    const requirement: EducationRequirement = { text: unit.text, span: { start: unit.start, end: unit.end } };
    if (degree) {
      requirement.degree = degree.degree.text;
      if (degree.field) requirement.field = degree.field.text;
    }
    found.push(requirement);
  }
  return found;
}

function toSpanned(piece: Piece): SpannedText {
  return { text: piece.text, span: { start: piece.start, end: piece.end } };
}

/** Append without spreading (a spread of a huge array overflows the call stack). */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
