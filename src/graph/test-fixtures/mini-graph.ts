import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";
import { importEsco } from "../esco-importer.js";
import { importOnet } from "../onet-importer.js";
import { SkillGraph } from "../skill-graph.js";

/** Hand-made test inputs: a tiny ESCO folder, a tiny O*NET folder, Skills/Knowledge, a crosswalk. */
export const FIXTURES = dirname(fileURLToPath(import.meta.url));
export const ESCO_MINI = join(FIXTURES, "esco-mini");
export const ONET_MINI = join(FIXTURES, "onet-mini");
export const ONET_SKILLS = join(FIXTURES, "onet-skills");
export const CROSSWALK_MINI = join(FIXTURES, "crosswalk-mini.csv");

const RELATION_FILES = new Set([
  "occupationSkillRelations.csv",
  "broaderRelationsOccPillar.csv",
  "broaderRelationsSkillPillar.csv",
  "skillSkillRelations.csv",
]);

/** A fresh temp folder. */
export function tempFolder(prefix = "skillgraph-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The ESCO fixture as the EU ships it: a language zip and a relations zip, in a new temp folder. */
export function escoZipFolder(overrides: Record<string, string> = {}): string {
  const folder = tempFolder("esco-zips-");
  const language: Record<string, Uint8Array> = {};
  const relations: Record<string, Uint8Array> = {};
  for (const name of readdirSync(ESCO_MINI)) {
    const text = overrides[name] ?? readFileSync(join(ESCO_MINI, name), "utf8");
    (RELATION_FILES.has(name) ? relations : language)[name] = strToU8(text);
  }
  writeFileSync(join(folder, "ESCO dataset - v1.1.1 - classification - en - csv.zip"), zipSync(language));
  writeFileSync(join(folder, "ESCO dataset - v1.1.1 - classification -  - csv.zip"), zipSync(relations));
  return folder;
}

/** ESCO + O*NET + crosswalk fixtures imported into a new graph. */
export function buildMiniGraph(): SkillGraph {
  const graph = new SkillGraph();
  importEsco(graph, ESCO_MINI);
  importOnet(graph, ONET_MINI, { skillsFolder: ONET_SKILLS, crosswalkPath: CROSSWALK_MINI });
  return graph;
}
