import { join } from "node:path";
import type { Command } from "commander";
import { writeFileAtomic } from "../../core/atomic-write.js";
import { SkillgraphError } from "../../core/errors.js";
import { JOB_VIEWS_TRAINING } from "../../evaluate/job-views.js";
import { loadGraphOrEmpty } from "../../graph/snapshot.js";
import { auc } from "../../learn/metrics.js";
import { trainMlp } from "../../learn/mlp.js";
import { saveModel } from "../../learn/model-file.js";
import { loadJobViews } from "../../recommend/job-views-data.js";
import { prepareJobViewsExperiment } from "../../recommend/job-views-experiment.js";
import { createExampleRows } from "../../recommend/job-views-rows.js";
import { type PreferencePair, preferencePairs, toJsonl } from "../../recommend/reward-guided.js";
import { textEmbedderFor } from "../../recommend/text-embedder-choice.js";
import { graphPathFor, homeFromEnvironment } from "../context.js";
import { runAction } from "../run-action.js";
import { integerOption } from "./eval-job-views.js";
import { createEpochBar } from "./train-reward.js";

interface TrainRecommenderOptions {
  data: string;
  out: string;
  graph?: string;
  seed: string;
  text: string;
  pairsOut?: string;
}

/** `skillgraph train recommender --data DIR --out FILE`: the generation-enhanced MLP recommender. */
export function registerTrainRecommenderCommand(trainCommand: Command): void {
  trainCommand
    .command("recommender")
    .description("train the generation-enhanced MLP recommender on all job views")
    .requiredOption("--data <dir>", "job-views folder")
    .requiredOption("--out <file>", "model file to write")
    .option("--graph <file>", "graph snapshot for the graph-based generator (default: the home graph)")
    .option("--seed <n>", "seed", "7")
    .option(
      "--pairs-out <file>",
      "also write best-of-n (chosen, rejected) ideal-job pairs as JSONL for PPO/DPO",
    )
    .option("--text <kind>", "text features: words (word vectors) or hashed (bag of words)", "words")
    .action(
      runAction(async (options: TrainRecommenderOptions) => {
        const seed = integerOption(options.seed, "--seed");
        const data = loadJobViews(options.data);
        const pairs: PreferencePair[] = [];
        const experiment = await prepareJobViewsExperiment(data, {
          seed,
          testFraction: 0,
          heldOutApplicantFraction: 0,
          graph: loadGraphOrEmpty(graphPathFor(options)),
          onRanked: (prepared, ranked) => {
            if (options.pairsOut) pairs.push(...preferencePairs(prepared, ranked));
          },
        });
        if (options.pairsOut) {
          writeFileAtomic(options.pairsOut, toJsonl(pairs));
          process.stderr.write(`recommender: ${pairs.length} preference pairs written\n`);
        }
        const examples = experiment.examples;
        if (examples.length === 0)
          throw new SkillgraphError("BAD_INPUT", "no applicant with a CV has job views");
        const embedder = textEmbedderFor(options.text, join(homeFromEnvironment(), "cache"));
        const rows = createExampleRows(experiment, data, embedder).rows(examples, "mlp", true);
        const labels = examples.map((example) => example.label);
        const bar = createEpochBar("recommender");
        const model = trainMlp(
          { features: rows, labels },
          { ...JOB_VIEWS_TRAINING, seed, hidden: [32], onEpoch: bar.onEpoch },
        );
        bar.stop();
        const metrics: Record<string, number> = { auc_train: auc(model.predictAll(rows), labels) };
        if (model.training?.validationLoss !== undefined)
          metrics.validation_loss = model.training.validationLoss;
        saveModel(options.out, "recommender", model, {
          data: { source: "job-views", examples: examples.length, generator: experiment.generatorName, seed },
          metrics,
          extra: { text: options.text },
        });
        process.stdout.write(`${JSON.stringify({ out: options.out, examples: examples.length, metrics })}\n`);
      }),
    );
}
