import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";
import type { RankedOccupation } from "../skills/skill-mention.js";

/** One row of JobBERT titles.csv: an index column, the raw vacancy title, the ESCO occupation URI. */
export const JobbertRowSchema = z.object({
  vacancyTitle: z.string(),
  conceptUri: z.string().min(1),
});

export type JobbertRow = z.infer<typeof JobbertRowSchema>;

export function readJobbertCsv(path: string): JobbertRow[] {
  let records: unknown[];
  try {
    records = parse(readFileSync(path, "utf8"), {
      columns: true,
      skip_empty_lines: true,
      bom: true,
      relax_quotes: true,
    });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code === "ENOENT" ? "FILE_NOT_FOUND" : "BAD_CSV";
    throw new SkillgraphError(code, `${path}: cannot read JobBERT CSV`, { cause });
  }
  return records.map((record, position) => {
    const row = JobbertRowSchema.safeParse(record);
    if (!row.success)
      throw new SkillgraphError("BAD_DATASET_ROW", `${path}: row ${position + 2} is not a JobBERT row`);
    return row.data;
  });
}

export interface TitleNormalizationReport {
  n: number;
  metrics: { mrr: number; "r@1": number; "r@5": number; "r@10": number; titles_per_second: number };
}

/**
 * MRR and recall@1/5/10 of the gold occupation among the ranked occupations (`rank` returns its
 * ranking best first; a gold occupation outside it counts as a miss).
 */
export function evaluateTitleNormalization(
  rows: readonly JobbertRow[],
  rank: (title: string) => RankedOccupation[],
  onProgress?: (done: number, total: number) => void,
): TitleNormalizationReport {
  let mrr = 0;
  const hits = { 1: 0, 5: 0, 10: 0 };
  const started = performance.now();
  rows.forEach((row, position) => {
    const ranked = rank(row.vacancyTitle);
    const at = ranked.findIndex((entry) => entry.occupationId === row.conceptUri);
    if (at >= 0) {
      mrr += 1 / (at + 1);
      if (at < 1) hits[1]++;
      if (at < 5) hits[5]++;
      if (at < 10) hits[10]++;
    }
    onProgress?.(position + 1, rows.length);
  });
  const seconds = (performance.now() - started) / 1000;
  const n = rows.length;
  return {
    n,
    metrics: {
      mrr: n ? mrr / n : 0,
      "r@1": n ? hits[1] / n : 0,
      "r@5": n ? hits[5] / n : 0,
      "r@10": n ? hits[10] / n : 0,
      titles_per_second: seconds > 0 ? n / seconds : 0,
    },
  };
}
