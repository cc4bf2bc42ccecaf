import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeFileAtomic } from "../core/atomic-write.js";
import { SkillgraphError } from "../core/errors.js";
import { diversityReport } from "./diversity-report.js";
import {
  type GeneratedRow,
  generatedRowSchema,
  type RejectedRow,
  rejectedRowSchema,
} from "./generated-row.js";
import { readJsonlValues, recordsPathOf } from "./read-jsonl.js";
import { RECORDS_FILE, REJECTED_FILE, RUN_FILE } from "./run-generation.js";

export interface MergeSummary {
  inputs: string[];
  accepted: number;
  rejected: number;
  duplicatesDropped: number;
  tokens: { inputTokens: number; outputTokens: number };
}

/**
 * Join the outputs of several runs or shards into `outDir` (records.jsonl, rejected.jsonl, run.json):
 * rows are validated, de-duplicated by id (first wins) and ordered by stream index then id.
 */
export function mergeRuns(outDir: string, inputs: string[]): MergeSummary {
  if (inputs.length === 0) throw new SkillgraphError("BAD_USAGE", "dataset merge needs at least one input");
  const target = resolve(outDir);
  if (inputs.some((input) => resolve(input) === target)) {
    throw new SkillgraphError("BAD_USAGE", "the merge output folder must not be one of its inputs");
  }
  const accepted = new Map<string, GeneratedRow>();
  const rejected = new Map<string, RejectedRow>();
  let duplicatesDropped = 0;
  for (const input of inputs) {
    const recordsPath = recordsPathOf(input);
    for (const [position, value] of readJsonlValues(recordsPath).entries()) {
      const parsed = generatedRowSchema.safeParse(value);
      if (!parsed.success) {
        throw new SkillgraphError(
          "BAD_DATASET_ROW",
          `${recordsPath}:${position + 1}: ${parsed.error.issues[0]?.message ?? "invalid row"}`,
        );
      }
      if (accepted.has(parsed.data.id)) duplicatesDropped++;
      else accepted.set(parsed.data.id, parsed.data);
    }
    const rejectedPath = join(input, REJECTED_FILE);
    if (recordsPath !== input && existsSync(rejectedPath)) {
      for (const value of readJsonlValues(rejectedPath)) {
        const parsed = rejectedRowSchema.safeParse(value);
        if (parsed.success && !rejected.has(parsed.data.id)) rejected.set(parsed.data.id, parsed.data);
      }
    }
  }
  const order = <Row extends { index: number; id: string }>(rows: Iterable<Row>): Row[] =>
    [...rows].sort((left, right) => left.index - right.index || left.id.localeCompare(right.id));
  const rows = order(accepted.values());
  const rejectedRows = order(rejected.values()).filter((row) => !accepted.has(row.id));
  const tokens = { inputTokens: 0, outputTokens: 0 };
  for (const row of [...rows, ...rejectedRows]) {
    tokens.inputTokens += row.teacher.usage.inputTokens;
    tokens.outputTokens += row.teacher.usage.outputTokens;
  }
  mkdirSync(outDir, { recursive: true });
  const jsonl = (values: unknown[]) => values.map((value) => `${JSON.stringify(value)}\n`).join("");
  writeFileAtomic(join(outDir, RECORDS_FILE), jsonl(rows));
  writeFileAtomic(join(outDir, REJECTED_FILE), jsonl(rejectedRows));
  const summary: MergeSummary = {
    inputs,
    accepted: rows.length,
    rejected: rejectedRows.length,
    duplicatesDropped,
    tokens,
  };
  writeFileAtomic(
    join(outDir, RUN_FILE),
    `${JSON.stringify({ format: "skillgraph-generate-merge", version: 1, ...summary, diversity: diversityReport(rows) }, null, 2)}\n`,
  );
  return summary;
}
