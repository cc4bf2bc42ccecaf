import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { HAS_SHARED_DATA } from "../../test/support/shared-data.js";
import { loadSharedGraph } from "../../test/support/shared-graph.js";
import { importEsco } from "./esco-importer.js";
import { graphStats } from "./graph-stats.js";
import { SkillGraph } from "./skill-graph.js";
import { encodeGraphSnapshot } from "./snapshot.js";
import { ESCO_MINI, escoZipFolder, tempFolder } from "./test-fixtures/mini-graph.js";

const URI = "http://data.europa.eu/esco";

describe("importEsco on hand-made fixtures", () => {
  it("imports the two official zips: BOM, multi-line labels, types, edges, broader, groups", () => {
    const graph = new SkillGraph();
    const summary = importEsco(graph, escoZipFolder());
    expect(summary).toMatchObject({ occupations: 4, skills: 7 });
    expect(summary.skipped["occupation-skill relation naming an unknown concept"]).toBe(1);
    const developer = graph.getOccupation(`${URI}/occupation/dev`);
    expect(developer).toMatchObject({
      preferredLabel: "software developer",
      altLabels: ["software engineer", "programmer"],
      hiddenLabels: ["soft dev"],
      iscoGroup: "2512",
      escoCode: "2512.4",
      source: "esco",
    });
    expect(developer?.description).toBe(
      "Software developers implement software.\r\nThey use programming languages.",
    );
    expect(graph.getSkill(`${URI}/skill/java`)).toMatchObject({
      type: "knowledge",
      reuseLevel: "sector-specific",
      groups: [`${URI}/isced-f/0613`],
    });
    expect(graph.getSkill(`${URI}/skill/debug`)?.type).toBe("skill");
    const stats = graphStats(graph);
    expect(stats.occupationSkillRelations).toBe(14);
    expect(stats.edgesByKind).toMatchObject({
      "skill-broader": 2,
      "occupation-broader": 1,
      "skill-related": 1,
    });
    expect(graph.outEdges(`${URI}/occupation/mobile`, "occupation-broader")[0]?.to).toBe(
      `${URI}/occupation/dev`,
    );
    const optional = graph
      .outEdges(`${URI}/occupation/dev`, "occupation-skill")
      .filter((edge) => edge.relation === "optional");
    expect(optional.map((edge) => edge.to).sort()).toEqual([
      `${URI}/skill/java`,
      `${URI}/skill/python`,
      `${URI}/skill/teamwork`,
    ]);
  });

  it("imports an unzipped folder the same as the zips", () => {
    const fromFolder = new SkillGraph();
    importEsco(fromFolder, ESCO_MINI);
    const fromZips = new SkillGraph();
    importEsco(fromZips, escoZipFolder());
    expect(
      Buffer.from(encodeGraphSnapshot(fromFolder)).equals(Buffer.from(encodeGraphSnapshot(fromZips))),
    ).toBe(true);
  });

  it("is idempotent: importing twice changes nothing", () => {
    const graph = new SkillGraph();
    importEsco(graph, ESCO_MINI);
    const once = encodeGraphSnapshot(graph);
    importEsco(graph, escoZipFolder());
    expect(Buffer.from(encodeGraphSnapshot(graph)).equals(Buffer.from(once))).toBe(true);
  });
});

describe("importEsco on bad input (typed error naming the file; graph untouched)", () => {
  const expectRejected = (path: string, code: string, message: RegExp) => {
    const graph = new SkillGraph();
    importEsco(graph, ESCO_MINI);
    const before = encodeGraphSnapshot(graph);
    let caught: unknown;
    try {
      importEsco(graph, path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code });
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain("\n");
    expect(Buffer.from(encodeGraphSnapshot(graph)).equals(Buffer.from(before))).toBe(true);
  };

  it("missing path", () =>
    expectRejected(join(tempFolder(), "nope"), "FILE_NOT_FOUND", /nope: no such file/));

  it("missing file inside the download", () => {
    const folder = escoZipFolder();
    const onlyLanguage = join(folder, "ESCO dataset - v1.1.1 - classification - en - csv.zip");
    expectRejected(onlyLanguage, "FILE_NOT_FOUND", /occupationSkillRelations\.csv not found/);
  });

  it("wrong zip (no ESCO files) and a file that is not a zip", () => {
    const folder = tempFolder();
    const wrong = join(folder, "other.zip");
    writeFileSync(wrong, zipSync({ "readme.txt": strToU8("hello") }));
    expectRejected(wrong, "BAD_ARCHIVE", /other\.zip: contains no ESCO CSV files/);
    const fake = join(folder, "fake.zip");
    writeFileSync(fake, "not a zip at all");
    expectRejected(fake, "BAD_ARCHIVE", /fake\.zip: not a zip file/);
  });

  it("truncated zip", () => {
    const folder = escoZipFolder();
    const zip = join(folder, "ESCO dataset - v1.1.1 - classification - en - csv.zip");
    const bytes = readFileSync(zip);
    writeFileSync(zip, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expectRejected(folder, "TRUNCATED_FILE", /en - csv\.zip: zip is truncated/);
  });

  it("CSV without the expected columns", () => {
    const broken = readFileSync(join(ESCO_MINI, "skills_en.csv"), "utf8").replace("preferredLabel", "label");
    expectRejected(
      escoZipFolder({ "skills_en.csv": broken }),
      "BAD_CSV",
      /skills_en\.csv: missing expected column\(s\) preferredLabel/,
    );
  });

  it("truncated CSV (cut inside a quoted multi-line field)", () => {
    const text = readFileSync(join(ESCO_MINI, "occupations_en.csv"), "utf8");
    const cut = text.slice(0, text.indexOf("programmer") + 4);
    expectRejected(
      escoZipFolder({ "occupations_en.csv": cut }),
      "TRUNCATED_FILE",
      /occupations_en\.csv: file is truncated/,
    );
  });

  it("truncated CSV (last record cut between fields)", () => {
    const text = readFileSync(join(ESCO_MINI, "occupationSkillRelations.csv"), "utf8").trimEnd();
    const cut = text.slice(0, text.lastIndexOf(","));
    expectRejected(
      escoZipFolder({ "occupationSkillRelations.csv": cut }),
      "TRUNCATED_FILE",
      /occupationSkillRelations\.csv: file is truncated/,
    );
  });
});

describe.skipIf(!HAS_SHARED_DATA)("importEsco on ../shared/data/esco-1.1.1", () => {
  it("has the full classification: ≥ 3,000 occupations, ≥ 13,800 skills, ≥ 123,000 occupation–skill relations", () => {
    const stats = graphStats(loadSharedGraph());
    expect(stats.occupationsBySource.esco).toBe(3007);
    expect(
      stats.skillsByType.skill + stats.skillsByType.knowledge + stats.skillsByType.unknown,
    ).toBeGreaterThanOrEqual(13_896);
    const escoOccupationSkill = [...loadSharedGraph().edges].filter(
      (edge) => edge.kind === "occupation-skill" && edge.source === "esco",
    ).length;
    expect(escoOccupationSkill).toBeGreaterThanOrEqual(123_000);
    expect(stats.attribution[0]).toContain("ESCO classification of the European Commission");
  });
});
