import { isSkillgraphError } from "../core/errors.js";
import { seededRandom } from "../llm/clock.js";
import type { LanguageModel } from "../llm/language-model.js";
import {
  buildGeneratedRow,
  type GeneratedRow,
  generatedRowSchema,
  type RejectedRow,
  type TeacherIdentity,
  teacherRecord,
} from "./generated-row.js";
import type { GenerationContext } from "./generation-context.js";
import {
  checkCoverage,
  checkExplanation,
  checkMatcher,
  type GateResult,
  parsedResumeReader,
  type ResumeReader,
} from "./quality-gates.js";
import { type ReductionOptions, reduceContext } from "./reduce-context.js";
import { TeacherStepError, type TeacherStepOptions, writeWithTeacher } from "./teacher-steps.js";

export type RowOutcome =
  | { kind: "accepted"; row: GeneratedRow }
  | { kind: "rejected"; rejected: RejectedRow };

export interface ProduceRowInput {
  index: number;
  runSeed: number;
  context: GenerationContext;
  teacher: LanguageModel;
  identity: TeacherIdentity;
  steps?: Omit<TeacherStepOptions, "seed" | "signal">;
  reduction?: ReductionOptions;
  /** Resume parser for the coverage gate; default src/parse's parseResume (plus text containment). */
  readResume?: ResumeReader;
  scorePair?: (jobDescription: string, resume: string) => number;
  signal?: AbortSignal;
}

/** The row's id: run seed and stream position, unique across shards. */
export function rowId(runSeed: number, index: number): string {
  return `${runSeed}-${index}`;
}

/** Seed of everything random about one row, derived from the run seed and the stream index. */
export function rowSeed(runSeed: number, index: number): number {
  return (Math.imul(runSeed >>> 0, 1_000_003) + index * 7919 + 1) >>> 1;
}

/**
 * Produce one row: reduce the context, run the four teacher steps, apply the per-row gates.
 * Teacher failures other than LLM_AUTH become rejections (with their token spend); LLM_AUTH throws.
 */
export async function produceRow(input: ProduceRowInput): Promise<RowOutcome> {
  const id = rowId(input.runSeed, input.index);
  const seed = rowSeed(input.runSeed, input.index);
  const empty = { calls: 0, attempts: 0, usage: { inputTokens: 0, outputTokens: 0 } };
  const reject = (
    reason: string,
    detail: string,
    spend = empty,
    extra: Record<string, unknown> = {},
  ): RowOutcome => ({
    kind: "rejected",
    rejected: {
      id,
      index: input.index,
      reason,
      detail,
      teacher: teacherRecord(input.identity, spend),
      ...extra,
    },
  });
  let reduction: ReturnType<typeof reduceContext>;
  try {
    reduction = reduceContext(input.context, seededRandom(seed), input.reduction);
  } catch (error) {
    return reject("context-too-small", isSkillgraphError(error) ? error.message : String(error));
  }
  let written: Awaited<ReturnType<typeof writeWithTeacher>>;
  try {
    written = await writeWithTeacher(input.teacher, input.context, reduction, {
      ...input.steps,
      seed,
      ...(input.signal ? { signal: input.signal } : {}),
    });
  } catch (error) {
    if (!(error instanceof TeacherStepError)) throw error;
    // Auth failures stop the run; a row cut short by the run stopping is not recorded, so a
    // restart tries its context again.
    if (error.code === "LLM_AUTH" || input.signal?.aborted) throw error;
    const reason = error.code === "LLM_INVALID_OUTPUT" ? "invalid-output" : "teacher-error";
    return reject(reason, error.message, error.spend, { step: error.step });
  }
  const { documents, spend } = written;
  const row = buildGeneratedRow({
    id,
    index: input.index,
    context: input.context,
    reduction,
    documents,
    teacher: teacherRecord(input.identity, spend),
  });
  const gates: (() => GateResult)[] = [
    () => {
      const checked = generatedRowSchema.safeParse(row);
      return checked.success
        ? { ok: true }
        : { ok: false, reason: "schema", detail: checked.error.issues[0]?.message ?? "invalid row" };
    },
    () => checkCoverage(input.context, reduction, documents, input.readResume ?? parsedResumeReader),
    () => checkExplanation(reduction, documents.explanation),
    () => checkMatcher(documents, input.scorePair),
  ];
  for (const gate of gates) {
    const result = gate();
    if (!result.ok) return reject(result.reason, result.detail, spend, { row });
  }
  return { kind: "accepted", row };
}
