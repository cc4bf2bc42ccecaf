import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../core/atomic-write.js";
import { SkillgraphError } from "../core/errors.js";
import type { LanguageModel } from "../llm/language-model.js";
import { costOf, type TokenPrice } from "../llm/with-usage-accounting.js";
import { diversityReport } from "./diversity-report.js";
import {
  type GeneratedRow,
  generatedRowSchema,
  type RejectedRow,
  rejectedRowSchema,
} from "./generated-row.js";
import type { ContextAt } from "./generation-context.js";
import { openJsonlAppendLog } from "./jsonl-append-log.js";
import { createNearDuplicateIndex } from "./near-duplicate-index.js";
import { type ProduceRowInput, produceRow, type RowOutcome } from "./produce-row.js";
import { type ShardSpec, shardIndexes } from "./shard.js";
import { promptHash } from "./teacher-prompts.js";

export interface GenerationProgress {
  accepted: number;
  rejected: number;
  attempts: number;
  inFlight: number;
  /** Re-asks after invalid replies (teacher attempts beyond one per step). */
  reasks: number;
  inputTokens: number;
  outputTokens: number;
}

export interface GenerationRunOptions
  extends Pick<ProduceRowInput, "steps" | "reduction" | "readResume" | "scorePair"> {
  /** The teacher, already wrapped (retry, concurrency, cache, …). */
  teacher: LanguageModel;
  /** The deterministic context stream. */
  contextAt: ContextAt;
  /** Accepted rows wanted (in this shard). */
  count: number;
  outDir: string;
  /** Run seed; default 0. */
  seed?: number;
  /** Rows produced at once; default 4. */
  concurrency?: number;
  /** Part of the context stream this run owns; default 1/1. */
  shard?: ShardSpec;
  /** Contexts tried in total, across restarts, before giving up; default 4 × count + 16. */
  maxAttempts?: number;
  /** Estimated Jaccard at or above which a row is a near-duplicate; default 0.8. */
  nearDuplicateThreshold?: number;
  /** Recorded in run.json: the graph snapshot or the contexts file the stream came from. */
  graph?: string;
  contextsFile?: string;
  teacherInfo?: Record<string, unknown>;
  price?: TokenPrice;
  onProgress?: (progress: GenerationProgress) => void;
  now?: () => Date;
}

export interface GenerationSummary extends GenerationProgress {
  complete: boolean;
  byReason: Record<string, number>;
  costUsd: number;
  /** Rows found on disk at start, and bytes of a torn line dropped. */
  resumed: { accepted: number; rejected: number; droppedBytes: number };
}

export const RUN_FILE = "run.json";
export const RECORDS_FILE = "records.jsonl";
export const REJECTED_FILE = "rejected.jsonl";

/**
 * The RJDB distillation run: walk the deterministic context stream (this shard's part), have the
 * teacher write each row, gate it, and append it to records.jsonl or rejected.jsonl (whole lines,
 * fsync). Restarting with the same arguments resumes: indexes already on disk are skipped, so no
 * row is duplicated. Stops at `count` accepted rows or when `maxAttempts` is spent. LLM_AUTH stops
 * at once (thrown). run.json is rewritten atomically at the end.
 */
