import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { SkillgraphError } from "../../core/errors.js";
import { loadGraphOrEmpty } from "../../graph/snapshot.js";
import { createSkillLinker } from "../../skills/skill-linker.js";
import type { SkillMention } from "../../skills/skill-mention.js";
import { type GlobalOptions, graphPathFor, homeFromEnvironment, printJson } from "../context.js";
import { addEmbedderOptions, type EmbedderOptions, embedderFromOptions } from "../embedder-options.js";
import { runAction } from "../run-action.js";

interface SkillsOptions extends GlobalOptions, EmbedderOptions {
  json?: boolean;
  dictionaryOnly?: boolean;
  rank?: string;
}

/** Largest input read from a file or stdin (bytes). */
const MAX_INPUT_BYTES = 4_000_000;

/** The word-vector cache folder of the CLI: SKILLGRAPH_HOME/cache. */
export function cliCacheDir(): string {
  return join(homeFromEnvironment(), "cache");
}

/** Read TEXT, a FILE path, or "-" for stdin. */
export function readTextArgument(input: string): string {
  if (input === "-") return decodeInput(readFileSync(0));
  if (input.length < 4096 && existsSync(input) && statSync(input).isFile()) {
    if (statSync(input).size > MAX_INPUT_BYTES) {
      throw new SkillgraphError("INPUT_TOO_LARGE", `${input} is larger than ${MAX_INPUT_BYTES} bytes`);
    }
    return decodeInput(readFileSync(input));
  }
  return input;
}

function decodeInput(bytes: Buffer): string {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new SkillgraphError("INPUT_TOO_LARGE", `input is larger than ${MAX_INPUT_BYTES} bytes`);
  return bytes.toString("utf8");
}

/** `skillgraph skills TEXT|FILE|-`: skill mentions with spans, graph ids, labels and scores. */
export function registerSkillsCommand(program: Command): void {
  const command = program
    .command("skills <input>")
    .description("find skill mentions in TEXT, a FILE, or stdin (-): spans, graph skill ids, labels, scores")
    .option("--graph <file>", "graph snapshot (default: the home graph; none = open-vocabulary only)")
    .option("--dictionary-only", "only verbatim graph labels (fast), no semantic linking")
    .option(
      "--rank <k>",
      "instead of mentions, rank the graph's skills for the whole text and print the top K",
    )
    .option("--json", "print the mentions as a JSON array");
  addEmbedderOptions(command).action(
    runAction(async (input: string, options: SkillsOptions) => {
      const text = readTextArgument(input);
      const embedder = embedderFromOptions(options);
      const linker = createSkillLinker(loadGraphOrEmpty(graphPathFor(options)), {
        cacheDir: cliCacheDir(),
        ...(embedder ? { embedder } : {}),
      });
      if (options.rank !== undefined) {
        const k = Number(options.rank);
        if (!Number.isInteger(k) || k < 1)
          throw new SkillgraphError("BAD_USAGE", "--rank needs a positive integer");
        const ranked = embedder
          ? (await linker.rankSkillsWithEmbeddings(text, k)).slice(0, k)
          : linker.rankSkills(text, k);
        if (options.json) printJson(ranked);
        else
          for (const [position, entry] of ranked.entries())
            process.stdout.write(
              `${position + 1}. ${entry.score.toFixed(3)} ${entry.label} <${entry.skillId}>\n`,
            );
        return;
      }
      if (embedder) throw new SkillgraphError("BAD_USAGE", "an embedding model is used with --rank");
      const mentions = options.dictionaryOnly ? linker.detectMentions(text) : linker.linkMentions(text);
      if (options.json) printJson(mentions);
      else printMentionTable(mentions);
    }),
  );
}

function printMentionTable(mentions: SkillMention[]): void {
  if (mentions.length === 0) {
    process.stdout.write("no skill mentions\n");
    return;
  }
  for (const mention of mentions) {
    const span = `${mention.start}-${mention.end}`.padEnd(11);
    const link = mention.openVocabulary ? "(open vocabulary)" : `${mention.label} <${mention.skillId}>`;
    process.stdout.write(
      `${span} ${mention.score.toFixed(2)} ${mention.source.padEnd(10)} ${JSON.stringify(mention.text)} → ${link}\n`,
    );
  }
}
