import type { ParsedResume, SkillItem } from "../parse/types.js";

const BULLET = /^\s*(?:[-*•·]|\d{1,2}[.)])?\s*/;

/** One item of the resume's skills list, with its line. */
export interface SkillsBlockItem {
  item: SkillItem;
  /** The item's whole line without its bullet ("Expertise in SQL."). */
  text: string;
  lineStart: number;
  lineEnd: number;
}

/** The skills list as editable lines: one item per line, a shared bullet style. */
export interface SkillsBlock {
  start: number;
  end: number;
  items: SkillsBlockItem[];
  /** "- ", "• ", or "numbered" for "1. " lists. */
  bullet: string;
}

/**
 * The first skills section as a one-item-per-line list, or null when it is not one (inline
 * comma lists, paragraphs) — then only new lines are appended, nothing is reordered.
 */
export function findSkillsBlock(text: string, parsed: ParsedResume): SkillsBlock | null {
  const section = parsed.sections.find((candidate) => candidate.name === "skills");
  if (!section) return null;
  const items = parsed.skills.filter(
    (item) => item.span.start >= section.bodyStart && item.span.end <= section.end,
  );
  if (items.length === 0) return null;
  const lines = items.map((item) => {
    const lineStart = text.lastIndexOf("\n", item.span.start - 1) + 1;
    const newline = text.indexOf("\n", item.span.end);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const bullet = BULLET.exec(line)?.[0] ?? "";
    return { item, text: line.slice(bullet.length), lineStart, lineEnd };
  });
  const distinct = new Set(lines.map((line) => line.lineStart));
  if (distinct.size !== lines.length) return null;
  const first = lines[0] as SkillsBlockItem;
  const prefix = BULLET.exec(text.slice(first.lineStart, first.lineEnd))?.[0] ?? "";
  const bullet = /^\s*\d{1,2}[.)]\s*$/.test(prefix) ? "numbered" : prefix;
  return {
    start: first.lineStart,
    end: (lines[lines.length - 1] as SkillsBlockItem).lineEnd,
    items: lines,
    bullet,
  };
}

/** Render list lines in the block's bullet style. */
export function renderSkillsBlock(block: SkillsBlock, texts: string[]): string {
  return texts
    .map((text, index) => (block.bullet === "numbered" ? `${index + 1}. ${text}` : `${block.bullet}${text}`))
    .join("\n");
}

/**
 * Where new skills go when the skills section is an inline list ("Python, Django, Git"): the offset
 * just after its last item, on a line whose items are separated by commas or semicolons. Null when
 * the section is not such a list.
 */
export function findInlineSkillsListEnd(text: string, parsed: ParsedResume): number | null {
  const section = parsed.sections.find((candidate) => candidate.name === "skills");
  if (!section) return null;
  const items = parsed.skills.filter(
    (item) => item.span.start >= section.bodyStart && item.span.end <= section.end,
  );
  const last = items[items.length - 1];
  if (!last) return null;
  const lineStart = text.lastIndexOf("\n", last.span.start - 1) + 1;
  const onLine = items.filter((item) => item.span.start >= lineStart);
  if (onLine.length < 2) return null;
  const between = text.slice(onLine[0]?.span.end, last.span.start);
  return /[,;]/.test(between) ? last.span.end : null;
}
