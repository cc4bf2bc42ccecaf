import type { Command } from "commander";
import { readRjdbJsonl } from "../../datasets/rjdb-row.js";
import { evaluateRjdbExtract } from "../../evaluate/rjdb-extract.js";
import { loadGraphOrEmpty } from "../../graph/snapshot.js";
import { createSkillLinker } from "../../skills/skill-linker.js";
import { type GlobalOptions, graphPathFor } from "../context.js";
import { runAction } from "../run-action.js";
import { printEvalResult } from "./eval.js";
import { cliCacheDir } from "./skills.js";

interface EvalRjdbExtractOptions extends GlobalOptions {
  data: string;
  json?: boolean;
}

/** `skillgraph eval rjdb-extract --data FILE --json`: experience and skill extraction on RJDB. */
export function registerEvalRjdbExtractCommand(evalCommand: Command): void {
  evalCommand
    .command("rjdb-extract")
    .description("experience titles/years and skills extracted from RJDB matched resumes")
    .requiredOption("--data <file>", "RJDB JSONL file")
    .option(
      "--graph <file>",
      "graph snapshot (default: the home graph); with one, skill names that mention the same graph skill also count",
    )
    .option("--json", "print one JSON object {task, n, metrics}")
    .action(
      runAction((options: EvalRjdbExtractOptions) => {
        const rows = readRjdbJsonl(options.data);
        const graph = loadGraphOrEmpty(graphPathFor(options));
        const linker =
          graph.skillCount > 0 ? createSkillLinker(graph, { cacheDir: cliCacheDir() }) : undefined;
        const idsByName = new Map<string, ReadonlySet<string>>();
        const skillIdsOf = (name: string): ReadonlySet<string> => {
          let ids = idsByName.get(name);
          if (!ids) {
            ids = new Set(linker?.detectMentions(name).flatMap((mention) => mention.skillId ?? []));
            idsByName.set(name, ids);
          }
          return ids;
        };
        process.stderr.write(
          `rjdb-extract: ${rows.length} rows; skill names compared ${linker ? "by words and graph ids" : "by words (no graph)"}\n`,
        );
        const result = evaluateRjdbExtract(rows, {
          ...(linker ? { skillIdsOf } : {}),
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
