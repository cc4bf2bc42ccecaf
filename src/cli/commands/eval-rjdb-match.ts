import type { Command } from "commander";
import { readRjdbJsonl } from "../../datasets/rjdb-row.js";
import { rjdbMatchMetrics, runRjdbMatch } from "../../evaluate/rjdb-match.js";
import { runAction } from "../run-action.js";
import { printEvalResult } from "./eval.js";
import { createCliMatcher, type MatcherCliOptions } from "./match.js";

interface EvalRjdbMatchOptions extends MatcherCliOptions {
  data: string;
  json?: boolean;
}

/** `skillgraph eval rjdb-match --data FILE --json`: match, explanation and speed on RJDB (GUIDE §4). */
export function registerEvalRjdbMatchCommand(evalCommand: Command): void {
  evalCommand
    .command("rjdb-match")
    .description(
      "resume–job matching on RJDB: pairwise/accuracy/AUC/log loss, missing skills, experience gap, speed",
    )
    .requiredOption("--data <file>", "RJDB JSONL file")
    .option("--graph <file>", "skill graph snapshot for graph-based skill credit (default: none)")
    .option("--model <file>", "matcher model (default: the shipped models/matcher.json)")
    .option("--json", "print one JSON object {task, n, metrics}")
    .action(
      runAction((options: EvalRjdbMatchOptions) => {
        const rows = readRjdbJsonl(options.data);
        // The graph is used only when --graph is given, so the default run measures the matcher alone.
        const matcher = createCliMatcher({ ...options, link: options.graph !== undefined });
        const run = runRjdbMatch(rows, matcher, (done) => {
          if (done % 100 === 0 || done === rows.length)
            process.stderr.write(`rjdb-match: ${done}/${rows.length}\n`);
        });
        printEvalResult(
          { task: "rjdb-match", n: rows.length, metrics: rjdbMatchMetrics(rows, run) },
          options.json ?? false,
        );
      }),
    );
}
