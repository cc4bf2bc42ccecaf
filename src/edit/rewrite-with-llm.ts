import type { LanguageModel } from "../llm/language-model.js";
import { redactPersonalData } from "../llm/redact.js";
import { unifiedDiff } from "./unified-diff.js";
import { type UnsupportedClaim, verifyEdit } from "./verify-edit.js";

export interface RewriteWithLanguageModelOptions {
  /**
   * What to do with unsupported claims in the model's rewrite: "remove" drops every line that
   * holds one (default); "flag" keeps them and marks each line with "[UNSUPPORTED: …]".
   */
  unsupported?: "remove" | "flag";
  maxTokens?: number;
  temperature?: number;
  signal?: AbortSignal;
}

export interface LanguageModelRewrite {
  /** The checked rewrite (personal data stays redacted: placeholders such as [NAME], [EMAIL]). */
  text: string;
  diff: string;
  /** Claims the model added that the resume does not support (removed or flagged). */
  unsupported: UnsupportedClaim[];
}

/**
 * Let a language model rewrite a resume toward a job, then hold the rewrite to the same claim
 * check as `proposeEdits`: personal data is redacted before the text leaves the process, and every
 * skill, employer, title, date, year count or degree the original does not support is removed or
 * flagged.
 */
export async function rewriteWithLanguageModel(
  resumeText: string,
  jobText: string,
  model: LanguageModel,
  options: RewriteWithLanguageModelOptions = {},
): Promise<LanguageModelRewrite> {
  const original = redactPersonalData(resumeText);
  const result = await model.generate({
    messages: [
      {
        role: "system",
        content:
          "You edit resumes toward a job description. Reword, reorder and surface what the resume already shows. " +
          "Never add a skill, employer, job title, date, number of years or degree that the resume does not state. " +
          "Reply with the full edited resume only.",
      },
      { role: "user", content: `Job description:\n${redactPersonalData(jobText)}\n\nResume:\n${original}` },
    ],
    maxTokens: options.maxTokens ?? 2000,
    temperature: options.temperature ?? 0.2,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const rewrite = result.text.replace(/^```\w*\n?|\n?```\s*$/g, "").trim();
  const { unsupported } = verifyEdit(original, rewrite);
  const lines = rewrite.split("\n");
  let offset = 0;
  const kept: string[] = [];
  for (const line of lines) {
    const end = offset + line.length;
    const claims = unsupported.filter((claim) => claim.start >= offset && claim.start <= end);
    if (claims.length === 0) kept.push(line);
    else if (options.unsupported === "flag") {
      kept.push(
        `${line} [UNSUPPORTED: ${claims.map((claim) => `${claim.kind} "${claim.text}"`).join(", ")}]`,
      );
    }
    offset = end + 1;
  }
  const text = kept.join("\n");
  return {
    text,
    diff: unifiedDiff(original, text, { fromName: "resume", toName: "resume (LLM rewrite)" }),
    unsupported,
  };
}
