import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { graphStats } from "./graph-stats.js";
import { SkillGraph } from "./skill-graph.js";
import {
  decodeGraphSnapshot,
  encodeGraphSnapshot,
  loadGraphOrEmpty,
  loadGraphSnapshot,
  saveGraphSnapshot,
} from "./snapshot.js";
import { buildMiniGraph, tempFolder } from "./test-fixtures/mini-graph.js";

describe("graph snapshot", () => {
  it("round-trips nodes, edges, weights and relations", () => {
    const graph = buildMiniGraph();
    const path = join(tempFolder(), "graph.sgraph");
    saveGraphSnapshot(graph, path);
    const loaded = loadGraphSnapshot(path);
    expect(graphStats(loaded)).toEqual(graphStats(graph));
    expect([...loaded.edges]).toEqual([...graph.edges]);
    expect([...loaded.occupations]).toEqual([...graph.occupations]);
    expect([...loaded.skills]).toEqual([...graph.skills]);
    expect(loaded.getSkill("onet:tech:oracle-java")?.hotTechnology).toBe(true);
  });

  it("encodes the same graph to the same bytes, and a loaded graph still deduplicates edges", () => {
    const graph = buildMiniGraph();
    const bytes = encodeGraphSnapshot(graph);
    expect(Buffer.from(encodeGraphSnapshot(graph)).equals(Buffer.from(bytes))).toBe(true);
    const loaded = decodeGraphSnapshot(bytes);
    const edge = [...loaded.edges][0];
    if (!edge) throw new Error("fixture graph has no edges");
    loaded.addEdge({ ...edge });
    expect(loaded.edgeCount).toBe(graph.edgeCount);
    expect(Buffer.from(encodeGraphSnapshot(loaded)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("reports a missing snapshot as GRAPH_MISSING and loadGraphOrEmpty gives an empty graph", () => {
    const path = join(tempFolder(), "absent.sgraph");
    expect(() => loadGraphSnapshot(path)).toThrow(expect.objectContaining({ code: "GRAPH_MISSING" }));
    expect(loadGraphOrEmpty(path).occupationCount).toBe(0);
    expect(existsSync(path)).toBe(false);
  });

  it("reports truncated and corrupt snapshots with typed errors naming the file", () => {
    const folder = tempFolder();
    const bytes = encodeGraphSnapshot(buildMiniGraph());
    const truncated = join(folder, "truncated.sgraph");
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(() => loadGraphSnapshot(truncated)).toThrow(expect.objectContaining({ code: "TRUNCATED_FILE" }));
    expect(() => loadGraphSnapshot(truncated)).toThrow(/truncated\.sgraph/);
    const garbage = join(folder, "garbage.sgraph");
    writeFileSync(garbage, "this is not a snapshot");
    expect(() => loadGraphSnapshot(garbage)).toThrow(expect.objectContaining({ code: "CORRUPT_FILE" }));
    const wrongJson = join(folder, "wrong.sgraph");
    writeFileSync(wrongJson, gzipSync(JSON.stringify({ format: "something-else" })));
    expect(() => loadGraphOrEmpty(wrongJson)).toThrow(expect.objectContaining({ code: "CORRUPT_FILE" }));
    const badNode = join(folder, "bad-node.sgraph");
    const edges = { count: 0, sources: [], kind: "", from: "", to: "", relation: "", weight: "", source: "" };
    const node = {
      id: 5,
      source: "esco",
      preferredLabel: "x",
      altLabels: [],
      hiddenLabels: [],
      description: "",
    };
    writeFileSync(
      badNode,
      gzipSync(
        JSON.stringify({ format: "skillgraph-graph", version: 1, occupations: [node], skills: [], edges }),
      ),
    );
    expect(() => loadGraphSnapshot(badNode)).toThrow(/bad-node\.sgraph: .*occupations.*occupation nodes/);
    const empty = join(folder, "empty.sgraph");
    writeFileSync(empty, "");
    expect(() => loadGraphSnapshot(empty)).toThrow(expect.objectContaining({ code: "TRUNCATED_FILE" }));
  });

  it("saves atomically over an existing snapshot without leaving temporary files", () => {
    const folder = tempFolder();
    const path = join(folder, "graph.sgraph");
    saveGraphSnapshot(new SkillGraph(), path);
    saveGraphSnapshot(buildMiniGraph(), path);
    expect(loadGraphSnapshot(path).occupationCount).toBeGreaterThan(0);
    expect(readFileSync(path).length).toBeGreaterThan(0);
  });
});
