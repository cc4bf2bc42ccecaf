import type { Command } from "commander";
import { registerTrainMatcherCommand } from "./train-matcher.js";
import { registerTrainRecommenderCommand } from "./train-recommender.js";
import { registerTrainRewardCommand } from "./train-reward.js";
import { registerTrainSkillRankerCommand } from "./train-skill-ranker.js";

/** `skillgraph train MODEL`: each trainable model is a subcommand registered from its own file. */
export function registerTrainCommand(program: Command): Command {
  const trainCommand = program.command("train").description("train a model and save it to a file");
  // Model registrations (one line per model file):
  registerTrainSkillRankerCommand(trainCommand);
  registerTrainRewardCommand(trainCommand);
  registerTrainRecommenderCommand(trainCommand);
  registerTrainMatcherCommand(trainCommand);
  return trainCommand;
}
