import { type Command, Option } from "commander";
import { SkillgraphError } from "../../core/errors.js";
import { readRjdbJsonl } from "../../datasets/rjdb-row.js";
import { sampleContext } from "../../graph/context-sampler.js";
import { describeNode, type NodeDescription } from "../../graph/describe-node.js";
import { importEsco } from "../../graph/esco-importer.js";
import { findNode } from "../../graph/find-node.js";
import { graphStats } from "../../graph/graph-stats.js";
import type { ImportSummary } from "../../graph/import-summary.js";
import { induceFromDataset } from "../../graph/induce.js";
import type { NodeKind } from "../../graph/model.js";
import { occupationSimilarity } from "../../graph/occupation-similarity.js";
import { skillsOfOccupation } from "../../graph/occupation-skills.js";
import { importOnet } from "../../graph/onet-importer.js";
import { relatedSkills } from "../../graph/related-skills.js";
import { searchGraph } from "../../graph/search-graph.js";
import type { SkillGraph } from "../../graph/skill-graph.js";
import { skillSimilarity } from "../../graph/skill-similarity.js";
import { loadGraphOrEmpty, loadGraphSnapshot, saveGraphSnapshot } from "../../graph/snapshot.js";
import { type GlobalOptions, graphPathFor, printJson } from "../context.js";
import { runAction } from "../run-action.js";

interface JsonOption extends GlobalOptions {
  json?: boolean;
}

const out = (line = "") => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);

