import { describe, expect, it } from "vitest";
import { HAS_SHARED_DATA, sharedData } from "../../test/support/shared-data.js";
import type { RjdbRow } from "../datasets/rjdb-row.js";
import { readRjdbJsonl } from "../datasets/rjdb-row.js";
import { induceFromDataset } from "./induce.js";
import { SkillGraph } from "./skill-graph.js";
import { encodeGraphSnapshot } from "./snapshot.js";
import { buildMiniGraph } from "./test-fixtures/mini-graph.js";

const URI = "http://data.europa.eu/esco";

function row(experiences: string[], skills: string[]): RjdbRow {
  return {
    "Job-Description": "",
    "Resume-matched": "",
    "Resume-unmatched": "",
    Skills: skills,
    Experiences: experiences,
    "Experiences-years": [[[], []], 2023, experiences.map(() => 1)],
    "Filtered-information": { Skills: [], Experience: "" },
  };
}

const rows = [
  row(["Software Developer", "Junior Data Wrangler"], ["Python", "Java", "Kubernetes"]),
  row(["software developer"], ["Python", "Kubernetes"]),
  row(["Junior Data Wrangler"], ["Python", "SQL"]),
];

describe("induceFromDataset", () => {
  it("links labels to existing nodes and creates induced nodes for the rest", () => {
    const graph = buildMiniGraph();
    const summary = induceFromDataset(graph, rows);
    expect(summary).toMatchObject({ occupations: 1, skills: 2 });
    expect(graph.getOccupation("induced:junior-data-wrangler")?.source).toBe("induced:rjdb");
    expect(graph.getSkill("induced:skill:kubernetes")?.preferredLabel).toBe("Kubernetes");
    const edges = graph
      .outEdges(`${URI}/occupation/dev`, "occupation-skill")
      .filter((edge) => edge.source === "induced:rjdb");
    const byTarget = Object.fromEntries(edges.map((edge) => [edge.to, [edge.relation, edge.weight]]));
    expect(byTarget["induced:skill:kubernetes"]).toEqual(["essential", 1]);
    expect(byTarget["onet:tech:python"]).toEqual(["essential", 1]);
    const java = graph
      .outEdges(`${URI}/occupation/dev`, "occupation-skill")
      .find((edge) => edge.to === `${URI}/skill/java`);
    expect(java).toMatchObject({ source: "esco", relation: "optional", weight: 1 });
    expect(byTarget[`${URI}/skill/java`]).toBeUndefined();
    const related = graph
      .outEdges("induced:skill:kubernetes", "skill-related")
      .concat(graph.inEdges("induced:skill:kubernetes", "skill-related"));
    expect(related.map((edge) => [edge.from, edge.to, edge.weight])).toEqual([
      ["induced:skill:kubernetes", "onet:tech:python", 0.667],
    ]);
    const career = graph
      .outEdges("induced:junior-data-wrangler", "occupation-related")
      .concat(graph.inEdges("induced:junior-data-wrangler", "occupation-related"));
    expect(career).toHaveLength(1);
  });

  it("builds a graph from nothing and re-inducing changes nothing", () => {
    const graph = new SkillGraph();
    induceFromDataset(graph, rows);
    expect(graph.occupationCount).toBe(2);
    const once = encodeGraphSnapshot(graph);
    induceFromDataset(graph, rows);
    expect(Buffer.from(encodeGraphSnapshot(graph)).equals(Buffer.from(once))).toBe(true);
  });
});

describe.skipIf(!HAS_SHARED_DATA)("induceFromDataset on RJDB dev", () => {
  it("induces occupations, skills and co-occurrence edges", () => {
    const graph = new SkillGraph();
    const summary = induceFromDataset(graph, readRjdbJsonl(sharedData("rjdb/rjdb-dev.jsonl")));
    expect(summary.occupations).toBeGreaterThan(300);
    expect(summary.skills).toBeGreaterThan(300);
    expect(summary.edges).toBeGreaterThan(1000);
  });
});
