import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { readDocumentFile } from "../../documents/read-document.js";
import { loadGraphOrEmpty } from "../../graph/snapshot.js";
import type { LanguageModel } from "../../llm/language-model.js";
import { createOpenAICompatible } from "../../llm/openai-compatible.js";
import { blindReport } from "../../match/blind-report.js";
import { createMatcher, type Matcher } from "../../match/create-matcher.js";
import { explainWithLanguageModel } from "../../match/explain-with-llm.js";
import type { MatchReport } from "../../match/match-report.js";
import { loadMatcherModel } from "../../match/matcher-model.js";
import { createSkillLinker } from "../../skills/skill-linker.js";
import { createTitleNormalizer } from "../../skills/title-normalizer.js";
import { graphPathFor, homeFromEnvironment, printJson } from "../context.js";
import { runAction } from "../run-action.js";

/** Options shared by match, rank and edit. */
export interface MatcherCliOptions {
  graph?: string;
  model?: string;
  /** commander's `--no-link`: false skips graph linking (faster, no partial credit via related skills). */
  link?: boolean;
}

/**
 * Build the matcher a command uses: the shipped (or `--model`) score model, and the graph at
 * `--graph` / the home default with its skill linker when the graph exists and `--no-link` is absent.
 */
export function createCliMatcher(options: MatcherCliOptions): Matcher {
  const model = options.model ? loadMatcherModel(options.model) : undefined;
  const graphPath = graphPathFor(options);
  if (options.link === false || !existsSync(graphPath)) return createMatcher({ model });
  const graph = loadGraphOrEmpty(graphPath);
  if (graph.skillCount === 0) return createMatcher({ model });
  const cacheDir = join(homeFromEnvironment(), "cache");
  const linker = createSkillLinker(graph, { cacheDir });
  const titleNormalizer = graph.occupationCount > 0 ? createTitleNormalizer(graph, { cacheDir }) : undefined;
  return createMatcher({ graph, model, linker, titleNormalizer });
}

/** An OpenAI-compatible model from `--llm-base-url`/`--llm-model` (key from SKILLGRAPH_LLM_API_KEY), or none. */
export function languageModelFromOptions(options: {
  llmBaseUrl?: string;
  llmModel?: string;
}): LanguageModel | undefined {
  if (!options.llmBaseUrl || !options.llmModel) return undefined;
  const apiKey = process.env.SKILLGRAPH_LLM_API_KEY;
  return createOpenAICompatible({
    baseURL: options.llmBaseUrl,
    model: options.llmModel,
    ...(apiKey ? { apiKey } : {}),
  });
}

/** Read a document file (PDF, DOCX, HTML, Markdown, text) to text. */
export async function readDocumentText(path: string): Promise<string> {
  return (await readDocumentFile(path)).text;
}

const MARK: Record<string, string> = {
  met: "[met]    ",
  partial: "[partial]",
  missing: "[missing]",
  unknown: "[unknown]",
};

/** The report as readable text. */
export function formatMatchReport(report: MatchReport): string {
  const lines: string[] = [];
  const score = report.score === null ? "unknown" : `${Math.round(report.score * 100)}%`;
  lines.push(`Score: ${score} — ${report.decision} (threshold ${Math.round(report.threshold * 100)}%)`);
  if (report.jobTitle) lines.push(`Job: ${report.jobTitle}`);
  for (const note of report.notes) lines.push(`Note: ${note}`);
  lines.push("", "Requirements:");
  for (const requirement of report.requirements) {
    lines.push(
      `  ${MARK[requirement.verdict]} ${requirement.kind.padEnd(15)} ${oneLine(requirement.text, 70)}`,
    );
    lines.push(`             ${oneLine(requirement.reason, 110)}`);
  }
  if (report.missingSkills.length > 0) lines.push("", `Missing skills: ${report.missingSkills.join("; ")}`);
  if (report.experienceGap.hasGap)
    lines.push(`Experience gap: ${report.experienceGap.yearsShort} year(s) short`);
  lines.push("", report.explanation);
  return `${lines.join("\n")}\n`;
}

function oneLine(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

interface MatchCommandOptions extends MatcherCliOptions {
  json?: boolean;
  blind?: boolean;
  llmBaseUrl?: string;
  llmModel?: string;
}

/** `skillgraph match RESUME JOB`: requirement-level report, score and explanation. */
export function registerMatchCommand(program: Command): Command {
  return program
    .command("match <resume> <job>")
    .description(
      "match a resume to a job description: verdict per requirement with evidence, score, explanation",
    )
    .option("--json", "print the report as JSON")
    .option("--blind", "hide names, e-mails, phones, addresses and URLs in the report")
    .option("--graph <file>", "skill graph snapshot (default: the home's graph, when imported)")
    .option("--model <file>", "matcher model (default: the shipped models/matcher.json)")
    .option("--no-link", "do not link skills through the graph")
    .option("--llm-base-url <url>", "OpenAI-compatible server for an optional prose explanation")
    .option("--llm-model <name>", "model name on that server")
    .action(
      runAction(async (resumePath: string, jobPath: string, options: MatchCommandOptions) => {
        const [resumeText, jobText] = await Promise.all([
          readDocumentText(resumePath),
          readDocumentText(jobPath),
        ]);
        const matcher = createCliMatcher(options);
        let report = matcher.match(resumeText, jobText);
        if (options.blind) report = blindReport(report);
        const languageModel = languageModelFromOptions(options);
        const prose = languageModel ? await explainWithLanguageModel(report, languageModel) : undefined;
        if (options.json) printJson(prose ? { ...report, llmExplanation: prose } : report);
        else process.stdout.write(formatMatchReport(report) + (prose ? `\n${prose}\n` : ""));
      }),
    );
}
