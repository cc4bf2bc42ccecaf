import type { Command } from "commander";
import { writeFileAtomic } from "../../core/atomic-write.js";
import { SkillgraphError } from "../../core/errors.js";
import { EXPORT_TASKS, type ExportTask, exportRows } from "../../generate/export-dataset.js";
import { mergeRuns } from "../../generate/merge-runs.js";
import { readJsonlValues, recordsPathOf } from "../../generate/read-jsonl.js";
import { runAction } from "../run-action.js";

/** `skillgraph dataset merge|export`: join generation shards; export for trainers outside Node. */
export function registerDatasetCommand(program: Command): Command {
  const dataset = program
    .command("dataset")
    .description("join generated datasets and export them for trainers");
  dataset
    .command("merge")
    .description(
      "join generation runs or shards (folders or records.jsonl files) into OUT, de-duplicated by id",
    )
    .argument("<out>", "output folder")
    .argument("<inputs...>", "run folders or records.jsonl files")
    .action(
      runAction((out: string, inputs: string[]) => {
        const summary = mergeRuns(out, inputs);
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      }),
    );
  dataset
    .command("export")
    .description("write chat-format JSONL: sft (match, explain, extract, edit tasks) or preference pairs")
    .requiredOption("--format <format>", "sft or preference")
    .requiredOption("--data <file>", "RJDB-format JSONL (or a generation folder)")
    .requiredOption("--out <file>", "output JSONL")
    .option("--tasks <list>", `comma-separated SFT tasks (${EXPORT_TASKS.join(",")})`, EXPORT_TASKS.join(","))
    .action(
      runAction((flags: { format: string; data: string; out: string; tasks: string }) => {
        if (flags.format !== "sft" && flags.format !== "preference") {
          throw new SkillgraphError("BAD_USAGE", `--format must be sft or preference, got "${flags.format}"`);
        }
        const tasks = flags.tasks.split(",").map((task) => task.trim());
        const unknown = tasks.filter((task) => !(EXPORT_TASKS as readonly string[]).includes(task));
        if (unknown.length > 0)
          throw new SkillgraphError("BAD_USAGE", `unknown --tasks: ${unknown.join(", ")}`);
        const { lines, rows } = exportRows(
          readJsonlValues(recordsPathOf(flags.data)),
          flags.format,
          tasks as ExportTask[],
        );
        writeFileAtomic(flags.out, lines.map((line) => `${JSON.stringify(line)}\n`).join(""));
        process.stdout.write(
          `${JSON.stringify({ format: flags.format, rows, examples: lines.length, out: flags.out })}\n`,
        );
      }),
    );
  return dataset;
}
