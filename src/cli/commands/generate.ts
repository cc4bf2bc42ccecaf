import { Presets, SingleBar } from "cli-progress";
import type { Command } from "commander";
import { isSkillgraphError, SkillgraphError } from "../../core/errors.js";
import { readContextsFile } from "../../generate/contexts-file.js";
import { createTeacher } from "../../generate/create-teacher.js";
import { graphContextStream } from "../../generate/graph-context-stream.js";
import { type GenerationProgress, runGeneration } from "../../generate/run-generation.js";
import { parseShard } from "../../generate/shard.js";
import { loadGraphSnapshot } from "../../graph/snapshot.js";
import { createMatcher } from "../../match/create-matcher.js";
import { loadDefaultMatcherModel } from "../../match/matcher-model.js";
import { graphPathFor } from "../context.js";
import { runAction } from "../run-action.js";

interface GenerateFlags {
  out: string;
  count: string;
  teacherBaseUrl?: string;
  teacherModel?: string;
  teacherGguf?: string;
  seed: string;
  concurrency: string;
  graph?: string;
  contexts?: string;
  shard: string;
  maxAttempts?: string;
  maxTokens: string;
  objectRetries: string;
  temperature?: string;
  requestsPerMinute?: string;
  tokensPerMinute?: string;
  cache?: string;
  timeoutMs?: string;
  priceInput?: string;
  priceOutput?: string;
  threads: string;
  contextSize?: string;
  progress: boolean;
  /** commander's `--no-matcher-gate`: false skips the matcher quality gate. */
  matcherGate: boolean;
}

/**
 * The matcher quality gate's scorer: the shipped matcher model's probability for (job, resume).
 * A pair the matcher cannot score (no requirements, empty document) scores 0.
 */
export function createMatcherScorePair(): (jobDescription: string, resume: string) => number {
  const matcher = createMatcher({ model: loadDefaultMatcherModel() });
  return (jobDescription, resume) => {
    try {
      return matcher.match(resume, jobDescription).score ?? 0;
    } catch (error) {
      if (isSkillgraphError(error)) return 0;
      throw error;
    }
  };
}

function integer(name: string, text: string, min = 0): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new SkillgraphError("BAD_USAGE", `--${name} must be an integer ≥ ${min}, got "${text}"`);
  return value;
}

function decimal(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0)
    throw new SkillgraphError("BAD_USAGE", `--${name} must be a number ≥ 0, got "${text}"`);
  return value;
}

