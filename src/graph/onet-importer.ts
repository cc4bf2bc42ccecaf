import { addCrosswalkRows, onetOccupationId, readCrosswalk } from "./crosswalk-importer.js";
import type { CsvRow } from "./csv-table.js";
import { countSkipped, createImportSummary, type ImportSummary, slugify } from "./import-summary.js";
import type { Occupation, Relation, Skill } from "./model.js";
import { onetCodeOf, readOnetTables } from "./onet-tables.js";
import type { SkillGraph } from "./skill-graph.js";

export const ONET_SOURCE = "onet";

export interface OnetImportOptions {
  /** Nesta ESCO ↔ O*NET crosswalk CSV to import after O*NET; default none. */
  crosswalkPath?: string;
  /** Folder holding Skills.txt / Knowledge.txt when not in the main folder (e.g. onet-29.3). */
  skillsFolder?: string;
  /** Keep Skills/Knowledge edges with importance (IM, 1–5) at or above this; default 3.0. */
  importanceThreshold?: number;
  /** Importance at or above which such an edge is "essential" (else "optional"); default 3.5. */
  essentialImportance?: number;
}

const RELATEDNESS_WEIGHT: Record<string, number> = {
  "Primary-Short": 1,
  "Primary-Long": 0.75,
  Supplemental: 0.5,
};

/** Graph id of an O*NET technology skill: `onet:tech:<slug of the Example>`. */
export function onetTechnologyId(example: string): string {
  return `onet:tech:${slugify(example)}`;
}

/**
 * Import the O*NET text database. Occupations `onet:<SOC>` get Alternate Titles and Sample of
 * Reported Titles as alternative labels and Task Statements as `tasks`. Technology Skills become
 * skills `onet:tech:<slug>` (type technology, hot-technology flag) with an occupation-skill edge
 * (relation optional; weight 1 when hot, else 0.5) and a skill-broader edge to their commodity
 * `onet:commodity:<code>` (also a technology skill). Skills.txt and Knowledge.txt (IM scale) become
 * `onet:element:<id>` skills with edges weighted importance / 5, kept at importance ≥ 3.0 and
 * essential at ≥ 3.5 (options). Related Occupations become occupation-related edges (Primary-Short
 * 1, Primary-Long 0.75, Supplemental 0.5). All files (and the crosswalk) are read and checked
 * before the graph is touched, so bad input leaves `graph` unchanged.
 */
export function importOnet(
  graph: SkillGraph,
  folder: string,
  options: OnetImportOptions = {},
): ImportSummary {
  const tables = readOnetTables(folder, options.skillsFolder);
  const crosswalkRows =
    options.crosswalkPath === undefined ? undefined : readCrosswalk(options.crosswalkPath);
  const summary = createImportSummary();
  summary.missingFiles.push(...tables.missingFiles);
  const labels = new Map<string, string[]>();
  const tasks = new Map<string, string[]>();
  for (const row of tables.alternateTitles) {
    pushLabel(labels, onetCodeOf(row), row["Alternate Title"]);
    const short = row["Short Title"]?.trim();
    if (short && short !== "n/a") pushLabel(labels, onetCodeOf(row), short);
  }
  for (const row of tables.reportedTitles) pushLabel(labels, onetCodeOf(row), row["Reported Job Title"]);
  for (const row of tables.taskStatements) pushLabel(tasks, onetCodeOf(row), row.Task);
  for (const row of tables.occupationData) {
    const code = onetCodeOf(row);
    const preferredLabel = row.Title?.trim() ?? "";
    if (!code || !preferredLabel) {
      countSkipped(summary, "occupation without code or title");
      continue;
    }
    const occupation: Occupation = {
      id: onetOccupationId(code),
      source: ONET_SOURCE,
      preferredLabel,
      altLabels: [...new Set(labels.get(code) ?? [])].filter((label) => label !== preferredLabel),
      hiddenLabels: [],
      description: row.Description?.trim() ?? "",
      onetCode: code,
    };
    const taskList = tasks.get(code);
    if (taskList) occupation.tasks = [...new Set(taskList)];
    graph.addOccupation(occupation);
    summary.occupations++;
  }
  addTechnologySkills(graph, tables.technologySkills, summary);
  const descriptions = new Map(
    tables.contentModel.map((row) => [row["Element ID"] ?? "", row.Description ?? ""]),
  );
  const threshold = options.importanceThreshold ?? 3;
  const essentialAt = options.essentialImportance ?? 3.5;
  addElementEdges(graph, tables.skills, "skill", { threshold, essentialAt, descriptions, summary });
  addElementEdges(graph, tables.knowledge, "knowledge", { threshold, essentialAt, descriptions, summary });
  for (const row of tables.relatedOccupations) {
    const from = onetOccupationId(onetCodeOf(row));
    const to = onetOccupationId(row["Related O*NET-SOC Code"]?.trim() ?? "");
    if (!graph.kindOf(from) || !graph.kindOf(to)) {
      countSkipped(summary, "related occupation not in Occupation Data");
      continue;
    }
    const weight = RELATEDNESS_WEIGHT[row["Relatedness Tier"]?.trim() ?? ""] ?? 0.5;
    graph.addEdge({ kind: "occupation-related", from, to, weight, source: ONET_SOURCE });
    summary.edges++;
  }
  if (crosswalkRows) {
    const crosswalk = addCrosswalkRows(graph, crosswalkRows);
    summary.edges += crosswalk.edges;
    for (const [reason, count] of Object.entries(crosswalk.skipped))
      countSkipped(summary, `crosswalk: ${reason}`, count);
    Object.assign(summary.notes, crosswalk.notes);
  }
  return summary;
}

