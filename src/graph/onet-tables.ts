import { existsSync } from "node:fs";
import { join } from "node:path";
import { SkillgraphError } from "../core/errors.js";
import { type CsvRow, readCsvTable } from "./csv-table.js";
import { type DataFile, listDataFiles } from "./data-files.js";

/** The O*NET text-database tables the importer reads (rows keyed by the files' headers). */
export interface OnetTables {
  occupationData: CsvRow[];
  alternateTitles: CsvRow[];
  reportedTitles: CsvRow[];
  technologySkills: CsvRow[];
  relatedOccupations: CsvRow[];
  taskStatements: CsvRow[];
  contentModel: CsvRow[];
  skills: CsvRow[];
  knowledge: CsvRow[];
  missingFiles: string[];
}

const CODE = "O*NET-SOC Code";
const ELEMENT_COLUMNS = [CODE, "Element ID", "Element Name", "Scale ID", "Data Value"];
const TABLES = {
  occupationData: { file: "Occupation Data.txt", columns: [CODE, "Title", "Description"] },
  alternateTitles: { file: "Alternate Titles.txt", columns: [CODE, "Alternate Title"] },
  reportedTitles: { file: "Sample of Reported Titles.txt", columns: [CODE, "Reported Job Title"] },
  technologySkills: {
    file: "Technology Skills.txt",
    columns: [CODE, "Example", "Commodity Code", "Commodity Title", "Hot Technology"],
  },
  relatedOccupations: {
    file: "Related Occupations.txt",
    columns: [CODE, "Related O*NET-SOC Code", "Relatedness Tier"],
  },
  taskStatements: { file: "Task Statements.txt", columns: [CODE, "Task"] },
  contentModel: {
    file: "Content Model Reference.txt",
    columns: ["Element ID", "Element Name", "Description"],
  },
  skills: { file: "Skills.txt", columns: ELEMENT_COLUMNS },
  knowledge: { file: "Knowledge.txt", columns: ELEMENT_COLUMNS },
} as const;
type TableName = keyof typeof TABLES;

/**
 * Read the O*NET tables from `folder` (tab-separated, unquoted, as O*NET distributes them; zips
 * are accepted too). Occupation Data.txt is required; the rest are optional and listed in
 * `missingFiles` when absent. Skills.txt and Knowledge.txt are looked up in `extraFolder` first,
 * then in `folder`.
 */
export function readOnetTables(folder: string, extraFolder?: string): OnetTables {
  if (!existsSync(folder)) throw new SkillgraphError("FILE_NOT_FOUND", `${folder}: no such O*NET folder`);
  const names = new Set<string>(Object.values(TABLES).map((table) => table.file));
  const mainFiles = listDataFiles(folder, (name) => names.has(name));
  let extraFiles: DataFile[] = [];
  if (extraFolder !== undefined) {
    if (!existsSync(extraFolder)) {
      throw new SkillgraphError(
        "FILE_NOT_FOUND",
        `${extraFolder}: no such folder for Skills.txt/Knowledge.txt`,
      );
    }
    extraFiles = listDataFiles(extraFolder, (name) => name === "Skills.txt" || name === "Knowledge.txt");
  }
  const missingFiles: string[] = [];
  const read = (name: TableName): CsvRow[] => {
    const { file, columns } = TABLES[name];
    const found =
      extraFiles.find((candidate) => candidate.name === file) ??
      mainFiles.find((candidate) => candidate.name === file);
    if (!found) {
      if (name === "occupationData") {
        throw new SkillgraphError(
          "FILE_NOT_FOUND",
          `${join(folder, file)}: not found (is this an O*NET folder?)`,
        );
      }
      missingFiles.push(file);
      return [];
    }
    return readCsvTable(found.read(), found.label, columns, { delimiter: "\t", quoted: false });
  };
  return {
    occupationData: read("occupationData"),
    alternateTitles: read("alternateTitles"),
    reportedTitles: read("reportedTitles"),
    technologySkills: read("technologySkills"),
    relatedOccupations: read("relatedOccupations"),
    taskStatements: read("taskStatements"),
    contentModel: read("contentModel"),
    skills: read("skills"),
    knowledge: read("knowledge"),
    missingFiles,
  };
}

/** The SOC code column of a row. */
export function onetCodeOf(row: CsvRow): string {
  return row[CODE]?.trim() ?? "";
}
