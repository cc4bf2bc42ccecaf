import { readFileSync } from "node:fs";
import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";

/** One SkillSpan sentence (JSON lines): tokens with BIO tags for skills and for knowledge. */
export const SkillSpanRowSchema = z.object({
  tokens: z.array(z.string()),
  tags_skill: z.array(z.string()),
  tags_knowledge: z.array(z.string()),
});

export type SkillSpanRow = z.infer<typeof SkillSpanRowSchema>;

/** Read SkillSpan train.json (one JSON object per line). */
export function readSkillSpan(path: string): SkillSpanRow[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new SkillgraphError("FILE_NOT_FOUND", `${path}: cannot read SkillSpan file`, { cause });
  }
  const rows: SkillSpanRow[] = [];
  text.split("\n").forEach((line, position) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (cause) {
      throw new SkillgraphError("BAD_DATASET_ROW", `${path}: line ${position + 1} is not JSON`, { cause });
    }
    const row = SkillSpanRowSchema.safeParse(parsed);
    if (!row.success)
      throw new SkillgraphError("BAD_DATASET_ROW", `${path}: line ${position + 1} is not a SkillSpan row`);
    rows.push(row.data);
  });
  return rows;
}

export interface SkillnessTable {
  /** Smoothed P(word inside a skill or knowledge span) for words seen at least `minCount` times. */
  table: Record<string, number>;
  /** The overall rate, used for unseen words. */
  defaultValue: number;
}

/**
 * How often each (lower-cased) word is part of an annotated skill or knowledge span, smoothed
 * toward the overall rate: (inside + α·rate) / (seen + α).
 */
export function computeSkillness(rows: readonly SkillSpanRow[], minCount = 2, smoothing = 2): SkillnessTable {
  const seen = new Map<string, number>();
  const inside = new Map<string, number>();
  let total = 0;
  let totalInside = 0;
  for (const row of rows) {
    row.tokens.forEach((token, position) => {
      const word = token.toLowerCase();
      if (!/\p{L}/u.test(word) || word.startsWith("<")) return;
      const isInside =
        (row.tags_skill[position] ?? "O") !== "O" || (row.tags_knowledge[position] ?? "O") !== "O";
      seen.set(word, (seen.get(word) ?? 0) + 1);
      total++;
      if (isInside) {
        inside.set(word, (inside.get(word) ?? 0) + 1);
        totalInside++;
      }
    });
  }
  const rate = total > 0 ? totalInside / total : 0.5;
  const table: Record<string, number> = {};
  for (const [word, count] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (count < minCount) continue;
    table[word] =
      Math.round((1e4 * ((inside.get(word) ?? 0) + smoothing * rate)) / (count + smoothing)) / 1e4;
  }
  return { table, defaultValue: Math.round(rate * 1e4) / 1e4 };
}
