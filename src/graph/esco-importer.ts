import { SkillgraphError } from "../core/errors.js";
import { type CsvRow, readCsvTable } from "./csv-table.js";
import { type DataFile, listDataFiles, requireDataFile } from "./data-files.js";
import { countSkipped, createImportSummary, type ImportSummary } from "./import-summary.js";
import type { Edge, Occupation, Skill, SkillType } from "./model.js";
import type { SkillGraph } from "./skill-graph.js";

export const ESCO_SOURCE = "esco";

const ESCO_FILES = {
  occupations: /^occupations_[a-z]{2,3}\.csv$/,
  skills: /^skills_[a-z]{2,3}\.csv$/,
  occupationSkill: /^occupationSkillRelations(_[a-z]{2,3})?\.csv$/,
  broaderOccupation: /^broaderRelationsOccPillar(_[a-z]{2,3})?\.csv$/,
  broaderSkill: /^broaderRelationsSkillPillar(_[a-z]{2,3})?\.csv$/,
  skillSkill: /^skillSkillRelations(_[a-z]{2,3})?\.csv$/,
};

interface EscoTables {
  occupations: CsvRow[];
  skills: CsvRow[];
  occupationSkill: CsvRow[];
  broaderOccupation: CsvRow[];
  broaderSkill: CsvRow[];
  skillSkill: CsvRow[];
}

/**
 * Import the ESCO CSV download: the language zip plus the language-neutral relations zip in one
 * folder, one of those zips, or an unzipped folder. Every file is read and validated before the
 * graph is touched, so bad input leaves `graph` unchanged.
 *
 * Stored: occupations (ISCO unit group, ESCO code, alt/hidden labels), skills (type from skillType:
 * skill/competence → skill, knowledge → knowledge; reuse level), occupation→skill essential/optional
 * edges (weight 1), occupation→occupation and skill→skill broader edges, skillSkillRelations as
 * skill-related edges. ISCO groups and ESCO skill groups are not nodes: an occupation keeps its ISCO
 * code in `iscoGroup`, a skill keeps the URIs of the skill groups above it in `groups`.
 */
export function importEsco(graph: SkillGraph, path: string): ImportSummary {
  const tables = readEscoTables(path);
  return addEscoTables(graph, tables);
}

function readEscoTables(path: string): EscoTables {
  const patterns = Object.values(ESCO_FILES);
  const files = listDataFiles(path, (name) => patterns.some((pattern) => pattern.test(name)));
  if (files.length === 0) {
    throw new SkillgraphError("BAD_ARCHIVE", `${path}: contains no ESCO CSV files (occupations_en.csv, …)`);
  }
  const table = (pattern: RegExp, display: string, columns: string[]): CsvRow[] => {
    const file: DataFile = requireDataFile(files, pattern, display, path);
    return readCsvTable(file.read(), file.label, columns);
  };
  return {
    occupations: table(ESCO_FILES.occupations, "occupations_en.csv", [
      "conceptUri",
      "iscoGroup",
      "preferredLabel",
      "altLabels",
      "hiddenLabels",
      "description",
      "code",
    ]),
    skills: table(ESCO_FILES.skills, "skills_en.csv", [
      "conceptUri",
      "skillType",
      "reuseLevel",
      "preferredLabel",
      "altLabels",
      "hiddenLabels",
      "description",
    ]),
    occupationSkill: table(ESCO_FILES.occupationSkill, "occupationSkillRelations.csv", [
      "occupationUri",
      "relationType",
      "skillUri",
    ]),
    broaderOccupation: table(ESCO_FILES.broaderOccupation, "broaderRelationsOccPillar.csv", [
      "conceptType",
      "conceptUri",
      "broaderType",
      "broaderUri",
    ]),
    broaderSkill: table(ESCO_FILES.broaderSkill, "broaderRelationsSkillPillar.csv", [
      "conceptType",
      "conceptUri",
      "broaderType",
      "broaderUri",
    ]),
    skillSkill: table(ESCO_FILES.skillSkill, "skillSkillRelations.csv", [
      "originalSkillUri",
      "relationType",
      "relatedSkillUri",
    ]),
  };
}

