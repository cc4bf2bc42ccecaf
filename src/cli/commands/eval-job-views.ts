import { join } from "node:path";
import type { Command } from "commander";
import { SkillgraphError } from "../../core/errors.js";
import { evaluateJobViews } from "../../evaluate/job-views.js";
import { loadGraphOrEmpty } from "../../graph/snapshot.js";
import { textEmbedderFor } from "../../recommend/text-embedder-choice.js";
import { graphPathFor, homeFromEnvironment } from "../context.js";
import { runAction } from "../run-action.js";
import { printEvalResult } from "./eval.js";

interface EvalJobViewsOptions {
  data: string;
  graph?: string;
  seed: string;
  text: string;
  json?: boolean;
}

/** Parse a non-negative integer option (bad values are usage errors, exit 2). */
export function integerOption(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new SkillgraphError("BAD_USAGE", `${name} must be a whole number`);
  return parsed;
}

/** `skillgraph eval job-views --data DIR [--graph FILE] [--seed N] --json` (GIRL's table on real views). */
export function registerEvalJobViewsCommand(evalCommand: Command): void {
  evalCommand
    .command("job-views")
    .description("GIRL base vs generation-enhanced recommenders on job views (AUC, log loss)")
    .requiredOption("--data <dir>", "folder with Job_Views.csv, Experience.csv, Positions_Of_Interest.csv")
    .option("--graph <file>", "graph snapshot for the graph-based generator (default: the home graph)")
    .option("--seed <n>", "seed of split, negatives and models", "7")
    .option("--text <kind>", "text features: words (word vectors) or hashed (bag of words)", "words")
    .option("--json", "print one JSON object {task, n, metrics}")
    .action(
      runAction(async (options: EvalJobViewsOptions) => {
        const seed = integerOption(options.seed, "--seed");
        const graph = loadGraphOrEmpty(graphPathFor(options));
        const embedder = textEmbedderFor(options.text, join(homeFromEnvironment(), "cache"));
        const started = Date.now();
        let lastStage = "";
        const result = await evaluateJobViews(options.data, {
          seed,
          graph,
          embedder,
          onProgress: (stage, done, total) => {
            if (stage === lastStage && done < total) return;
            lastStage = stage;
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            process.stderr.write(`job-views: ${stage} ${done}/${total} (${seconds}s)\n`);
          },
        });
        printEvalResult(result, options.json ?? false);
      }),
    );
}
