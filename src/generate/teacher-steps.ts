import type { z } from "zod";
import { isSkillgraphError, SkillgraphError } from "../core/errors.js";
import { generateObject } from "../llm/generate-object.js";
import {
  addUsage,
  type ChatMessage,
  type LanguageModel,
  type TokenUsage,
  ZERO_USAGE,
} from "../llm/language-model.js";
import type { GenerationContext } from "./generation-context.js";
import type { ContextReduction } from "./reduce-context.js";
import { renderJobDescription, renderResume } from "./render-documents.js";
import {
  explanationPrompt,
  jobDescriptionPrompt,
  matchedResumePrompt,
  unmatchedResumePrompt,
} from "./teacher-prompts.js";
import {
  explanationSchema,
  jobDescriptionSchema,
  resumeSchema,
  type TeacherExplanation,
  type TeacherResume,
} from "./teacher-schemas.js";

export interface TeacherStepOptions {
  /** Seed sent with every call (the row's seed). */
  seed: number;
  /** Cap on generated tokens per call; default 1500. */
  maxTokens?: number;
  /** Invalid-reply retries per step; default 2. */
  objectRetries?: number;
  temperature?: number;
  signal?: AbortSignal;
}

export interface TeacherDocuments {
  jobDescription: string;
  matchedResume: string;
  unmatchedResume: string;
  matched: TeacherResume;
  unmatched: TeacherResume;
  explanation: TeacherExplanation;
}

/** Calls, attempts and tokens spent on one row, whether or not it succeeded. */
export interface TeacherSpend {
  calls: number;
  attempts: number;
  usage: TokenUsage;
}

/** A step failed; `spend` still counts what was used so accounting stays exact. */
export class TeacherStepError extends SkillgraphError {
  readonly step: string;
  readonly spend: TeacherSpend;
  constructor(step: string, cause: SkillgraphError, spend: TeacherSpend) {
    super(cause.code, `${step}: ${cause.message}`, { details: { ...cause.details, step }, cause });
    this.step = step;
    this.spend = spend;
  }
}

/** Run the four teacher steps of RJDB for one context: JD, matched resume, unmatched resume, explanation. */
export async function writeWithTeacher(
  teacher: LanguageModel,
  context: GenerationContext,
  reduction: ContextReduction,
  options: TeacherStepOptions,
): Promise<{ documents: TeacherDocuments; spend: TeacherSpend }> {
  const spend: TeacherSpend = { calls: 0, attempts: 0, usage: ZERO_USAGE };
  const step = async <Schema extends z.ZodType>(name: string, schema: Schema, messages: ChatMessage[]) => {
    spend.calls++;
    try {
      const result = await generateObject(teacher, {
        schema,
        schemaName: name.replace(/-/g, "_"),
        messages,
        seed: options.seed,
        maxTokens: options.maxTokens ?? 1500,
        maxRetries: options.objectRetries ?? 2,
        ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      spend.attempts += result.attempts;
      spend.usage = addUsage(spend.usage, result.usage);
      return result.object;
    } catch (error) {
      const wrapped = isSkillgraphError(error)
        ? error
        : new SkillgraphError("LLM_ERROR", String(error), { cause: error });
      const attempts = wrapped.details.attempts;
      const usage = wrapped.details.usage as TokenUsage | undefined;
      spend.attempts += typeof attempts === "number" ? attempts : 1;
      if (usage) spend.usage = addUsage(spend.usage, usage);
      throw new TeacherStepError(name, wrapped, spend);
    }
  };

  const jd = await step("job-description", jobDescriptionSchema, jobDescriptionPrompt(context));
  const jobDescription = renderJobDescription(jd);
  const matched = await step("matched-resume", resumeSchema, matchedResumePrompt(context, jobDescription));
  const matchedResume = renderResume(matched);
  const unmatched = await step(
    "unmatched-resume",
    resumeSchema,
    unmatchedResumePrompt(context, reduction, matchedResume),
  );
  const unmatchedResume = renderResume(unmatched);
  const explanation = await step(
    "explanation",
    explanationSchema,
    explanationPrompt(jobDescription, reduction, unmatchedResume),
  );
  return {
    documents: { jobDescription, matchedResume, unmatchedResume, matched, unmatched, explanation },
    spend,
  };
}
