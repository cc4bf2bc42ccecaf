import { generateObject } from "../llm/generate-object.js";
import type { LanguageModel } from "../llm/language-model.js";
import type { GenerateJobOptions, JobGenerator } from "./job-generator.js";
import { type CvProfile, type IdealJob, idealJobSchema, seniorityFromYears } from "./profiles.js";

export interface LlmJobGeneratorOptions {
  /** Sampling temperature for candidates after the first (the first is greedy); default 0.8. */
  temperature?: number;
  /** Upper bound on tokens per reply; default 400. */
  maxTokens?: number;
}

const SYSTEM_PROMPT =
  "You are a career advisor. Given a candidate's CV summary, write the job description that would suit " +
  "this person best: a realistic job title, the seniority, essential and optional skills, and a two-sentence " +
  "summary. Build on what the CV shows; do not invent credentials. Reply with JSON only.";

/**
 * LLM generator (GIRL's generator through the model layer): a prompted LLM, or a fine-tuned one
 * served OpenAI-compatibly. Candidate 1 is greedy (temperature 0); the rest are sampled with seeds.
 */
export function createLlmJobGenerator(
  model: LanguageModel,
  options: LlmJobGeneratorOptions = {},
): JobGenerator {
  return {
    name: "llm",
    async generate(profile: CvProfile, generateOptions: GenerateJobOptions = {}) {
      const count = generateOptions.count ?? 1;
      const seed = generateOptions.seed ?? 1;
      const jobs: IdealJob[] = [];
      for (let index = 0; index < count; index++) {
        const result = await generateObject(model, {
          schema: idealJobSchema,
          schemaName: "ideal_job",
          messages: [
            { role: "system", content: SYSTEM_PROMPT },
            { role: "user", content: cvPrompt(profile) },
          ],
          temperature: index === 0 ? 0 : (options.temperature ?? 0.8),
          seed: seed + index,
          maxTokens: options.maxTokens ?? 400,
        });
        jobs.push({ ...result.object, source: "llm" });
      }
      return jobs;
    },
  };
}

/** The user message describing a CV (titles, skills, years, duties excerpt). */
export function cvPrompt(profile: CvProfile): string {
  return [
    `Roles and positions of interest (most recent first): ${profile.titles.slice(0, 8).join("; ") || "none"}`,
    `Skills: ${profile.skills.slice(0, 30).join(", ") || "none listed"}`,
    `Years of experience: ${profile.years.toFixed(1)} (level: ${seniorityFromYears(profile.years)})`,
    `Duties: ${profile.text.slice(0, 1500) || "not described"}`,
  ].join("\n");
}
