import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./support/shared-data.js";

/**
 * The one-way import rule of docs/architecture.md: core ← domain modules ← pipelines ← surfaces,
 * and no cycle between folders of the same layer.
 */
const LAYERS: Record<string, number> = {
  core: 0,
  datasets: 1,
  graph: 1,
  documents: 1,
  parse: 1,
  skills: 1,
  match: 1,
  edit: 1,
  llm: 1,
  learn: 1,
  generate: 2,
  recommend: 2,
  evaluate: 2,
  store: 3,
  server: 3,
  web: 3,
  cli: 3,
};

const SOURCE_ROOT = join(PROJECT_ROOT, "src");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

function folderOf(path: string): string {
  return relative(SOURCE_ROOT, path).split("/")[0] ?? "";
}

/** Folder-level import edges: from → set of imported folders. */
function folderImports(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles(SOURCE_ROOT)) {
    const from = folderOf(file);
    if (from.endsWith(".ts") || from.endsWith(".js")) continue; // src/index.ts sits above every layer
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = resolve(dirname(file), match[1] ?? "");
      const to = folderOf(target);
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)?.add(to);
    }
  }
  return edges;
}

describe("architecture", () => {
  const edges = folderImports();

  it("every src folder has a declared layer", () => {
    const folders = readdirSync(SOURCE_ROOT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => LAYERS[folder] === undefined)).toEqual([]);
  });

  it("imports never go from a lower layer to a higher one", () => {
    const violations: string[] = [];
    for (const [from, targets] of edges) {
      for (const to of targets) {
        if ((LAYERS[to] ?? 99) > (LAYERS[from] ?? -1)) violations.push(`${from} → ${to}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("folders import each other without cycles", () => {
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (folder: string, path: string[]): void => {
      if (state.get(folder) === "done") return;
      if (state.get(folder) === "visiting") {
        cycles.push([...path.slice(path.indexOf(folder)), folder].join(" → "));
        return;
      }
      state.set(folder, "visiting");
      for (const next of edges.get(folder) ?? []) visit(next, [...path, folder]);
      state.set(folder, "done");
    };
    for (const folder of edges.keys()) visit(folder, []);
    expect(cycles).toEqual([]);
  });
});
