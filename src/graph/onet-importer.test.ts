import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HAS_SHARED_DATA } from "../../test/support/shared-data.js";
import { loadSharedGraph } from "../../test/support/shared-graph.js";
import { importCrosswalk } from "./crosswalk-importer.js";
import { importEsco } from "./esco-importer.js";
import { findNode } from "./find-node.js";
import { graphStats } from "./graph-stats.js";
import { skillsOfOccupation } from "./occupation-skills.js";
import { importOnet } from "./onet-importer.js";
import { SkillGraph } from "./skill-graph.js";
import { encodeGraphSnapshot } from "./snapshot.js";
import {
  buildMiniGraph,
  CROSSWALK_MINI,
  ESCO_MINI,
  ONET_MINI,
  ONET_SKILLS,
  tempFolder,
} from "./test-fixtures/mini-graph.js";

const URI = "http://data.europa.eu/esco";

describe("importOnet on a hand-made O*NET folder", () => {
  it("imports occupations with titles and tasks, technology skills, commodities and related occupations", () => {
    const graph = new SkillGraph();
    const summary = importOnet(graph, ONET_MINI);
    expect(summary.occupations).toBe(3);
    expect(summary.missingFiles).toEqual(["Skills.txt", "Knowledge.txt"]);
    const developers = graph.getOccupation("onet:15-1252.00");
    expect(developers).toMatchObject({
      preferredLabel: "Software Developers",
      onetCode: "15-1252.00",
      source: "onet",
    });
    expect(developers?.altLabels).toEqual(["Software Engineer", "Application Developer", "App Dev"]);
    expect(developers?.tasks).toHaveLength(2);
    expect(graph.getSkill("onet:tech:oracle-java")).toMatchObject({
      preferredLabel: "Oracle Java",
      type: "technology",
      hotTechnology: true,
    });
    expect(graph.getSkill("onet:tech:git")?.hotTechnology).toBeUndefined();
    expect(graph.outEdges("onet:tech:git", "skill-broader")[0]?.to).toBe("onet:commodity:43232402");
    expect(graph.getSkill("onet:commodity:43232402")?.preferredLabel).toBe(
      "Development environment software",
    );
    const related = graph.outEdges("onet:15-1252.00", "occupation-related");
    expect(related.map((edge) => [edge.to, edge.weight])).toEqual([["onet:15-1251.00", 0.75]]);
    expect(summary.skipped["related occupation not in Occupation Data"]).toBe(1);
  });

  it("adds Skills/Knowledge from a second folder as weighted edges above the importance threshold", () => {
    const graph = new SkillGraph();
    const summary = importOnet(graph, ONET_MINI, { skillsFolder: ONET_SKILLS });
    const edges = graph
      .outEdges("onet:15-1252.00", "occupation-skill")
      .filter((edge) => edge.to.startsWith("onet:element:"));
    expect(edges.map((edge) => [edge.to, edge.relation, edge.weight]).sort()).toEqual([
      ["onet:element:2.A.1.a", "optional", 0.65],
      ["onet:element:2.B.5.a", "essential", 0.85],
      ["onet:element:2.C.3.a", "essential", 0.92],
    ]);
    expect(graph.getSkill("onet:element:2.C.3.a")?.type).toBe("knowledge");
    expect(summary.skipped['skill rating flagged "recommend suppress"']).toBe(1);
    expect(summary.skipped["skill rating for an occupation not in Occupation Data"]).toBe(1);
    const strict = new SkillGraph();
    importOnet(strict, ONET_MINI, { skillsFolder: ONET_SKILLS, importanceThreshold: 4.5 });
    expect(
      strict
        .outEdges("onet:15-1252.00", "occupation-skill")
        .filter((edge) => edge.to.startsWith("onet:element:")),
    ).toHaveLength(1);
  });

  it("also finds Skills.txt in the main folder", () => {
    const folder = tempFolder();
    cpSync(ONET_MINI, folder, { recursive: true });
    cpSync(join(ONET_SKILLS, "Skills.txt"), join(folder, "Skills.txt"));
    const graph = new SkillGraph();
    expect(importOnet(graph, folder).missingFiles).toEqual(["Knowledge.txt"]);
    expect(graph.getSkill("onet:element:2.B.5.a")).toMatchObject({
      preferredLabel: "Programming",
      type: "skill",
      description: "Writing computer programs for various purposes.",
    });
  });

  it("links ESCO to O*NET through the crosswalk: exact code, by title, by .00, skipped", () => {
    const graph = new SkillGraph();
    importEsco(graph, ESCO_MINI);
    importOnet(graph, ONET_MINI);
    const summary = importCrosswalk(graph, CROSSWALK_MINI);
    const target = (id: string) =>
      graph.outEdges(`${URI}/occupation/${id}`, "crosswalk").map((edge) => [edge.to, edge.weight]);
    expect(target("web")).toEqual([["onet:15-1252.00", 1]]);
    expect(target("dev")).toEqual([["onet:15-1251.00", 0.5]]);
    expect(target("nurse")).toEqual([["onet:29-1141.00", 0.25]]);
    expect(target("mobile")).toEqual([]);
    expect(summary.skipped).toEqual({
      "O*NET code not in graph (no title or .00 match)": 1,
      "ESCO occupation not in graph": 1,
    });
    expect(summary.notes).toEqual({
      "O*NET code resolved by occupation title": 1,
      'O*NET code mapped to its ".00" occupation': 1,
    });
  });

  it("makes O*NET technology skills reachable from crosswalked ESCO occupations", () => {
    const graph = buildMiniGraph();
    const { essential, optional } = skillsOfOccupation(graph, `${URI}/occupation/dev`);
    expect(essential.map((link) => link.label)).toEqual(["computer programming", "debug software"]);
    const viaOnet = optional.filter((link) => link.via === "onet:15-1251.00");
    expect(viaOnet.map((link) => [link.label, link.type, link.source, link.weight])).toEqual([
      ["Oracle Java", "technology", "onet", 0.5],
      ["Python", "technology", "onet", 0.5],
    ]);
    expect(
      skillsOfOccupation(graph, `${URI}/occupation/dev`, { includeCrosswalk: false }).optional.some(
        (link) => link.via,
      ),
    ).toBe(false);
  });

  it("is idempotent", () => {
    const graph = buildMiniGraph();
    const once = encodeGraphSnapshot(graph);
    importOnet(graph, ONET_MINI, { skillsFolder: ONET_SKILLS, crosswalkPath: CROSSWALK_MINI });
    expect(Buffer.from(encodeGraphSnapshot(graph)).equals(Buffer.from(once))).toBe(true);
  });
});