/** `skillgraph graph …`: import, induce and query the skill–occupation graph. */
export function registerGraphCommand(program: Command): Command {
  const graph = program.command("graph").description("import, induce and query the skill–occupation graph");
  const importCommand = graph.command("import").description("import ESCO or O*NET into the graph");
  withGraph(importCommand.command("esco <path>"))
    .description(
      "import the ESCO CSV download (the language + relations zips, one zip, or an unzipped folder)",
    )
    .action(
      runAction((path: string, options: GlobalOptions) =>
        importInto(options, (target) => importEsco(target, path), "ESCO"),
      ),
    );
  withGraph(importCommand.command("onet <folder>"))
    .description("import the O*NET text database folder")
    .option(
      "--crosswalk <file>",
      "Nesta ESCO ↔ O*NET crosswalk CSV (links O*NET to imported ESCO occupations)",
    )
    .option("--onet-skills <dir>", "folder with Skills.txt / Knowledge.txt when not in <folder>")
    .action(
      runAction((folder: string, options: GlobalOptions & { crosswalk?: string; onetSkills?: string }) =>
        importInto(
          options,
          (target) =>
            importOnet(target, folder, {
              ...(options.crosswalk ? { crosswalkPath: options.crosswalk } : {}),
              ...(options.onetSkills ? { skillsFolder: options.onetSkills } : {}),
            }),
          "O*NET",
        ),
      ),
    );
  withGraph(graph.command("induce <dataset>"))
    .description("build or extend the graph from RJDB-format JSONL rows (co-occurrence edges)")
    .action(
      runAction((dataset: string, options: GlobalOptions) => {
        const rows = readRjdbJsonl(dataset);
        importInto(options, (target) => induceFromDataset(target, rows), `${rows.length} dataset rows`);
      }),
    );
  withGraph(graph.command("stats"))
    .description("counts of occupations, skills and relations, sources and attribution")
    .option("--json", "print JSON")
    .action(
      runAction((options: JsonOption) => {
        const stats = graphStats(loadGraphSnapshot(graphPathFor(options)));
        if (options.json) return printJson(stats);
        out(`occupations: ${stats.occupations}`);
        out(
          `skills: ${stats.skills} (${Object.entries(stats.skillsByType)
            .map(([type, count]) => `${type} ${count}`)
            .join(", ")})`,
        );
        out(`relations: ${stats.relations} (occupation–skill ${stats.occupationSkillRelations})`);
        for (const [kind, count] of Object.entries(stats.edgesByKind)) out(`  ${kind}: ${count}`);
        out(`sources: ${stats.sources.join(", ")}`);
        for (const line of stats.attribution) out(line);
      }),
    );
  withGraph(graph.command("show <idOrLabel>"))
    .description("show an occupation or skill: labels, description, skills / occupations")
    .option("--json", "print JSON")
    .action(
      runAction((idOrLabel: string, options: JsonOption) => {
        const description = describeNode(loadGraphSnapshot(graphPathFor(options)), idOrLabel);
        if (!description)
          throw new SkillgraphError("NOT_FOUND", `no occupation or skill matches "${idOrLabel}"`);
        if (options.json) printJson(description);
        else printDescription(description);
      }),
    );
  withGraph(graph.command("search <text>"))
    .description("search labels (case-, punctuation-insensitive, typo-tolerant)")
    .addOption(new Option("--kind <kind>", "only occupations or skills").choices(["occupation", "skill"]))
    .option("--limit <n>", "maximum results", "10")
    .option("--json", "print JSON")
    .action(
      runAction((text: string, options: JsonOption & { kind?: NodeKind; limit: string }) => {
        const hits = searchGraph(loadGraphSnapshot(graphPathFor(options)), text, {
          limit: positiveInteger(options.limit, "--limit"),
          ...(options.kind ? { kind: options.kind } : {}),
        });
        if (options.json) return printJson(hits);
        for (const hit of hits) {
          const matched = hit.matchedLabel === hit.label ? "" : ` (matched "${hit.matchedLabel}")`;
          out(`${hit.score.toFixed(3)}  ${hit.kind.padEnd(10)} ${hit.label}${matched}  ${hit.id}`);
        }
      }),
    );
  withGraph(graph.command("skills <occupation>"))
    .description("essential and optional skills of an occupation (id or label)")
    .option("--json", "print JSON")
    .action(
      runAction((occupation: string, options: JsonOption) => {
        const graphValue = loadGraphSnapshot(graphPathFor(options));
        const id = resolve(graphValue, occupation, "occupation");
        const skills = skillsOfOccupation(graphValue, id);
        if (options.json) return printJson({ occupation: id, ...skills });
        printSkillLists(skills.essential, skills.optional);
      }),
    );
  withGraph(graph.command("related <skill>"))
    .description("skills related to a skill (edges, hierarchy, co-occurrence)")
    .option("--limit <n>", "maximum results", "20")
    .option("--json", "print JSON")
    .action(
      runAction((skill: string, options: JsonOption & { limit: string }) => {
        const graphValue = loadGraphSnapshot(graphPathFor(options));
        const related = relatedSkills(graphValue, resolve(graphValue, skill, "skill"), {
          limit: positiveInteger(options.limit, "--limit"),
        });
        if (options.json) return printJson(related);
        for (const item of related)
          out(`${item.score.toFixed(3)}  ${item.reason.padEnd(13)} ${item.label}  ${item.id}`);
      }),
    );
  withGraph(graph.command("similarity <a> <b>"))
    .description("graph-derived similarity of two skills or two occupations (ids or labels)")
    .option("--json", "print JSON")
    .action(
      runAction((a: string, b: string, options: JsonOption) => {
        const graphValue = loadGraphSnapshot(graphPathFor(options));
        const first = findNode(graphValue, a);
        if (!first) throw new SkillgraphError("NOT_FOUND", `no occupation or skill matches "${a}"`);
        const secondId = resolve(graphValue, b, first.kind);
        const similarity =
          first.kind === "skill"
            ? skillSimilarity(graphValue, first.node.id, secondId)
            : occupationSimilarity(graphValue, first.node.id, secondId);
        const result = { kind: first.kind, a: first.node.id, b: secondId, ...similarity };
        if (options.json) return printJson(result);
        out(
          `${first.kind} similarity ${similarity.score.toFixed(4)} (overlap ${similarity.overlap}, hierarchy ${similarity.hierarchy}, shared ${similarity.shared})`,
        );
      }),
    );
  withGraph(graph.command("sample"))
    .description(
      "sample a generation context: occupation, skills, experience timeline (deterministic per seed)",
    )
    .requiredOption("--seed <n>", "random seed")
    .option("--occupation <idOrLabel>", "occupation to sample around")
    .option("--skills <k>", "number of skills")
    .option("--roles <n>", "number of roles, 1–5")
    .option("--end-year <year>", "year the latest role ends", "2023")
    .option("--json", "print JSON")
    .action(
      runAction(
        (
          options: JsonOption & {
            seed: string;
            occupation?: string;
            skills?: string;
            roles?: string;
            endYear: string;
          },
        ) => {
          const graphValue = loadGraphSnapshot(graphPathFor(options));
          const context = sampleContext(graphValue, {
            seed: /^\d+$/.test(options.seed) ? Number(options.seed) : options.seed,
            endYear: positiveInteger(options.endYear, "--end-year"),
            ...(options.occupation
              ? { occupationId: resolve(graphValue, options.occupation, "occupation") }
              : {}),
            ...(options.skills ? { skillCount: positiveInteger(options.skills, "--skills") } : {}),
            ...(options.roles ? { roleCount: positiveInteger(options.roles, "--roles") } : {}),
          });
          if (options.json) return printJson(context);
          out(`occupation: ${context.occupation.label}  ${context.occupation.id}`);
          out(`skills: ${context.skills.map((skill) => skill.label).join("; ")}`);
          for (const role of context.experiences)
            out(`  ${role.title} (${role.startYear} - ${role.endYear}, ${role.years} years)`);
        },
      ),
    );
  return graph;
}