export async function runGeneration(options: GenerationRunOptions): Promise<GenerationSummary> {
  const seed = options.seed ?? 0;
  const shard = options.shard ?? { index: 1, count: 1 };
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const maxAttempts = options.maxAttempts ?? options.count * 4 + 16;
  const hash = promptHash();
  mkdirSync(options.outDir, { recursive: true });
  checkPreviousRun(join(options.outDir, RUN_FILE), seed, shard, hash);

  const records = openJsonlAppendLog(join(options.outDir, RECORDS_FILE));
  const rejectedLog = openJsonlAppendLog(join(options.outDir, REJECTED_FILE));
  const accepted: GeneratedRow[] = records.recovered.flatMap((value) => {
    const parsed = generatedRowSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  const rejected: RejectedRow[] = rejectedLog.recovered.flatMap((value) => {
    const parsed = rejectedRowSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  const processed = new Set([...accepted, ...rejected].map((row) => row.index));
  const duplicates = createNearDuplicateIndex({ threshold: options.nearDuplicateThreshold ?? 0.8 });
  const fingerprint = (row: GeneratedRow) => `${row["Job-Description"]}\n${row["Resume-matched"]}`;
  for (const row of accepted) duplicates.add(row.id, fingerprint(row));

  const byReason: Record<string, number> = {};
  for (const row of rejected) byReason[row.reason] = (byReason[row.reason] ?? 0) + 1;
  const tokens = { inputTokens: 0, outputTokens: 0 };
  let reasks = 0;
  const count = (row: GeneratedRow | RejectedRow): void => {
    tokens.inputTokens += row.teacher.usage.inputTokens;
    tokens.outputTokens += row.teacher.usage.outputTokens;
    reasks += Math.max(0, row.teacher.attempts - row.teacher.calls);
  };
  for (const row of [...accepted, ...rejected]) count(row);
  const resumed = {
    accepted: accepted.length,
    rejected: rejected.length,
    droppedBytes: records.droppedBytes + rejectedLog.droppedBytes,
  };
  let attempts = processed.size;
  const inFlight = new Set<Promise<void>>();
  const progress = (): GenerationProgress => ({
    accepted: accepted.length,
    rejected: rejected.length,
    attempts,
    inFlight: inFlight.size,
    reasks,
    ...tokens,
  });

  const commit = (outcome: RowOutcome): void => {
    let final = outcome;
    if (outcome.kind === "accepted") {
      const twin = duplicates.findDuplicate(fingerprint(outcome.row));
      if (twin !== undefined) {
        const { id, index, teacher } = outcome.row;
        final = {
          kind: "rejected",
          rejected: {
            id,
            index,
            reason: "near-duplicate",
            detail: `near-duplicate of ${twin}`,
            teacher,
            row: outcome.row,
          },
        };
      }
    }
    count(final.kind === "accepted" ? final.row : final.rejected);
    if (final.kind === "accepted") {
      records.append(final.row);
      accepted.push(final.row);
      duplicates.add(final.row.id, fingerprint(final.row));
    } else {
      rejectedLog.append(final.rejected);
      rejected.push(final.rejected);
      byReason[final.rejected.reason] = (byReason[final.rejected.reason] ?? 0) + 1;
    }
    options.onProgress?.(progress());
  };

  const abort = new AbortController();
  let fatal: unknown;
  const indexes = shardIndexes(shard, processed);
  let exhausted = false;
  // Every path below waits for in-flight rows before the logs close.
  options.onProgress?.(progress());
  try {
    while (true) {
      while (
        fatal === undefined &&
        !exhausted &&
        inFlight.size < concurrency &&
        accepted.length + inFlight.size < options.count &&
        attempts < maxAttempts
      ) {
        const index = indexes.next().value as number;
        const context = options.contextAt(index);
        if (!context) {
          exhausted = true;
          break;
        }
        attempts++;
        const task: Promise<void> = produceRow({
          index,
          runSeed: seed,
          context,
          teacher: options.teacher,
          identity: {
            provider: options.teacher.provider,
            modelId: options.teacher.modelId,
            promptHash: hash,
          },
          signal: abort.signal,
          ...pick(options),
        })
          .then(commit)
          .catch((error: unknown) => {
            fatal ??= error;
            abort.abort();
          })
          .finally(() => inFlight.delete(task));
        inFlight.add(task);
      }
      if (inFlight.size === 0) break;
      await Promise.race(inFlight);
    }
  } catch (error) {
    fatal ??= error;
    abort.abort();
    await Promise.allSettled(inFlight);
  } finally {
    records.close();
    rejectedLog.close();
  }
  const summary: GenerationSummary = {
    ...progress(),
    complete: accepted.length >= options.count,
    byReason,
    costUsd: costOf(tokens, options.price),
    resumed,
  };
  writeRunFile(options, { seed, shard, hash, maxAttempts, concurrency, summary, accepted });
  if (fatal !== undefined) throw fatal;
  return summary;
}

function pick(options: GenerationRunOptions): Partial<ProduceRowInput> {
  return {
    ...(options.steps ? { steps: options.steps } : {}),
    ...(options.reduction ? { reduction: options.reduction } : {}),
    ...(options.readResume ? { readResume: options.readResume } : {}),
    ...(options.scorePair ? { scorePair: options.scorePair } : {}),
  };
}

function checkPreviousRun(path: string, seed: number, shard: ShardSpec, hash: string): void {
  if (!existsSync(path)) return;
  let previous: { seed?: unknown; shard?: unknown; promptHash?: unknown };
  try {
    previous = JSON.parse(readFileSync(path, "utf8")) as typeof previous;
  } catch {
    return;
  }
  const shardText = `${shard.index}/${shard.count}`;
  if (previous.seed !== seed || previous.shard !== shardText || previous.promptHash !== hash) {
    throw new SkillgraphError(
      "BAD_USAGE",
      `${path} belongs to another run (seed ${String(previous.seed)}, shard ${String(previous.shard)}, prompts ${String(previous.promptHash)}); use a new --out folder`,
    );
  }
}

function writeRunFile(
  options: GenerationRunOptions,
  run: {
    seed: number;
    shard: ShardSpec;
    hash: string;
    maxAttempts: number;
    concurrency: number;
    summary: GenerationSummary;
    accepted: GeneratedRow[];
  },
): void {
  const { summary } = run;
  const document = {
    format: "skillgraph-generate-run",
    version: 1,
    updatedAt: (options.now?.() ?? new Date()).toISOString(),
    seed: run.seed,
    shard: `${run.shard.index}/${run.shard.count}`,
    graph: options.graph ?? null,
    contexts: options.contextsFile ?? null,
    teacher: { provider: options.teacher.provider, modelId: options.teacher.modelId, ...options.teacherInfo },
    promptHash: run.hash,
    options: { count: options.count, concurrency: run.concurrency, maxAttempts: run.maxAttempts },
    complete: summary.complete,
    counts: {
      accepted: summary.accepted,
      rejected: summary.rejected,
      attempts: summary.attempts,
      byReason: summary.byReason,
    },
    tokens: { inputTokens: summary.inputTokens, outputTokens: summary.outputTokens },
    costUsd: summary.costUsd,
    price: options.price ?? null,
    diversity: diversityReport(run.accepted),
  };
  writeFileAtomic(join(options.outDir, RUN_FILE), `${JSON.stringify(document, null, 2)}\n`);
}