describe("importOnet on bad input", () => {
  const copy = () => {
    const folder = tempFolder();
    cpSync(ONET_MINI, folder, { recursive: true });
    return folder;
  };
  const rejects = (folder: string, code: string, message: RegExp, options = {}) => {
    const graph = new SkillGraph();
    importEsco(graph, ESCO_MINI);
    const before = encodeGraphSnapshot(graph);
    expect(() => importOnet(graph, folder, options)).toThrow(
      expect.objectContaining({ code, message: expect.stringMatching(message) }),
    );
    expect(Buffer.from(encodeGraphSnapshot(graph)).equals(Buffer.from(before))).toBe(true);
  };

  it("missing folder, missing Occupation Data, missing skills folder, missing crosswalk", () => {
    rejects(join(tempFolder(), "absent"), "FILE_NOT_FOUND", /absent: no such O\*NET folder/);
    const folder = copy();
    rmSync(join(folder, "Occupation Data.txt"));
    rejects(folder, "FILE_NOT_FOUND", /Occupation Data\.txt: not found/);
    rejects(ONET_MINI, "FILE_NOT_FOUND", /nowhere: no such folder/, {
      skillsFolder: join(tempFolder(), "nowhere"),
    });
    rejects(ONET_MINI, "FILE_NOT_FOUND", /missing\.csv: cannot read crosswalk/, {
      crosswalkPath: join(tempFolder(), "missing.csv"),
    });
    const badCrosswalk = join(tempFolder(), "crosswalk.csv");
    writeFileSync(badCrosswalk, "concept_uri,onet_code\nhttp://x,15-1252.00\n");
    rejects(
      ONET_MINI,
      "BAD_CSV",
      /crosswalk\.csv: missing expected column\(s\) onet_occupation, confidence/,
      {
        crosswalkPath: badCrosswalk,
      },
    );
  });

  it("a file without the expected columns and a truncated file", () => {
    const folder = copy();
    const path = join(folder, "Technology Skills.txt");
    writeFileSync(path, readFileSync(path, "utf8").replace("Hot Technology", "Hot"));
    rejects(folder, "BAD_CSV", /Technology Skills\.txt: missing expected column\(s\) Hot Technology/);
    const truncated = copy();
    const related = join(truncated, "Related Occupations.txt");
    const text = readFileSync(related, "utf8").trimEnd();
    writeFileSync(related, text.slice(0, text.lastIndexOf("\t")));
    rejects(truncated, "TRUNCATED_FILE", /Related Occupations\.txt: file is truncated/);
  });
});

describe.skipIf(!HAS_SHARED_DATA)(
  "importOnet on ../shared/data (O*NET 27.0 + 29.3 skills + crosswalk)",
  () => {
    it("imports all O*NET occupations and technology skills", () => {
      const stats = graphStats(loadSharedGraph());
      expect(stats.occupationsBySource.onet).toBe(1016);
      expect(stats.skillsByType.technology).toBeGreaterThan(8000);
      expect(stats.edgesByKind.crosswalk).toBeGreaterThan(1500);
      expect(stats.occupations).toBeGreaterThanOrEqual(3000);
      expect(stats.skills).toBeGreaterThanOrEqual(13_800);
      expect(stats.occupationSkillRelations).toBeGreaterThanOrEqual(123_000);
      expect(stats.attribution).toHaveLength(2);
    });

    it('"software developer" has its essential ESCO skills and O*NET technology skills', () => {
      const graph = loadSharedGraph();
      const found = findNode(graph, "software developer", { kind: "occupation" });
      expect(found?.node.source).toBe("esco");
      const skills = skillsOfOccupation(graph, found?.node.id ?? "");
      expect(skills.essential.map((link) => link.label)).toContain("computer programming");
      const technology = skills.optional.filter(
        (link) => link.via !== undefined && link.type === "technology",
      );
      expect(technology.length).toBeGreaterThan(20);
      expect(technology.map((link) => link.label)).toContain("Oracle Java");
    });
  },
);
