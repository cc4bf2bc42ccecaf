import type { LanguageModel } from "../llm/language-model.js";
import { redactPersonalData } from "../llm/redact.js";
import type { MatchReport } from "./match-report.js";

export interface ExplainWithLanguageModelOptions {
  /** Upper bound on generated tokens. Default 300. */
  maxTokens?: number;
  /** Default 0.2. */
  temperature?: number;
  signal?: AbortSignal;
}

/**
 * Optional prose explanation written by a language model from the verdicts only (never the resume
 * text): requirement, verdict and reason, redacted of personal data before they leave the process.
 * The verdict-built `report.explanation` stays the source of truth.
 */
export async function explainWithLanguageModel(
  report: MatchReport,
  model: LanguageModel,
  options: ExplainWithLanguageModelOptions = {},
): Promise<string> {
  const facts = report.requirements
    .map((requirement) => `- [${requirement.verdict}] ${requirement.text} — ${requirement.reason}`)
    .join("\n");
  const score =
    report.score === null ? "no score" : `score ${Math.round(report.score * 100)}% (${report.decision})`;
  const prompt = redactPersonalData(
    `Job: ${report.jobTitle || "(untitled)"}; ${score}.\nRequirement verdicts:\n${facts}\n\n` +
      "Write 3–5 plain sentences for the candidate: what matches, what is missing, and what they could honestly do next. Use only the facts above.",
  );
  const result = await model.generate({
    messages: [
      { role: "system", content: "You explain resume–job matches. Never invent facts beyond those given." },
      { role: "user", content: prompt },
    ],
    maxTokens: options.maxTokens ?? 300,
    temperature: options.temperature ?? 0.2,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return result.text.trim();
}
