import type { Command } from "commander";
import { loadGraphOrEmpty } from "../../graph/snapshot.js";
import { createTitleNormalizer } from "../../skills/title-normalizer.js";
import { type GlobalOptions, graphPathFor, printJson } from "../context.js";
import { runAction } from "../run-action.js";
import { integerOption } from "./eval-job-views.js";
import { cliCacheDir } from "./skills.js";

interface TitleOptions extends GlobalOptions {
  json?: boolean;
  k: string;
}

/** `skillgraph title "TITLE"`: a raw job title → ranked graph occupations. */
export function registerTitleCommand(program: Command): void {
  program
    .command("title <title>")
    .description("normalize a raw job title to ranked graph occupations")
    .option("--graph <file>", "graph snapshot (default: the home graph)")
    .option("-k, --k <n>", "how many occupations", "5")
    .option("--json", "print a JSON array of {occupationId, label, score}")
    .action(
      runAction((title: string, options: TitleOptions) => {
        const k = integerOption(options.k, "--k");
        const normalizer = createTitleNormalizer(loadGraphOrEmpty(graphPathFor(options)), {
          cacheDir: cliCacheDir(),
        });
        const ranked = normalizer.normalize(title, k);
        if (options.json) {
          printJson(ranked);
          return;
        }
        if (ranked.length === 0) process.stdout.write("no matching occupation\n");
        ranked.forEach((entry, position) => {
          process.stdout.write(
            `${position + 1}. ${entry.score.toFixed(3)} ${entry.label} <${entry.occupationId}>\n`,
          );
        });
      }),
    );
}