function addTechnologySkills(graph: SkillGraph, rows: CsvRow[], summary: ImportSummary): void {
  for (const row of rows) {
    const occupationId = onetOccupationId(onetCodeOf(row));
    const example = row.Example?.trim() ?? "";
    if (!example || !slugify(example) || graph.kindOf(occupationId) !== "occupation") {
      countSkipped(summary, "technology skill without example or known occupation");
      continue;
    }
    const hot = row["Hot Technology"]?.trim() === "Y";
    const skill: Skill = {
      id: onetTechnologyId(example),
      source: ONET_SOURCE,
      preferredLabel: example,
      altLabels: [],
      hiddenLabels: [],
      type: "technology",
      description: row["Commodity Title"]?.trim() ?? "",
    };
    if (hot) skill.hotTechnology = true;
    if (!graph.getSkill(skill.id)) summary.skills++;
    graph.addSkill(skill);
    const stored = graph.getSkill(skill.id);
    if (hot && stored) stored.hotTechnology = true;
    graph.addEdge({
      kind: "occupation-skill",
      from: occupationId,
      to: skill.id,
      relation: "optional",
      weight: hot ? 1 : 0.5,
      source: ONET_SOURCE,
    });
    summary.edges++;
    const commodityCode = row["Commodity Code"]?.trim() ?? "";
    const commodityTitle = row["Commodity Title"]?.trim() ?? "";
    if (!commodityCode || !commodityTitle) continue;
    const commodityId = `onet:commodity:${commodityCode}`;
    if (!graph.getSkill(commodityId)) summary.skills++;
    graph.addSkill({
      id: commodityId,
      source: ONET_SOURCE,
      preferredLabel: commodityTitle,
      altLabels: [],
      hiddenLabels: [],
      type: "technology",
      description: "",
    });
    if (commodityId !== skill.id) {
      graph.addEdge({
        kind: "skill-broader",
        from: skill.id,
        to: commodityId,
        weight: 1,
        source: ONET_SOURCE,
      });
      summary.edges++;
    }
  }
}

interface ElementContext {
  threshold: number;
  essentialAt: number;
  descriptions: Map<string, string>;
  summary: ImportSummary;
}

function addElementEdges(
  graph: SkillGraph,
  rows: CsvRow[],
  type: "skill" | "knowledge",
  context: ElementContext,
): void {
  const { summary } = context;
  for (const row of rows) {
    if (row["Scale ID"]?.trim() !== "IM") continue;
    const importance = Number.parseFloat(row["Data Value"] ?? "");
    if (!Number.isFinite(importance) || importance < context.threshold) continue;
    if (row["Recommend Suppress"]?.trim() === "Y") {
      countSkipped(summary, `${type} rating flagged "recommend suppress"`);
      continue;
    }
    const occupationId = onetOccupationId(onetCodeOf(row));
    if (graph.kindOf(occupationId) !== "occupation") {
      countSkipped(summary, `${type} rating for an occupation not in Occupation Data`);
      continue;
    }
    const elementId = row["Element ID"]?.trim() ?? "";
    const id = `onet:element:${elementId}`;
    if (!graph.getSkill(id)) summary.skills++;
    graph.addSkill({
      id,
      source: ONET_SOURCE,
      preferredLabel: row["Element Name"]?.trim() ?? elementId,
      altLabels: [],
      hiddenLabels: [],
      type,
      description: context.descriptions.get(elementId) ?? "",
    });
    const relation: Relation = importance >= context.essentialAt ? "essential" : "optional";
    const weight = Math.round((importance / 5) * 1000) / 1000;
    graph.addEdge({
      kind: "occupation-skill",
      from: occupationId,
      to: id,
      relation,
      weight,
      source: ONET_SOURCE,
    });
    summary.edges++;
  }
}

function pushLabel(index: Map<string, string[]>, code: string, value: string | undefined): void {
  const label = value?.trim();
  if (!code || !label) return;
  const list = index.get(code);
  if (list) list.push(label);
  else index.set(code, [label]);
}
