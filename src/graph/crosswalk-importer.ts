import { readFileSync } from "node:fs";
import { SkillgraphError } from "../core/errors.js";
import { type CsvRow, readCsvTable } from "./csv-table.js";
import { countSkipped, createImportSummary, type ImportSummary } from "./import-summary.js";
import type { SkillGraph } from "./skill-graph.js";

export const CROSSWALK_SOURCE = "crosswalk";

/** Graph id of an O*NET occupation. */
export function onetOccupationId(code: string): string {
  return `onet:${code}`;
}

/**
 * Import the Nesta ESCO ↔ O*NET crosswalk (columns concept_uri, onet_code, confidence) as
 * `crosswalk` edges ESCO occupation → O*NET occupation. Weight = confidence / 2 (the file's
 * confidence is 0.5, 1 or 2; 2 = best), so weights are 0.25, 0.5, 1. An O*NET code missing from
 * the graph (SOC-2010-era codes, e.g. 15-1131.00 "computer programmers" is 15-1251.00 in O*NET
 * 27) is resolved by the row's `onet_occupation` title when exactly one O*NET occupation has that
 * title (case- and punctuation-insensitive), else by the same 6-digit code with ".00"; rows that
 * still do not resolve are skipped and counted. Rows whose ESCO occupation is absent are skipped
 * and counted (import ESCO and O*NET first).
 */
export function importCrosswalk(graph: SkillGraph, path: string): ImportSummary {
  return addCrosswalkRows(graph, readCrosswalk(path));
}

/** Read and check the crosswalk CSV (FILE_NOT_FOUND, BAD_CSV, TRUNCATED_FILE) without touching a graph. */
export function readCrosswalk(path: string): CsvRow[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new SkillgraphError("FILE_NOT_FOUND", `${path}: cannot read crosswalk file`, { cause });
  }
  return readCsvTable(text, path, ["concept_uri", "onet_code", "onet_occupation", "confidence"]);
}

/** Add crosswalk rows read by `readCrosswalk` (see `importCrosswalk`). */
export function addCrosswalkRows(graph: SkillGraph, rows: readonly CsvRow[]): ImportSummary {
  const summary = createImportSummary();
  const byTitle = onetOccupationsByTitle(graph);
  const note = (text: string) => {
    summary.notes[text] = (summary.notes[text] ?? 0) + 1;
  };
  for (const row of rows) {
    const escoId = row.concept_uri?.trim() ?? "";
    const code = row.onet_code?.trim() ?? "";
    if (graph.kindOf(escoId) !== "occupation") {
      countSkipped(summary, "ESCO occupation not in graph");
      continue;
    }
    const onetId = resolveOnetCode(graph, code, byTitle.get(normalizeTitle(row.onet_occupation ?? "")), note);
    if (!onetId) {
      countSkipped(summary, "O*NET code not in graph (no title or .00 match)");
      continue;
    }
    const confidence = Number.parseFloat(row.confidence ?? "");
    const weight = Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence / 2)) : 0.5;
    graph.addEdge({ kind: "crosswalk", from: escoId, to: onetId, weight, source: CROSSWALK_SOURCE });
    summary.edges++;
  }
  return summary;
}

function resolveOnetCode(
  graph: SkillGraph,
  code: string,
  byTitle: string | undefined,
  note: (text: string) => void,
): string | undefined {
  const exact = onetOccupationId(code);
  if (graph.kindOf(exact) === "occupation") return exact;
  if (byTitle) {
    note("O*NET code resolved by occupation title");
    return byTitle;
  }
  const base = onetOccupationId(`${code.slice(0, 7)}.00`);
  if (graph.kindOf(base) !== "occupation") return undefined;
  note('O*NET code mapped to its ".00" occupation');
  return base;
}

/** O*NET occupations by normalized title; titles shared by several occupations are left out. */
function onetOccupationsByTitle(graph: SkillGraph): Map<string, string> {
  const byTitle = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const occupation of graph.occupations) {
    if (!occupation.onetCode) continue;
    const title = normalizeTitle(occupation.preferredLabel);
    if (byTitle.has(title)) ambiguous.add(title);
    byTitle.set(title, occupation.id);
  }
  for (const title of ambiguous) byTitle.delete(title);
  return byTitle;
}

function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
