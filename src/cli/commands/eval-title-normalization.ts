import type { Command } from "commander";
import { evaluateTitleNormalization, readJobbertCsv } from "../../evaluate/title-normalization.js";
import { loadGraphSnapshot } from "../../graph/snapshot.js";
import { createTitleNormalizer } from "../../skills/title-normalizer.js";
import { type GlobalOptions, graphPathFor } from "../context.js";
import { runAction } from "../run-action.js";
import { printEvalResult } from "./eval.js";
import { integerOption } from "./eval-job-views.js";
import { cliCacheDir } from "./skills.js";

interface EvalTitleOptions extends GlobalOptions {
  data: string;
  json?: boolean;
  depth: string;
}

/** `skillgraph eval title-normalization --data JOBBERT_CSV --json`: rank all ESCO occupations per title. */
export function registerEvalTitleNormalizationCommand(evalCommand: Command): void {
  evalCommand
    .command("title-normalization")
    .description("JobBERT title normalization: rank all ESCO occupations per raw title (mrr, r@1, r@5, r@10)")
    .requiredOption("--data <csv>", "JobBERT titles CSV (vacancyTitle, conceptUri)")
    .option("--graph <file>", "graph snapshot with ESCO imported (default: the home graph)")
    .option("--depth <n>", "ranks kept for MRR (deeper ranks add < 1/depth each)", "100")
    .option("--json", "print one JSON object {task, n, metrics}")
    .action(
      runAction((options: EvalTitleOptions) => {
        const depth = integerOption(options.depth, "--depth");
        const rows = readJobbertCsv(options.data);
        const graph = loadGraphSnapshot(graphPathFor(options));
        process.stderr.write(`title-normalization: ${rows.length} titles; building indexes\n`);
        const normalizer = createTitleNormalizer(graph, {
          cacheDir: cliCacheDir(),
          includeOccupation: (occupation) =>
            occupation.id.startsWith("http://data.europa.eu/esco/occupation/"),
        });
        normalizer.normalize("warm up", 1);
        const report = evaluateTitleNormalization(
          rows,
          (title) => normalizer.normalize(title, depth),
          (done, total) => {
            if (done % 2000 === 0 || done === total)
              process.stderr.write(`title-normalization: ${done}/${total}\n`);
          },
        );
        printEvalResult(
          { task: "title-normalization", n: report.n, metrics: report.metrics },
          options.json ?? false,
        );
      }),
    );
}
