/**
 * HTML → text that keeps the block structure: every paragraph, heading, list item and table row
 * becomes its own line; list items start with "- " (or "1. " in ordered lists), nested lists are
 * indented; table cells on a row are separated by a tab; headings get a blank line before them.
 * `script`, `style`, `title`, `template`, `svg` and similar are dropped; entities are decoded.
 */
import { decodeHtmlEntities } from "./html-entities.js";

const BLOCK = new Set(
  (
    "address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption " +
    "figure footer form header hgroup hr legend main nav p section summary table tbody tfoot thead"
  ).split(" "),
);
const HEADING = /^h[1-6]$/;
/** Elements whose content is never text for the reader. */
const DROPPED = new Set(["script", "style", "template", "svg", "noscript", "iframe", "object", "math"]);
/** Elements whose content is raw text (may contain "<"): skip straight to the closing tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp"]);
const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)\]\]>|<[!?][^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

interface ListState {
  ordered: boolean;
  counter: number;
}

class LineWriter {
  private readonly lines: string[] = [];
  private current = "";
  /** The list marker ("- ", "  1. ") while the current line holds nothing else. */
  private marker = "";
  readonly lists: ListState[] = [];
  preDepth = 0;
  droppedDepth = 0;
  /** Depth of open table cells; paragraphs inside a cell break only between each other. */
  cellDepth = 0;
  pendingCellBreak = false;

  text(raw: string): void {
    if (this.droppedDepth > 0 || raw.length === 0) return;
    const decoded = decodeHtmlEntities(raw);
    if (this.preDepth > 0) {
      const [first, ...rest] = decoded.replace(/\r\n?/g, "\n").split("\n");
      this.current += first;
      for (const line of rest) {
        this.endLine();
        this.current = line;
      }
      return;
    }
    const collapsed = decoded.replace(/[ \t\n\r\f]+/g, " ");
    if (this.current.length === 0 || /[ \t]$/.test(this.current)) {
      this.current += collapsed.replace(/^ /, "");
    } else {
      this.current += collapsed;
    }
    if (this.current !== this.marker) this.marker = "";
  }

  /** End the current line if it has content. */
  endLine(): void {
    if (this.marker !== "" && this.current === this.marker) return;
    const line = this.current.replace(/[ \t]+$/, "");
    if (line.trim().length > 0) this.lines.push(line);
    this.current = "";
  }

  /** A hard line break (`<br>`): may leave an empty line. */
  breakLine(): void {
    if (this.marker !== "" && this.current === this.marker) return;
    const line = this.current.replace(/[ \t]+$/, "");
    this.lines.push(line.trim().length > 0 ? line : "");
    this.current = "";
  }

  blankLine(): void {
    this.endLine();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.lines.push("");
  }

  cellSeparator(): void {
    if (this.current.trim().length > 0) this.current = this.current.replace(/[ \t]+$/, "") + "\t";
  }

  startListItem(): void {
    this.endLine();
    const list = this.lists[this.lists.length - 1];
    const indent = "  ".repeat(Math.max(0, this.lists.length - 1));
    if (list) list.counter++;
    this.current = indent + (list?.ordered ? `${list.counter}. ` : "- ");
    this.marker = this.current;
  }

  /** End a list item: an item that stayed empty leaves no line. */
  endListItem(): void {
    if (this.marker !== "" && this.current === this.marker) this.current = "";
    this.marker = "";
    this.endLine();
  }

  finish(): string {
    this.endLine();
    const text = this.lines.join("\n").replace(/\n{3,}/g, "\n\n");
    return text.replace(/^\n+|\n+$/g, "");
  }
}

function openTag(writer: LineWriter, name: string): void {
  if (DROPPED.has(name)) {
    writer.droppedDepth++;
    return;
  }
  if (HEADING.test(name)) writer.blankLine();
  else if (name === "br") writer.breakLine();
  else if (name === "li") writer.startListItem();
  else if (name === "ul" || name === "ol") {
    writer.endLine();
    writer.lists.push({ ordered: name === "ol", counter: 0 });
  } else if (name === "tr") writer.endLine();
  else if (name === "td" || name === "th") {
    writer.cellDepth++;
    writer.pendingCellBreak = false;
    writer.cellSeparator();
  } else if (writer.cellDepth > 0 && (name === "p" || name === "div")) {
    if (writer.pendingCellBreak) writer.endLine();
    writer.pendingCellBreak = false;
  } else if (name === "pre") {
    writer.endLine();
    writer.preDepth++;
  } else if (BLOCK.has(name)) writer.endLine();
}

function closeTag(writer: LineWriter, name: string): void {
  if (DROPPED.has(name)) {
    writer.droppedDepth = Math.max(0, writer.droppedDepth - 1);
    return;
  }
  if (HEADING.test(name)) writer.endLine();
  else if (name === "ul" || name === "ol") {
    writer.endListItem();
    writer.lists.pop();
  } else if (name === "pre") {
    writer.endLine();
    writer.preDepth = Math.max(0, writer.preDepth - 1);
  } else if (name === "li") writer.endListItem();
  else if (name === "td" || name === "th") {
    writer.cellDepth = Math.max(0, writer.cellDepth - 1);
    writer.pendingCellBreak = false;
  } else if (writer.cellDepth > 0 && (name === "p" || name === "div")) writer.pendingCellBreak = true;
  else if (name === "tr" || BLOCK.has(name)) writer.endLine();
}

/** Convert an HTML document or fragment to text lines. Never throws. */
export function htmlToText(html: string): string {
  const writer = new LineWriter();
  let position = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match !== null; match = TOKEN.exec(html)) {
    writer.text(html.slice(position, match.index));
    position = TOKEN.lastIndex;
    if (match[1] !== undefined) writer.text(match[1]);
    const name = match[3]?.toLowerCase();
    if (name === undefined) continue;
    const isClosing = match[2] === "/";
    const selfClosing = /\/\s*$/.test(match[4] ?? "");
    if (isClosing) {
      closeTag(writer, name);
      continue;
    }
    if (RAW_TEXT.has(name) && !selfClosing) {
      const closing = new RegExp(`</${name}\\s*>`, "ig");
      closing.lastIndex = position;
      const end = closing.exec(html);
      const content = html.slice(position, end ? end.index : html.length);
      if (name === "textarea" || name === "xmp") writer.text(content);
      position = end ? closing.lastIndex : html.length;
      TOKEN.lastIndex = position;
      continue;
    }
    openTag(writer, name);
    if (selfClosing && !VOID.has(name)) closeTag(writer, name);
  }
  writer.text(html.slice(position));
  return writer.finish();
}
