/**
 * Rebuilds text lines from positioned PDF text items: items are grouped by baseline (y), sorted by
 * x, and joined with a space where the gap between them is wider than a small fraction of the font
 * size. Items far apart on one line stay separate segments, written with a tab between them.
 */

/** One text item in PDF user space (origin bottom-left, y grows upwards). */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

/** A run of items on one line with no wide gap inside. */
export interface LineSegment {
  text: string;
  x0: number;
  x1: number;
}

export interface PdfLine {
  y: number;
  fontSize: number;
  /** Visible items, sorted by x. */
  items: PositionedText[];
}

/** Gap (in font sizes) above which two items on a line belong to different segments. */
const SEGMENT_GAP_EM = 1.0;
/** Gap (in font sizes) above which two items are separated by a space. */
const WORD_GAP_EM = 0.15;
/** Baseline difference (in font sizes) within which items share a line. */
const SAME_LINE_EM = 0.45;

function joinItem(segment: LineSegment, item: PositionedText): void {
  const gap = item.x - segment.x1;
  const needsSpace = gap > WORD_GAP_EM * item.fontSize && !/\s$/.test(segment.text) && !/^\s/.test(item.text);
  segment.text += (needsSpace ? " " : "") + item.text;
  segment.x1 = Math.max(segment.x1, item.x + item.width);
}

/** Join the items of a line (sorted by x) into segments separated by wide gaps. */
export function buildSegments(items: PositionedText[]): LineSegment[] {
  const segments: LineSegment[] = [];
  for (const item of items) {
    const last = segments[segments.length - 1];
    if (last && item.x - last.x1 <= SEGMENT_GAP_EM * item.fontSize) {
      joinItem(last, item);
    } else {
      segments.push({ text: item.text, x0: item.x, x1: item.x + item.width });
    }
  }
  for (const segment of segments) segment.text = segment.text.replace(/\s+/g, " ").trim();
  return segments.filter((segment) => segment.text.length > 0);
}

/** Group items into lines, top of the page first. Whitespace-only items are dropped. */
export function buildLines(items: PositionedText[]): PdfLine[] {
  const visible = items.filter((item) => item.text.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; fontSize: number; items: PositionedText[] }[] = [];
  for (const item of visible) {
    const group = groups[groups.length - 1];
    const tolerance = SAME_LINE_EM * Math.max(item.fontSize, group?.fontSize ?? 0, 1);
    if (group && Math.abs(group.y - item.y) <= tolerance) {
      group.items.push(item);
      group.fontSize = Math.max(group.fontSize, item.fontSize);
    } else {
      groups.push({ y: item.y, fontSize: item.fontSize, items: [item] });
    }
  }
  return groups.map((group) => ({
    y: group.y,
    fontSize: group.fontSize,
    items: group.items.sort((a, b) => a.x - b.x),
  }));
}

/** The text of some items of a line: wide gaps become a tab. */
export function lineText(items: PositionedText[]): string {
  return buildSegments(items)
    .map((segment) => segment.text)
    .join("\t");
}
