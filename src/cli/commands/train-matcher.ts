import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { SkillgraphError } from "../../core/errors.js";
import { readRjdbJsonl } from "../../datasets/rjdb-row.js";
import { trainMatcherOnRjdb } from "../../evaluate/rjdb-match.js";
import { saveModel } from "../../learn/index.js";
import { createMatcher } from "../../match/create-matcher.js";
import { MATCH_FEATURE_NAMES } from "../../match/match-features.js";
import { createUntrainedMatcherModel } from "../../match/matcher-model.js";
import { runAction } from "../run-action.js";

interface TrainMatcherCommandOptions {
  data: string;
  out: string;
  folds: string;
  seed: string;
}

/** `skillgraph train matcher --data RJDB.jsonl --out FILE`: the match score model. */
export function registerTrainMatcherCommand(trainCommand: Command): void {
  trainCommand
    .command("matcher")
    .description("train the match score model (logistic regression on requirement features) from RJDB rows")
    .requiredOption("--data <file>", "RJDB JSONL file")
    .option("--out <file>", "model file to write", "models/matcher.json")
    .option("--folds <k>", "cross-validation folds, split by row", "5")
    .option("--seed <n>", "seed for folds and training", "1")
    .action(
      runAction((options: TrainMatcherCommandOptions) => {
        const folds = Number(options.folds);
        const seed = Number(options.seed);
        if (!Number.isInteger(folds) || folds < 2)
          throw new SkillgraphError("BAD_USAGE", "--folds must be an integer ≥ 2");
        if (!Number.isInteger(seed)) throw new SkillgraphError("BAD_USAGE", "--seed must be an integer");
        const rows = readRjdbJsonl(options.data);
        if (rows.length < 4)
          throw new SkillgraphError("BAD_INPUT", `${options.data}: need at least 4 rows, got ${rows.length}`);
        const matcher = createMatcher({ model: createUntrainedMatcherModel() });
        const { trained, metrics } = trainMatcherOnRjdb(rows, matcher, { folds, seed }, (done) => {
          if (done % 100 === 0 || done === rows.length)
            process.stderr.write(`train matcher: features ${done}/${rows.length}\n`);
        });
        const weights = Object.fromEntries(
          MATCH_FEATURE_NAMES.map((name, index) => [
            name,
            Number((trained.learned.weights[index] ?? 0).toFixed(4)),
          ]),
        );
        saveModel(options.out, "matcher", trained.learned, {
          data: {
            source: basename(options.data),
            sha256: createHash("sha256").update(readFileSync(options.data)).digest("hex"),
            rows: rows.length,
            pairs: trained.metrics.pairs,
            command: `skillgraph train matcher --data ${options.data} --out ${options.out} --folds ${folds} --seed ${seed}`,
          },
          metrics,
          extra: {
            featureNames: [...MATCH_FEATURE_NAMES],
            threshold: trained.metrics.threshold,
            weights,
            bias: Number(trained.learned.bias.toFixed(4)),
            thresholdRule: "maximises accuracy on the training pairs; score ≥ threshold means match",
          },
        });
        process.stderr.write(
          `train matcher: cv auc ${metrics.cv_auc?.toFixed(3)} accuracy ${metrics.cv_accuracy?.toFixed(3)}; ` +
            `in-sample auc ${metrics.train_auc?.toFixed(3)} accuracy ${metrics.train_accuracy?.toFixed(3)}; threshold ${trained.metrics.threshold.toFixed(3)}\n`,
        );
        process.stdout.write(`${JSON.stringify({ out: options.out, metrics })}\n`);
      }),
    );
}