/** `skillgraph generate`: the RJDB distillation pipeline against any teacher. */
export function registerGenerateCommand(program: Command): Command {
  return program
    .command("generate")
    .description(
      "generate an RJDB-format dataset with a teacher LLM (OpenAI-compatible URL or in-process GGUF); resumable",
    )
    .requiredOption("--out <dir>", "output folder: records.jsonl, rejected.jsonl, run.json")
    .requiredOption("--count <n>", "accepted rows wanted (in this shard)")
    .option(
      "--teacher-base-url <url>",
      "OpenAI-compatible base URL; key from SKILLGRAPH_TEACHER_API_KEY or OPENAI_API_KEY",
    )
    .option("--teacher-model <name>", "teacher model name")
    .option("--teacher-gguf <file>", "run a GGUF model in-process instead (node-llama-cpp)")
    .option("--seed <n>", "run seed: fixes the context stream and the teacher seeds", "0")
    .option("--concurrency <n>", "rows (and requests) in flight", "4")
    .option("--graph <file>", "graph snapshot to sample contexts from (default: the home's graph)")
    .option("--contexts <file>", "JSONL of contexts or RJDB rows to use instead of sampling the graph")
    .option("--shard <I/K>", "own stream positions i with i mod K = I-1 (multi-machine runs)", "1/1")
    .option("--max-attempts <n>", "contexts to try in total before giving up (default 4×count+16)")
    .option("--max-tokens <n>", "generated-token cap per teacher call", "1500")
    .option("--object-retries <n>", "re-asks per step after an invalid reply", "2")
    .option("--temperature <t>", "sampling temperature")
    .option("--requests-per-minute <n>", "rate limit: requests per minute")
    .option("--tokens-per-minute <n>", "rate limit: tokens per minute")
    .option("--cache <dir>", "content-addressed reply cache for reproducible reruns")
    .option("--timeout-ms <n>", "per-request timeout (HTTP teacher)")
    .option("--price-input <usd>", "USD per million input tokens (for run.json cost)")
    .option("--price-output <usd>", "USD per million output tokens")
    .option("--threads <n>", "CPU threads for --teacher-gguf (at most 2)", "2")
    .option("--context-size <n>", "context window for --teacher-gguf")
    .option("--no-progress", "no progress bar on stderr")
    .option(
      "--no-matcher-gate",
      "skip the quality gate that needs the matcher to score the matched resume higher",
    )
    .action(
      runAction(async (flags: GenerateFlags) => {
        const count = integer("count", flags.count, 1);
        const seed = integer("seed", flags.seed);
        const concurrency = integer("concurrency", flags.concurrency, 1);
        const shard = parseShard(flags.shard);
        if (!flags.teacherGguf && !(flags.teacherBaseUrl && flags.teacherModel)) {
          throw new SkillgraphError(
            "BAD_USAGE",
            "give --teacher-base-url URL with --teacher-model NAME, or --teacher-gguf FILE",
          );
        }
        const contextAt = flags.contexts
          ? readContextsFile(flags.contexts)
          : graphContextStream(loadGraphSnapshot(graphPathFor(flags)), seed);
        const apiKey = process.env.SKILLGRAPH_TEACHER_API_KEY || process.env.OPENAI_API_KEY || undefined;
        let retries = 0;
        const price =
          flags.priceInput !== undefined || flags.priceOutput !== undefined
            ? {
                inputPerMillion: decimal("price-input", flags.priceInput ?? "0"),
                outputPerMillion: decimal("price-output", flags.priceOutput ?? "0"),
              }
            : undefined;
        const teacher = createTeacher({
          ...(flags.teacherGguf ? { gguf: flags.teacherGguf } : {}),
          ...(flags.teacherBaseUrl ? { baseURL: flags.teacherBaseUrl } : {}),
          ...(flags.teacherModel ? { model: flags.teacherModel } : {}),
          ...(apiKey ? { apiKey } : {}),
          ...(flags.timeoutMs ? { timeoutMs: integer("timeout-ms", flags.timeoutMs, 1) } : {}),
          ...(flags.requestsPerMinute
            ? { requestsPerMinute: integer("requests-per-minute", flags.requestsPerMinute, 1) }
            : {}),
          ...(flags.tokensPerMinute
            ? { tokensPerMinute: integer("tokens-per-minute", flags.tokensPerMinute, 1) }
            : {}),
          ...(flags.cache ? { cacheDir: flags.cache } : {}),
          ...(flags.contextSize ? { contextSize: integer("context-size", flags.contextSize, 256) } : {}),
          ...(price ? { price } : {}),
          threads: integer("threads", flags.threads, 1),
          concurrency,
          seed,
          onRetry: () => retries++,
        });
        const bar = flags.progress
          ? new SingleBar(
              {
                stream: process.stderr,
                format:
                  "generate |{bar}| {value}/{total} accepted | rejected {rejected} | retries {retries} | tokens {tokens}",
                hideCursor: true,
              },
              Presets.shades_classic,
            )
          : undefined;
        const report = (progress: GenerationProgress): void => {
          const payload = {
            rejected: progress.rejected,
            retries: retries + progress.reasks,
            tokens: progress.inputTokens + progress.outputTokens,
          };
          bar?.update(progress.accepted, payload);
        };
        bar?.start(count, 0, { rejected: 0, retries: 0, tokens: 0 });
        let summary: Awaited<ReturnType<typeof runGeneration>>;
        try {
          summary = await runGeneration({
            teacher: teacher.model,
            contextAt,
            count,
            outDir: flags.out,
            seed,
            concurrency,
            shard,
            ...(flags.maxAttempts ? { maxAttempts: integer("max-attempts", flags.maxAttempts, 1) } : {}),
            steps: {
              maxTokens: integer("max-tokens", flags.maxTokens, 1),
              objectRetries: integer("object-retries", flags.objectRetries),
              ...(flags.temperature ? { temperature: decimal("temperature", flags.temperature) } : {}),
            },
            ...(flags.contexts ? { contextsFile: flags.contexts } : { graph: graphPathFor(flags) }),
            teacherInfo: teacher.info,
            ...(price ? { price } : {}),
            onProgress: report,
            ...(flags.matcherGate === false ? {} : { scorePair: createMatcherScorePair() }),
          });
        } catch (error) {
          if (isSkillgraphError(error) && error.code === "LLM_AUTH") {
            throw new SkillgraphError(
              "LLM_AUTH",
              "the teacher rejected the API key (HTTP 401/403): set SKILLGRAPH_TEACHER_API_KEY (or OPENAI_API_KEY) to a valid key; rows written so far are kept",
              { cause: error },
            );
          }
          throw error;
        } finally {
          bar?.stop();
          await teacher.dispose();
        }
        const usage = teacher.model.usage();
        process.stderr.write(
          `generate: ${summary.accepted}/${count} accepted, ${summary.rejected} rejected, ${summary.attempts} attempts, ${retries} retries, ${summary.reasks} re-asks, ${usage.inputTokens + usage.outputTokens} tokens this session\n`,
        );
        process.stdout.write(`${JSON.stringify({ ...summary, retries, session: usage })}\n`);
        if (!summary.complete) {
          throw new SkillgraphError(
            "BUDGET_EXHAUSTED",
            `only ${summary.accepted} of ${count} rows accepted after ${summary.attempts} attempts (raise --max-attempts, or check rejected.jsonl)`,
          );
        }
      }),
    );
}
