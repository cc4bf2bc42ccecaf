import type { Command } from "commander";
import { writeFileAtomic } from "../../core/atomic-write.js";
import { type EditProposal, proposeEdits } from "../../edit/propose-edits.js";
import { rewriteWithLanguageModel } from "../../edit/rewrite-with-llm.js";
import { printJson } from "../context.js";
import { runAction } from "../run-action.js";
import {
  createCliMatcher,
  languageModelFromOptions,
  type MatcherCliOptions,
  readDocumentText,
} from "./match.js";

interface EditCommandOptions extends MatcherCliOptions {
  json?: boolean;
  out?: string;
  llmBaseUrl?: string;
  llmModel?: string;
  flagUnsupported?: boolean;
}

/** `skillgraph edit RESUME JOB`: honest edits as a diff, plus the gaps left for the person. */
export function registerEditCommand(program: Command): Command {
  return program
    .command("edit <resume> <job>")
    .description("propose resume edits toward a job as a diff; never adds a fact the resume does not support")
    .option("--json", "print {diff, edits, gaps, verification} as JSON")
    .option("--out <file>", "also write the edited resume text to FILE")
    .option("--graph <file>", "skill graph snapshot (default: the home's graph, when imported)")
    .option("--model <file>", "matcher model (default: the shipped models/matcher.json)")
    .option("--no-link", "do not link skills through the graph")
    .option("--llm-base-url <url>", "OpenAI-compatible server: also ask an LLM for a rewrite (claim-checked)")
    .option("--llm-model <name>", "model name on that server")
    .option("--flag-unsupported", "keep the LLM's unsupported claims, marked, instead of removing them")
    .action(
      runAction(async (resumePath: string, jobPath: string, options: EditCommandOptions) => {
        const [resumeText, jobText] = await Promise.all([
          readDocumentText(resumePath),
          readDocumentText(jobPath),
        ]);
        const proposal = proposeEdits(resumeText, jobText, { matcher: createCliMatcher(options) });
        const languageModel = languageModelFromOptions(options);
        const rewrite = languageModel
          ? await rewriteWithLanguageModel(resumeText, jobText, languageModel, {
              unsupported: options.flagUnsupported ? "flag" : "remove",
            })
          : undefined;
        if (options.out) writeFileAtomic(options.out, rewrite ? rewrite.text : proposal.editedText);
        if (options.json) {
          printJson({ ...proposal, ...(rewrite ? { llmRewrite: rewrite } : {}) });
          return;
        }
        process.stdout.write(formatProposal(proposal));
        if (rewrite) {
          process.stdout.write(
            `\nLLM rewrite (${rewrite.unsupported.length} unsupported claim(s) handled):\n${rewrite.diff}`,
          );
        }
      }),
    );
}

/** The proposal as text: the diff, what each edit cites, and the gaps. */
export function formatProposal(proposal: EditProposal): string {
  const lines: string[] = [];
  lines.push(proposal.diff === "" ? "No edits to propose." : proposal.diff.trimEnd());
  if (proposal.edits.length > 0) {
    lines.push("", "Edits:");
    for (const edit of proposal.edits) {
      lines.push(`  - ${edit.description}`);
      for (const cite of edit.cites)
        lines.push(
          `      cites resume [${cite.start}, ${cite.end}): "${cite.quote.replace(/\s+/g, " ").trim()}"`,
        );
    }
  }
  if (proposal.gaps.length > 0) {
    lines.push("", "Gaps (not added — confirm only if true):");
    for (const gap of proposal.gaps)
      lines.push(`  - [${gap.verdict}] ${gap.requirement.replace(/\s+/g, " ").trim()} — ${gap.reason}`);
  }
  return `${lines.join("\n")}\n`;
}
