import { Command } from "commander";
import { registerDatasetCommand } from "./commands/dataset.js";
import { registerEditCommand } from "./commands/edit.js";
import { registerEvalCommand } from "./commands/eval.js";
import { registerGenerateCommand } from "./commands/generate.js";
import { registerGraphCommand } from "./commands/graph.js";
import { registerMatchCommand } from "./commands/match.js";
import { registerParseCommand } from "./commands/parse.js";
import { registerRankCommand } from "./commands/rank.js";
import { registerRecommendCommand } from "./commands/recommend.js";
import { registerServeCommand } from "./commands/serve.js";
import { registerSkillsCommand } from "./commands/skills.js";
import { registerTitleCommand } from "./commands/title.js";
import { registerTrainCommand } from "./commands/train.js";

/** Build the `skillgraph` command tree. Each command group lives in its own file under commands/. */
export function createProgram(): Command {
  const program = new Command("skillgraph")
    .description(
      "Resumes and job descriptions grounded in a skill–occupation graph (ESCO, O*NET): parse, link skills, match, explain, edit, generate, recommend.",
    )
    .version("0.1.0")
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) })
    .exitOverride((error) => {
      // commander's own usage errors follow the exit-code contract: 2 for bad usage.
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") process.exit(0);
      process.exit(error.exitCode === 0 ? 0 : 2);
    });
  registerServeCommand(program);
  registerSkillsCommand(program);
  registerTitleCommand(program);
  registerGraphCommand(program);
  registerParseCommand(program);
  registerEvalCommand(program);
  registerGenerateCommand(program);
  registerDatasetCommand(program);
  registerTrainCommand(program);
  registerRecommendCommand(program);
  registerMatchCommand(program);
  registerRankCommand(program);
  registerEditCommand(program);
  return program;
}
