import type { Command } from "commander";
import { registerEvalJobViewsCommand } from "./eval-job-views.js";
import { registerEvalResumeNerCommand } from "./eval-resume-ner.js";
import { registerEvalRjdbExtractCommand } from "./eval-rjdb-extract.js";
import { registerEvalRjdbMatchCommand } from "./eval-rjdb-match.js";
import { registerEvalSkillLinkingCommand } from "./eval-skill-linking.js";
import { registerEvalTitleNormalizationCommand } from "./eval-title-normalization.js";

/** The result contract of every `skillgraph eval TASK --json` (GUIDE §3). */
export interface EvalResult {
  task: string;
  n: number;
  metrics: Record<string, number>;
}

/** Print an eval result: exactly one JSON object with --json, else a readable table. */
export function printEvalResult(result: EvalResult, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  process.stdout.write(`${result.task} (n=${result.n})\n`);
  for (const [name, value] of Object.entries(result.metrics)) {
    process.stdout.write(`  ${name.padEnd(32)} ${Number.isInteger(value) ? value : value.toFixed(4)}\n`);
  }
}

/** `skillgraph eval TASK`: each task is a subcommand registered from its own file. */
export function registerEvalCommand(program: Command): Command {
  const evalCommand = program
    .command("eval")
    .description("evaluate on a benchmark; --json prints {task, n, metrics} on stdout");
  // Task registrations (one line per task file):
  registerEvalSkillLinkingCommand(evalCommand);
  registerEvalTitleNormalizationCommand(evalCommand);
  registerEvalRjdbExtractCommand(evalCommand);
  registerEvalResumeNerCommand(evalCommand);
  registerEvalJobViewsCommand(evalCommand);
  registerEvalRjdbMatchCommand(evalCommand);
  return evalCommand;
}
