import type { Command } from "commander";
import {
  escoSkillIdsByLabel,
  evaluateSkillLinking,
  isEscoSkillId,
  readDecorteCsv,
} from "../../evaluate/skill-linking.js";
import { loadGraphSnapshot } from "../../graph/snapshot.js";
import { createSkillLinker } from "../../skills/skill-linker.js";
import { type GlobalOptions, graphPathFor } from "../context.js";
import { addEmbedderOptions, type EmbedderOptions, embedderFromOptions } from "../embedder-options.js";
import { runAction } from "../run-action.js";
import { printEvalResult } from "./eval.js";
import { integerOption } from "./eval-job-views.js";
import { cliCacheDir } from "./skills.js";

interface EvalSkillLinkingOptions extends GlobalOptions, EmbedderOptions {
  data: string;
  json?: boolean;
  depth: string;
}

/**
 * `skillgraph eval skill-linking --data DECORTE_CSV --json`: GUIDE §4 — group rows by sentence,
 * drop LABEL NOT PRESENT / UNDERSPECIFIED, rank all ESCO skills per sentence; rp@5, rp@10, mrr.
 */
export function registerEvalSkillLinkingCommand(evalCommand: Command): void {
  const command = evalCommand
    .command("skill-linking")
    .description("Decorte skill linking: rank all ESCO skills per sentence (rp@5, rp@10, mrr)")
    .requiredOption("--data <csv>", "a Decorte annotation CSV (sentence, span, sub_span, label)")
    .option("--graph <file>", "graph snapshot with ESCO imported (default: the home graph)")
    .option("--depth <n>", "ranks kept for MRR (deeper ranks add < 1/depth each)", "1000")
    .option("--json", "print one JSON object {task, n, metrics}");
  addEmbedderOptions(command).action(
    runAction(async (options: EvalSkillLinkingOptions) => {
      const depth = integerOption(options.depth, "--depth");
      const sentences = readDecorteCsv(options.data);
      const graph = loadGraphSnapshot(graphPathFor(options));
      process.stderr.write(`skill-linking: ${sentences.length} sentences; building indexes\n`);
      const embedder = embedderFromOptions(options);
      const linker = createSkillLinker(graph, {
        cacheDir: cliCacheDir(),
        includeSkill: (skill) => isEscoSkillId(skill.id),
        ...(embedder ? { embedder } : {}),
      });
      linker.rankSkills("warm up the indexes", 1);
      // With an embedding model, ranking is asynchronous: rank every sentence first (timed), then score.
      const reranked = new Map<string, ReturnType<typeof linker.rankSkills>>();
      let embeddingSeconds = 0;
      if (embedder) {
        const started = performance.now();
        for (const item of sentences) {
          reranked.set(item.sentence, await linker.rankSkillsWithEmbeddings(item.sentence, depth));
        }
        embeddingSeconds = (performance.now() - started) / 1000;
      }
      const report = evaluateSkillLinking(
        sentences,
        (sentence) => reranked.get(sentence) ?? linker.rankSkills(sentence, depth),
        escoSkillIdsByLabel(graph),
        (done, total) => {
          if (done % 100 === 0 || done === total) process.stderr.write(`skill-linking: ${done}/${total}\n`);
        },
      );
      if (report.unmappedLabels.length > 0) {
        process.stderr.write(
          `skill-linking: ${report.unmappedLabels.length} gold labels not in the graph (counted as misses)\n`,
        );
      }
      if (embedder && embeddingSeconds > 0) report.metrics.sentences_per_second = report.n / embeddingSeconds;
      printEvalResult({ task: "skill-linking", n: report.n, metrics: report.metrics }, options.json ?? false);
    }),
  );
}
