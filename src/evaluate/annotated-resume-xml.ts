import { SkillgraphError } from "../core/errors.js";

/** A gold span of an annotated resume, in plain-text offsets. */
export interface GoldSpan {
  type: string;
  start: number;
  end: number;
}

/** Plain text of an annotated resume with its gold spans. */
export interface AnnotatedResume {
  name: string;
  text: string;
  spans: GoldSpan[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * Read a Dotin annotated resume (`<cv>` XML with inline `<label type="…">…</label>` spans): tags
 * are stripped and entities decoded once, while offsets are tracked so each gold span indexes
 * the plain text. Unclosed or stray labels are a BAD_DATASET_ROW error naming the file.
 */
export function parseAnnotatedResumeXml(xml: string, name = "<input>"): AnnotatedResume {
  const body = xml.replace(/^\s*<\?xml[^>]*\?>/, "");
  let text = "";
  const spans: GoldSpan[] = [];
  const open: Array<{ type: string; start: number }> = [];
  let index = 0;
  while (index < body.length) {
    const char = body[index];
    if (char === "<") {
      const close = body.indexOf(">", index);
      if (close < 0) throw new SkillgraphError("BAD_DATASET_ROW", `${name}: unterminated tag`);
      const tag = body.slice(index + 1, close);
      const label = /^label\s+type\s*=\s*["']([^"']*)["']/.exec(tag);
      if (label) open.push({ type: label[1] ?? "", start: text.length });
      else if (/^\/label\s*$/.test(tag)) {
        const start = open.pop();
        if (!start) throw new SkillgraphError("BAD_DATASET_ROW", `${name}: </label> without <label>`);
        spans.push({ type: start.type, start: start.start, end: text.length });
      }
      index = close + 1;
      continue;
    }
    if (char === "&") {
      const semicolon = body.indexOf(";", index);
      const entity =
        semicolon > index && semicolon - index <= 10 ? body.slice(index + 1, semicolon) : undefined;
      const decoded = entity === undefined ? undefined : decodeEntity(entity);
      if (decoded !== undefined) {
        text += decoded;
        index = semicolon + 1;
        continue;
      }
    }
    text += char;
    index++;
  }
  if (open.length > 0) throw new SkillgraphError("BAD_DATASET_ROW", `${name}: unclosed <label>`);
  return { name, text, spans: spans.sort((a, b) => a.start - b.start) };
}

function decodeEntity(entity: string): string | undefined {
  if (entity.startsWith("#x")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
  if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
  return ENTITIES[entity];
}
