import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { SkillgraphError } from "../core/errors.js";

/** Parse JSONL without touching the file: blank lines skipped, a torn final line ignored. */
export function readJsonlValues(path: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new SkillgraphError("FILE_NOT_FOUND", `${path}: cannot read`, { cause });
  }
  const lines = text.split("\n");
  const values: unknown[] = [];
  for (const [position, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    try {
      values.push(JSON.parse(line));
    } catch (cause) {
      const isTornEnd = position === lines.length - 1;
      if (isTornEnd) break;
      throw new SkillgraphError("BAD_DATASET_ROW", `${path}:${position + 1}: not valid JSON`, { cause });
    }
  }
  return values;
}

/** A run folder gives its records.jsonl; a file is itself. */
export function recordsPathOf(input: string): string {
  return existsSync(input) && statSync(input).isDirectory() ? join(input, "records.jsonl") : input;
}
