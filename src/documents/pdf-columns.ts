/**
 * Reading order for PDF pages laid out in two columns. A gutter is a vertical band, in the middle
 * part of the text area, that almost no line crosses, with a real column of text on each side
 * (enough lines and enough characters left and right — right-aligned dates next to job titles do
 * not count). Lines crossing the gutter (a full-width header) split the page into blocks; inside a
 * block the left column is emitted before the right one.
 */
import { lineText, type PdfLine, type PositionedText } from "./pdf-lines.js";

export interface Gutter {
  start: number;
  end: number;
}

/** Share of lines that may cross the gutter (full-width headers, a summary paragraph). */
const MAX_CROSSING_SHARE = 0.2;
/** Each column must hold at least this share of the characters of the page. */
const MIN_COLUMN_CHAR_SHARE = 0.12;
const MIN_COLUMN_LINES = 3;
/** The gutter is searched in the middle of the text area, away from the margins. */
const SEARCH_FROM = 0.15;
const SEARCH_TO = 0.85;
/** A paragraph break is a baseline gap wider than this many font sizes. */
const PARAGRAPH_GAP_EM = 1.6;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function coverageProfile(lines: PdfLine[], left: number, width: number): Int32Array {
  const delta = new Int32Array(width + 2);
  for (const line of lines) {
    for (const item of line.items) {
      const from = Math.max(0, Math.floor(item.x - left));
      const to = Math.min(width + 1, Math.ceil(item.x + item.width - left));
      delta[from]! += 1;
      delta[to]! -= 1;
    }
  }
  const coverage = new Int32Array(width + 1);
  let running = 0;
  for (let index = 0; index <= width; index++) {
    running += delta[index]!;
    coverage[index] = running;
  }
  return coverage;
}

function crosses(item: PositionedText, gutter: Gutter): boolean {
  return item.x < gutter.end && item.x + item.width > gutter.start;
}

function isLeftOf(item: PositionedText, gutter: Gutter): boolean {
  return item.x + item.width <= gutter.start;
}

function isBalanced(lines: PdfLine[], gutter: Gutter): boolean {
  let leftLines = 0;
  let rightLines = 0;
  let leftChars = 0;
  let rightChars = 0;
  let totalChars = 0;
  for (const line of lines) {
    let hasLeft = false;
    let hasRight = false;
    for (const item of line.items) {
      const length = item.text.trim().length;
      totalChars += length;
      if (crosses(item, gutter)) continue;
      if (isLeftOf(item, gutter)) {
        hasLeft = true;
        leftChars += length;
      } else {
        hasRight = true;
        rightChars += length;
      }
    }
    if (hasLeft) leftLines++;
    if (hasRight) rightLines++;
  }
  return (
    leftLines >= MIN_COLUMN_LINES &&
    rightLines >= MIN_COLUMN_LINES &&
    leftChars >= MIN_COLUMN_CHAR_SHARE * totalChars &&
    rightChars >= MIN_COLUMN_CHAR_SHARE * totalChars
  );
}

/** The column gutter of a page, or undefined for a single-column page. */
export function findGutter(lines: PdfLine[]): Gutter | undefined {
  if (lines.length < 2 * MIN_COLUMN_LINES) return undefined;
  const items = lines.flatMap((line) => line.items);
  const left = Math.min(...items.map((item) => item.x));
  const right = Math.max(...items.map((item) => item.x + item.width));
  const width = Math.ceil(right - left);
  if (!Number.isFinite(width) || width <= 0 || width > 20_000) return undefined;
  const coverage = coverageProfile(lines, left, width);
  const allowedCrossings = Math.floor(MAX_CROSSING_SHARE * lines.length);
  const minimumWidth = Math.max(8, median(lines.map((line) => line.fontSize)));
  let best: Gutter | undefined;
  let runStart = -1;
  const from = Math.floor(width * SEARCH_FROM);
  const to = Math.ceil(width * SEARCH_TO);
  for (let index = from; index <= to + 1; index++) {
    const open = index <= to && coverage[index]! <= allowedCrossings;
    if (open && runStart < 0) runStart = index;
    if (!open && runStart >= 0) {
      const candidate = { start: left + runStart, end: left + index };
      const candidateWidth = candidate.end - candidate.start;
      if (candidateWidth >= minimumWidth && (!best || candidateWidth > best.end - best.start))
        best = candidate;
      runStart = -1;
    }
  }
  return best && isBalanced(lines, best) ? best : undefined;
}

interface OutputLine {
  y: number;
  fontSize: number;
  text: string;
}

function appendRun(output: string[], run: OutputLine[]): void {
  run.forEach((line, index) => {
    const previous = run[index - 1];
    if (previous && previous.y - line.y > PARAGRAPH_GAP_EM * Math.max(previous.fontSize, line.fontSize)) {
      output.push("");
    }
    output.push(line.text);
  });
}

function partOf(line: PdfLine, items: PositionedText[]): OutputLine {
  return { y: line.y, fontSize: line.fontSize, text: lineText(items) };
}

/** The text of a page in reading order, lines separated by "\n" and paragraphs by a blank line. */
export function layoutPage(lines: PdfLine[]): string {
  const gutter = findGutter(lines);
  const output: string[] = [];
  if (!gutter) {
    appendRun(
      output,
      lines.map((line) => partOf(line, line.items)),
    );
    return output.join("\n");
  }
  let leftColumn: OutputLine[] = [];
  let rightColumn: OutputLine[] = [];
  let fullWidth: OutputLine[] = [];
  const flushColumns = (): void => {
    for (const column of [leftColumn, rightColumn]) {
      if (column.length === 0) continue;
      if (output.length > 0) output.push("");
      appendRun(output, column);
    }
    leftColumn = [];
    rightColumn = [];
  };
  const flushFullWidth = (): void => {
    if (fullWidth.length > 0 && output.length > 0) output.push("");
    appendRun(output, fullWidth);
    fullWidth = [];
  };
  for (const line of lines) {
    if (line.items.some((item) => crosses(item, gutter))) {
      flushColumns();
      fullWidth.push(partOf(line, line.items));
      continue;
    }
    flushFullWidth();
    const leftItems = line.items.filter((item) => isLeftOf(item, gutter));
    const rightItems = line.items.filter((item) => !isLeftOf(item, gutter));
    if (leftItems.length > 0) leftColumn.push(partOf(line, leftItems));
    if (rightItems.length > 0) rightColumn.push(partOf(line, rightItems));
  }
  flushColumns();
  flushFullWidth();
  return output.join("\n");
}
