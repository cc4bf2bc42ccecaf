import { sectionNameOf } from "./section-headings.js";
import { splitLines } from "./text-lines.js";
import type { Section } from "./types.js";

interface HeadingMatch {
  heading: string;
  /** Capitals, markdown, bold, a colon or an underline: styled as a heading. */
  styled: boolean;
  /** Offset where the body starts: the next line, or after the colon of an inline heading. */
  bodyStart: number;
}

const MARKDOWN = /^\s{0,3}#{1,6}\s*(.*?)\s*#*\s*$/;
const EMPHASIS = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*(?:\*\*|__)?\s*$/;
const NUMBERED = /^\s*(?:\d{1,2}|[ivxIVX]{1,4}|[A-Ha-h])[.)]\s+(.+)$/;
const INLINE = /^\s*([A-Za-z][A-Za-z &/'’-]{1,40}?)\s*:\s*(.*)$/;

/**
 * Find section headings in the styles resumes and job descriptions use: `## Skills`, `**Skills:**`,
 * `SKILLS`, `Skills:`, `Skills: Java, Python` (inline), `1. Experience`, underlined headings, or
 * a bare known heading on its own line. Only headings whose words are section vocabulary count
 * (see `sectionNameOf`). Text with no headings yields no sections.
 */
export function detectSections(text: string): Section[] {
  const lines = splitLines(text);
  const found: Array<{ name: Section["name"]; heading: string; start: number; bodyStart: number }> = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    const previous = lines[index - 1];
    const afterBreak = !previous || previous.text.trim() === "";
    const match = headingOf(line.text, line.start, lines[index + 1]?.text, afterBreak);
    if (!match) continue;
    const name = sectionNameOf(match.heading, { styled: match.styled });
    if (!name) continue;
    found.push({ name, heading: match.heading, start: line.start, bodyStart: match.bodyStart });
  }
  return found.map((section, index) => ({
    ...section,
    end: trimEnd(text, section.bodyStart, found[index + 1]?.start ?? text.length),
  }));
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] ?? "")) end--;
  return end;
}

function headingOf(
  line: string,
  lineStart: number,
  nextLine: string | undefined,
  afterBreak: boolean,
): HeadingMatch | undefined {
  const lineEnd = lineStart + line.length;
  const markdown = MARKDOWN.exec(line);
  if (markdown?.[1] !== undefined && /^\s{0,3}#/.test(line)) {
    return { heading: stripStyling(markdown[1]), bodyStart: lineEnd, styled: true };
  }
  const emphasis = EMPHASIS.exec(line);
  if (emphasis?.[1]) return { heading: stripStyling(emphasis[1]), bodyStart: lineEnd, styled: true };
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 60) return undefined;
  const numbered = NUMBERED.exec(trimmed);
  if (numbered?.[1] && isStandalone(numbered[1]))
    return { heading: stripStyling(numbered[1]), bodyStart: lineEnd, styled: false };
  const inline = INLINE.exec(line);
  if (inline?.[1] !== undefined) {
    const colon = line.indexOf(":", line.indexOf(inline[1]) + inline[1].length);
    const rest = inline[2] ?? "";
    // "Skills: Java, Python" — the body starts after the colon; "Name: Ann" is not a section.
    const name = sectionNameOf(inline[1]);
    // "Job Title: Analyst (2019 - 2022)" is a work entry header, not a section.
    const datedTitle = name === "title" && /\b(?:19|20)\d{2}\b/.test(rest);
    if ((rest.trim() === "" || name !== undefined) && !datedTitle) {
      return {
        heading: inline[1],
        bodyStart: rest.trim() === "" ? lineEnd : lineStart + colon + 1,
        styled: rest.trim() === "",
      };
    }
  }
  if (nextLine !== undefined && /^\s*(?:-{3,}|={3,})\s*$/.test(nextLine)) {
    return { heading: stripStyling(trimmed), bodyStart: lineEnd, styled: true };
  }
  // A bare line: capitalised, and either in capitals or after a blank line (not a wrapped line).
  const capitals = trimmed === trimmed.toUpperCase() && /\p{Lu}{3}/u.test(trimmed);
  if (/^\p{Lu}/u.test(trimmed) && (capitals || afterBreak) && isStandalone(trimmed)) {
    return { heading: stripStyling(trimmed), bodyStart: lineEnd, styled: capitals };
  }
  return undefined;
}

/** A bare line can be a heading only if short, without sentence punctuation. */
function isStandalone(text: string): boolean {
  const stripped = stripStyling(text);
  return stripped.split(/\s+/).length <= 6 && !/[.,;!?]$/.test(stripped) && !/\d{3,}/.test(stripped);
}

function stripStyling(text: string): string {
  return text
    .replace(/[*_#]+/g, " ")
    .replace(/:\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The sections with the given names, in text order. */
export function sectionsNamed(sections: readonly Section[], ...names: Section["name"][]): Section[] {
  return sections.filter((section) => names.includes(section.name));
}
