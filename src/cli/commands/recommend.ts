import { join } from "node:path";
import type { Command } from "commander";
import { readDocumentFile } from "../../documents/read-document.js";
import { loadGraphOrEmpty } from "../../graph/snapshot.js";
import type { Model } from "../../learn/model.js";
import { loadModel } from "../../learn/model-file.js";
import { createOpenAICompatible } from "../../llm/openai-compatible.js";
import { withRetry } from "../../llm/with-retry.js";
import { createGraphJobGenerator } from "../../recommend/graph-job-generator.js";
import type { JobGenerator } from "../../recommend/job-generator.js";
import { readJobPostings } from "../../recommend/job-postings-file.js";
import { createLlmJobGenerator } from "../../recommend/llm-job-generator.js";
import { recommendJobs } from "../../recommend/recommend-jobs.js";
import { resumeProfile } from "../../recommend/resume-profile.js";
import { type RewardModel, rewardModelFromFile } from "../../recommend/reward-model.js";
import type { TextEmbedder } from "../../recommend/text-embedder.js";
import { textEmbedderFor } from "../../recommend/text-embedder-choice.js";
import { graphPathFor, homeFromEnvironment, printJson } from "../context.js";
import { runAction } from "../run-action.js";
import { integerOption } from "./eval-job-views.js";

interface RecommendCommandOptions {
  jobs: string;
  generate?: boolean;
  json?: boolean;
  model?: string;
  graph?: string;
  top: string;
  llmBaseUrl?: string;
  llmModel?: string;
}

/** The ideal-job generator: an OpenAI-compatible LLM when --llm-base-url is given, else the graph. */
function generatorFor(options: RecommendCommandOptions): JobGenerator {
  if (!options.llmBaseUrl) return createGraphJobGenerator(loadGraphOrEmpty(graphPathFor(options)));
  const apiKey = process.env.SKILLGRAPH_LLM_API_KEY;
  const model = createOpenAICompatible({
    baseURL: options.llmBaseUrl,
    model: options.llmModel ?? "default",
    ...(apiKey ? { apiKey } : {}),
  });
  return createLlmJobGenerator(withRetry(model));
}

/** `skillgraph recommend RESUME --jobs JOBS.jsonl [--generate] [--json]`: ranked jobs with reasons. */
export function registerRecommendCommand(program: Command): void {
  program
    .command("recommend")
    .description("rank jobs for a resume with reasons; --generate also writes the ideal job (GIRL)")
    .argument("<resume>", "resume file (PDF, DOCX, HTML, Markdown or text)")
    .requiredOption("--jobs <file>", "jobs as JSON Lines: {id?, title, description?, skills?, city?, state?}")
    .option("--generate", "generate the ideal job from the graph and use it in ranking and reasons")
    .option("--model <file>", "a model from `train reward` or `train recommender`")
    .option("--graph <file>", "graph snapshot (default: the home graph)")
    .option("--top <n>", "jobs to show", "10")
    .option(
      "--llm-base-url <url>",
      "generate with an OpenAI-compatible LLM instead (key: SKILLGRAPH_LLM_API_KEY)",
    )
    .option("--llm-model <name>", "model name on that server")
    .option("--json", "print JSON")
    .action(
      runAction(async (resumePath: string, options: RecommendCommandOptions) => {
        const top = integerOption(options.top, "--top");
        const jobs = readJobPostings(options.jobs);
        const document = await readDocumentFile(resumePath);
        const profile = resumeProfile(document.text);
        let reward: RewardModel | undefined;
        let recommender: Model | undefined;
        let embedder: TextEmbedder | undefined;
        if (options.model) {
          const loaded = loadModel(options.model);
          if (loaded.name === "recommender") {
            recommender = loaded.model;
            const text = typeof loaded.extra.text === "string" ? loaded.extra.text : "hashed";
            embedder = textEmbedderFor(text, join(homeFromEnvironment(), "cache"));
          } else reward = rewardModelFromFile(loaded);
        }
        const generator = options.generate ? generatorFor(options) : undefined;
        const result = await recommendJobs(profile, jobs, {
          top,
          ...(reward ? { reward } : {}),
          ...(recommender ? { recommender } : {}),
          ...(embedder ? { embedder } : {}),
          ...(generator ? { generator } : {}),
        });
        if (options.json) {
          printJson({
            idealJob: result.idealJob ?? null,
            jobs: result.jobs.map((ranked) => ({
              id: ranked.job.id,
              title: ranked.job.title,
              score: ranked.score,
              reasons: ranked.reasons,
            })),
          });
          return;
        }
        if (options.generate) {
          const ideal = result.idealJob;
          process.stdout.write(
            ideal
              ? `Ideal job: ${ideal.title} (${ideal.seniority})\n  essential: ${ideal.essentialSkills.join(", ")}\n  optional: ${ideal.optionalSkills.join(", ")}\n\n`
              : "Ideal job: none (no occupation found for this resume in the graph)\n\n",
          );
        }
        result.jobs.forEach((ranked, index) => {
          process.stdout.write(
            `${index + 1}. ${ranked.job.title} [${ranked.job.id}] score ${ranked.score.toFixed(3)}\n`,
          );
          for (const reason of ranked.reasons) process.stdout.write(`   - ${reason}\n`);
        });
      }),
    );
}
