import type { Command } from "commander";
import { readRjdbJsonl } from "../../datasets/rjdb-row.js";
import { evaluateRjdbExtract } from "../../evaluate/rjdb-extract.js";
import { runAction } from "../run-action.js";
import { printEvalResult } from "./eval.js";

/** `skillgraph eval rjdb-extract --data FILE --json`: experience and skill extraction on RJDB. */
export function registerEvalRjdbExtractCommand(evalCommand: Command): void {
  evalCommand
    .command("rjdb-extract")
    .description("experience titles/years and skills extracted from RJDB matched resumes")
    .requiredOption("--data <file>", "RJDB JSONL file")
    .option("--graph <file>", "accepted for the eval contract; not used by this task")
    .option("--json", "print one JSON object {task, n, metrics}")
    .action(
      runAction((options: { data: string; json?: boolean }) => {
        const rows = readRjdbJsonl(options.data);
        const result = evaluateRjdbExtract(rows, {
          onProgress: (done, total) => {
            if (done === total || done % 100 === 0) process.stderr.write(`rjdb-extract: ${done}/${total}\n`);
          },
        });
        printEvalResult(
          { task: "rjdb-extract", n: result.n, metrics: result.metrics },
          options.json ?? false,
        );
      }),
    );
}