function withGraph(command: Command): Command {
  return command.option("--graph <file>", "graph snapshot (default: $SKILLGRAPH_HOME/graph.sgraph)");
}

/** Load (or start) the graph, import into it, then save atomically: a failed import writes nothing. */
function importInto(options: GlobalOptions, apply: (graph: SkillGraph) => ImportSummary, what: string): void {
  const path = graphPathFor(options);
  const graph = loadGraphOrEmpty(path);
  const summary = apply(graph);
  saveGraphSnapshot(graph, path);
  note(
    `imported ${what}: ${summary.occupations} occupations, ${summary.skills} skills, ${summary.edges} edges`,
  );
  for (const [reason, count] of Object.entries(summary.skipped)) note(`  skipped ${count}: ${reason}`);
  for (const [text, count] of Object.entries(summary.notes)) note(`  ${text}: ${count}`);
  for (const file of summary.missingFiles) note(`  not found (skipped): ${file}`);
  const stats = graphStats(graph);
  out(
    `graph ${path}: ${stats.occupations} occupations, ${stats.skills} skills, ${stats.relations} relations`,
  );
}

function resolve(graph: SkillGraph, idOrLabel: string, kind: NodeKind): string {
  const found = findNode(graph, idOrLabel, { kind });
  if (!found) throw new SkillgraphError("NOT_FOUND", `no ${kind} matches "${idOrLabel}"`);
  return found.node.id;
}

function positiveInteger(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new SkillgraphError("BAD_USAGE", `${name} must be a positive integer, got "${value}"`);
  return number;
}

function printDescription(description: NodeDescription): void {
  const { node } = description;
  out(`${node.preferredLabel}  (${description.kind}, ${node.source})`);
  out(`id: ${node.id}`);
  if (description.kind === "occupation") {
    const codes = [
      description.node.iscoGroup ? `ISCO ${description.node.iscoGroup}` : "",
      description.node.escoCode ? `ESCO ${description.node.escoCode}` : "",
      description.node.onetCode ? `O*NET-SOC ${description.node.onetCode}` : "",
    ].filter(Boolean);
    if (codes.length > 0) out(`codes: ${codes.join(" · ")}`);
  } else
    out(
      `type: ${description.node.type}${description.node.reuseLevel ? ` · ${description.node.reuseLevel}` : ""}`,
    );
  if (node.altLabels.length > 0)
    out(`also: ${node.altLabels.slice(0, 12).join("; ")}${node.altLabels.length > 12 ? "; …" : ""}`);
  if (node.description) out(`\n${node.description}`);
  if (description.kind === "occupation") {
    out();
    printSkillLists(description.skills.essential, description.skills.optional);
    for (const link of description.links) out(`${link.relation}: ${link.label}  ${link.id}`);
  } else {
    out(`\noccupations (${description.occupations.length}):`);
    for (const link of description.occupations.slice(0, 25)) out(`  - ${link.label} (${link.relation})`);
    out(`related skills:`);
    for (const item of description.related) out(`  - ${item.label} (${item.reason} ${item.score})`);
  }
}

type Link = ReturnType<typeof skillsOfOccupation>["essential"][number];

function printSkillLists(essential: Link[], optional: Link[]): void {
  const direct = (links: Link[]) => links.filter((link) => link.via === undefined);
  const viaCrosswalk = [...essential, ...optional].filter((link) => link.via !== undefined);
  const print = (title: string, links: Link[]) => {
    if (links.length === 0) return;
    out(`${title} (${links.length}):`);
    for (const link of links)
      out(
        `  - ${link.label}${link.type === "technology" ? " [technology]" : ""}  (${link.source}, ${link.weight})`,
      );
  };
  print("essential skills", direct(essential));
  print("optional skills", direct(optional));
  const sources = [...new Set(viaCrosswalk.map((link) => link.via))].join(", ");
  print(`O*NET technology skills via crosswalk to ${sources}`, viaCrosswalk);
}
