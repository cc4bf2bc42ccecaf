import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import type { EpochProgress } from "../../learn/train-network.js";
import { applicantProfile } from "../../recommend/applicant-profile.js";
import { prepareProfile } from "../../recommend/fit-features.js";
import { latestViewTime, loadJobViews } from "../../recommend/job-views-data.js";
import { rewardPairsOf } from "../../recommend/job-views-experiment.js";
import { splitJobViews } from "../../recommend/job-views-split.js";
import { saveRewardModel, trainRewardModel } from "../../recommend/reward-model.js";
import { runAction } from "../run-action.js";
import { integerOption } from "./eval-job-views.js";

/** A stderr progress bar over training epochs (early stopping may end it before the last epoch). */
export function createEpochBar(label: string): {
  onEpoch: (progress: EpochProgress) => void;
  stop: () => void;
} {
  const bar = new SingleBar({
    format: `${label} [{bar}] epoch {value}/{total} | loss {loss}`,
    stream: process.stderr,
    hideCursor: false,
  });
  let started = false;
  return {
    onEpoch(progress) {
      if (!started) {
        bar.start(progress.epochs, 0, { loss: "-" });
        started = true;
      }
      const loss = progress.validationLoss ?? progress.trainLoss;
      bar.update(progress.epoch, { loss: loss.toFixed(4) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

interface TrainRewardOptions {
  data: string;
  out: string;
  seed: string;
}

/** `skillgraph train reward --data DIR --out FILE`: the pairwise reward model of CV–job fit. */
export function registerTrainRewardCommand(trainCommand: Command): void {
  trainCommand
    .command("reward")
    .description("train the reward model U(CV, job) with −log σ(U(C,J⁺) − U(C,J⁻)) on job views")
    .requiredOption(
      "--data <dir>",
      "job-views folder (Job_Views.csv, Experience.csv, Positions_Of_Interest.csv)",
    )
    .requiredOption("--out <file>", "model file to write")
    .option("--seed <n>", "seed", "7")
    .action(
      runAction((options: TrainRewardOptions) => {
        const seed = integerOption(options.seed, "--seed");
        const data = loadJobViews(options.data);
        const examples = splitJobViews(data, { seed, testFraction: 0, heldOutApplicantFraction: 0 });
        const now = latestViewTime(data);
        const profiles = new Map(
          [...new Set(examples.map((example) => example.applicantId))].map((id) => [
            id,
            prepareProfile(applicantProfile(data.applicants.get(id), now)),
          ]),
        );
        const pairs = rewardPairsOf(examples, profiles, data);
        const bar = createEpochBar("reward");
        const reward = trainRewardModel(pairs, { seed, onEpoch: bar.onEpoch });
        bar.stop();
        const correct = pairs.filter(
          (pair) => reward.score(pair.profile, pair.preferred) > reward.score(pair.profile, pair.other),
        );
        const metrics: Record<string, number> = { pairwise_accuracy_train: correct.length / pairs.length };
        if (reward.training?.validationLoss !== undefined)
          metrics.validation_loss = reward.training.validationLoss;
        saveRewardModel(options.out, reward, {
          data: { source: "job-views", pairs: pairs.length, seed },
          metrics,
        });
        const weights = reward.featureNames.map(
          (name, index) => `${name}=${(reward.weights[index] as number).toFixed(3)}`,
        );
        process.stderr.write(`reward: ${pairs.length} pairs, weights ${weights.join(" ")}\n`);
        process.stdout.write(`${JSON.stringify({ out: options.out, pairs: pairs.length, metrics })}\n`);
      }),
    );
}