function addEscoTables(graph: SkillGraph, tables: EscoTables): ImportSummary {
  const summary = createImportSummary();
  const skip = (reason: string) => countSkipped(summary, reason);
  const groupsBySkill = new Map<string, string[]>();
  for (const row of tables.broaderSkill) {
    if (row.conceptType === "KnowledgeSkillCompetence" && row.broaderType === "SkillGroup") {
      const list = groupsBySkill.get(row.conceptUri ?? "") ?? [];
      list.push(row.broaderUri ?? "");
      groupsBySkill.set(row.conceptUri ?? "", list);
    }
  }
  for (const row of tables.occupations) {
    const occupation = escoOccupation(row);
    if (!occupation) skip("occupation without uri or label");
    else {
      graph.addOccupation(occupation);
      summary.occupations++;
    }
  }
  for (const row of tables.skills) {
    const skill = escoSkill(row, groupsBySkill.get(row.conceptUri ?? ""));
    if (!skill) skip("skill without uri or label");
    else {
      graph.addSkill(skill);
      summary.skills++;
    }
  }
  const addEdge = (edge: Edge, reason: string) => {
    if (!graph.kindOf(edge.from) || !graph.kindOf(edge.to)) return skip(reason);
    graph.addEdge(edge);
    summary.edges++;
  };
  for (const row of tables.occupationSkill) {
    const relation = row.relationType === "optional" ? "optional" : "essential";
    const edge: Edge = {
      kind: "occupation-skill",
      from: row.occupationUri ?? "",
      to: row.skillUri ?? "",
      relation,
      weight: 1,
      source: ESCO_SOURCE,
    };
    addEdge(edge, "occupation-skill relation naming an unknown concept");
  }
  // Broader relations between two concepts of the same pillar (ISCO and skill groups are not nodes).
  const broader = [
    [tables.broaderOccupation, "Occupation", "occupation-broader", "broader occupation"],
    [tables.broaderSkill, "KnowledgeSkillCompetence", "skill-broader", "broader skill"],
  ] as const;
  for (const [rows, conceptType, kind, what] of broader) {
    for (const row of rows) {
      if (row.conceptType !== conceptType || row.broaderType !== conceptType) continue;
      addEdge(
        { kind, from: row.conceptUri ?? "", to: row.broaderUri ?? "", weight: 1, source: ESCO_SOURCE },
        `${what} naming an unknown concept`,
      );
    }
  }
  for (const row of tables.skillSkill) {
    const relation = row.relationType === "essential" ? "essential" : "optional";
    addEdge(
      {
        kind: "skill-related",
        from: row.originalSkillUri ?? "",
        to: row.relatedSkillUri ?? "",
        relation,
        weight: 1,
        source: ESCO_SOURCE,
      },
      "skill relation naming an unknown concept",
    );
  }
  return summary;
}

/** Split an ESCO label cell (one label per line), trimmed, de-duplicated, without `exclude`. */
export function splitLabels(cell: string | undefined, exclude = ""): string[] {
  const labels = (cell ?? "").split(/\r?\n/).map((label) => label.trim());
  return [...new Set(labels)].filter((label) => label !== "" && label !== exclude);
}

function escoOccupation(row: CsvRow): Occupation | undefined {
  const id = row.conceptUri?.trim() ?? "";
  const preferredLabel = row.preferredLabel?.trim() ?? "";
  if (!id || !preferredLabel) return undefined;
  const occupation: Occupation = {
    id,
    source: ESCO_SOURCE,
    preferredLabel,
    altLabels: splitLabels(row.altLabels, preferredLabel),
    hiddenLabels: splitLabels(row.hiddenLabels, preferredLabel),
    description: row.description?.trim() ?? "",
  };
  if (row.iscoGroup) occupation.iscoGroup = row.iscoGroup.trim();
  if (row.code) occupation.escoCode = row.code.trim();
  return occupation;
}

function escoSkill(row: CsvRow, groups: string[] | undefined): Skill | undefined {
  const id = row.conceptUri?.trim() ?? "";
  const preferredLabel = row.preferredLabel?.trim() ?? "";
  if (!id || !preferredLabel) return undefined;
  const skill: Skill = {
    id,
    source: ESCO_SOURCE,
    preferredLabel,
    altLabels: splitLabels(row.altLabels, preferredLabel),
    hiddenLabels: splitLabels(row.hiddenLabels, preferredLabel),
    type: escoSkillType(row.skillType),
    description: row.description?.trim() ?? "",
  };
  if (row.reuseLevel) skill.reuseLevel = row.reuseLevel.trim();
  if (groups && groups.length > 0) skill.groups = [...new Set(groups)];
  return skill;
}

function escoSkillType(value: string | undefined): SkillType {
  if (value === "skill/competence") return "skill";
  if (value === "knowledge") return "knowledge";
  return "unknown";
}
