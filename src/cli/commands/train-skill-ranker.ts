import { join } from "node:path";
import type { Command } from "commander";
import { writeFileAtomic } from "../../core/atomic-write.js";
import {
  createRankingContext,
  readDecorteCsv,
  trainSkillRankerWithCrossValidation,
} from "../../evaluate/skill-linking.js";
import { loadGraphSnapshot } from "../../graph/snapshot.js";
import { loadGraphWordVectors } from "../../skills/graph-vocabulary.js";
import { computeSkillness, readSkillSpan } from "../../skills/skillness.js";
import { type GlobalOptions, graphPathFor } from "../context.js";
import { runAction } from "../run-action.js";
import { cliCacheDir } from "./skills.js";

interface TrainSkillRankerOptions extends GlobalOptions {
  out: string;
  dataRoot: string;
}

const TECH = "skill-extraction/decorte/tech_validation_annotations.csv";
const HOUSE = "skill-extraction/decorte/house_validation_annotations.csv";
const SKILLSPAN = "skill-extraction/skillspan/train.json";

/**
 * `skillgraph train skill-ranker --out models/skill-ranker.json`: word skillness from SkillSpan
 * train, logistic ranker weights from Decorte TECH + HOUSE validation; records data, date and
 * leave-one-split-out cross-validation metrics in the file.
 */
export function registerTrainSkillRankerCommand(trainCommand: Command): void {
  trainCommand
    .command("skill-ranker")
    .description("train the skill-linking ranker (Decorte TECH/HOUSE validation + SkillSpan train)")
    .requiredOption("--out <file>", "where to write the ranker JSON (e.g. models/skill-ranker.json)")
    .option(
      "--data-root <dir>",
      "folder holding skill-extraction/decorte and skill-extraction/skillspan",
      "../shared/data",
    )
    .option("--graph <file>", "graph snapshot with ESCO imported (default: the home graph)")
    .action(
      runAction((options: TrainSkillRankerOptions) => {
        const paths = {
          tech: join(options.dataRoot, TECH),
          house: join(options.dataRoot, HOUSE),
          skillspan: join(options.dataRoot, SKILLSPAN),
        };
        const splits = { tech: readDecorteCsv(paths.tech), house: readDecorteCsv(paths.house) };
        const skillness = computeSkillness(readSkillSpan(paths.skillspan));
        const graph = loadGraphSnapshot(graphPathFor(options));
        process.stderr.write("skill-ranker: building indexes\n");
        const context = createRankingContext(graph, loadGraphWordVectors(graph, cliCacheDir()));
        process.stderr.write("skill-ranker: training (2 cross-validation folds + final model)\n");
        const report = trainSkillRankerWithCrossValidation(graph, context, splits, skillness);
        const file = {
          ...report.file,
          training: {
            ...report.file.training,
            command: "skillgraph train skill-ranker --out models/skill-ranker.json",
            date: new Date().toISOString(),
            data: {
              decorte: [TECH, HOUSE],
              skillspan: SKILLSPAN,
              sentences: { tech: splits.tech.length, house: splits.house.length },
            },
            graph: { skills: graph.skillCount, occupations: graph.occupationCount },
            crossValidation: report.crossValidation,
            crossValidationNote: "each split scored by a model trained on the other split only",
            inSample: report.inSample,
          },
        };
        writeFileAtomic(options.out, `${JSON.stringify(file, null, 1)}\n`);
        process.stdout.write(
          `${JSON.stringify({ out: options.out, crossValidation: report.crossValidation, inSample: report.inSample })}\n`,
        );
      }),
    );
}
