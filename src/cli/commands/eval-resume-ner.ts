import type { Command } from "commander";
import { evaluateResumeNer, readAnnotatedResumeZip } from "../../evaluate/resume-ner.js";
import { runAction } from "../run-action.js";
import { printEvalResult } from "./eval.js";

/** `skillgraph eval resume-ner --data ZIP --json`: span F1 per label on the Dotin annotated resumes. */
export function registerEvalResumeNerCommand(evalCommand: Command): void {
  evalCommand
    .command("resume-ner")
    .description("span-overlap F1 of parsed resumes against the Dotin annotated resumes (zip of XML)")
    .requiredOption("--data <zip>", "zip of annotated resume XML files")
    .option("--graph <file>", "accepted for the eval contract; not used by this task")
    .option("--json", "print one JSON object {task, n, metrics}")
    .action(
      runAction((options: { data: string; json?: boolean }) => {
        const documents = readAnnotatedResumeZip(options.data);
        const result = evaluateResumeNer(documents, {
          onProgress: (done, total) => {
            if (done === total || done % 100 === 0) process.stderr.write(`resume-ner: ${done}/${total}\n`);
          },
        });
        printEvalResult({ task: "resume-ner", n: result.n, metrics: result.metrics }, options.json ?? false);
      }),
    );
}
