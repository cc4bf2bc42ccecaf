import { describe, expect, it } from "vitest";
import { HAS_SHARED_DATA } from "../../test/support/shared-data.js";
import { loadSharedGraph } from "../../test/support/shared-graph.js";
import { describeNode } from "./describe-node.js";
import { findNode } from "./find-node.js";
import { graphStats } from "./graph-stats.js";
import { normalizeLabel } from "./label-index.js";
import { ESCO_ATTRIBUTION, ONET_ATTRIBUTION } from "./model.js";
import { occupationSimilarity } from "./occupation-similarity.js";
import { occupationsOfSkill } from "./occupation-skills.js";
import { relatedSkills } from "./related-skills.js";
import { searchGraph } from "./search-graph.js";
import { SkillGraph } from "./skill-graph.js";
import { skillSimilarity } from "./skill-similarity.js";
import { buildMiniGraph } from "./test-fixtures/mini-graph.js";

const URI = "http://data.europa.eu/esco";
const graph = buildMiniGraph();

describe("searchGraph", () => {
  it("normalizes case, accents and punctuation", () => {
    expect(normalizeLabel("  Café-Manager / C++ & C#! ")).toBe("cafe manager c plus plus c sharp");
  });

  it("ranks an exact preferred label first, then alternative labels", () => {
    const hits = searchGraph(graph, "SOFTWARE-Developer");
    expect(hits[0]).toMatchObject({ id: `${URI}/occupation/dev`, score: 1, kind: "occupation" });
    expect(hits.map((hit) => hit.id)).toContain("onet:15-1252.00");
    const alternative = searchGraph(graph, "software engineer")[0];
    expect(alternative?.score).toBeLessThan(1);
    expect(alternative?.matchedLabel.toLowerCase()).toBe("software engineer");
  });

  it("tolerates typos and filters by kind and limit", () => {
    expect(searchGraph(graph, "sofware develper")[0]?.id).toBe(`${URI}/occupation/dev`);
    const skills = searchGraph(graph, "java", { kind: "skill", limit: 2 });
    expect(skills).toHaveLength(2);
    expect(skills.every((hit) => hit.kind === "skill")).toBe(true);
    expect(skills[0]?.id).toBe(`${URI}/skill/java`);
    expect(searchGraph(graph, "!!!")).toEqual([]);
    expect(searchGraph(graph, "zzzzqqq")).toEqual([]);
  });

  it("finds a node by id, preferred label, alternative label (ESCO first) or fuzzy label", () => {
    expect(findNode(graph, `${URI}/skill/html`)?.node.preferredLabel).toBe("HTML");
    expect(findNode(graph, "Python")?.node.id).toBe("onet:tech:python");
    expect(findNode(graph, "java programming", { kind: "skill", fuzzy: false })?.node.id).toBe(
      `${URI}/skill/java`,
    );
    expect(findNode(graph, "Software Developer")?.node.id).toBe(`${URI}/occupation/dev`);
    expect(findNode(graph, "registered nurse")?.node.id).toBe("onet:29-1141.00");
    expect(findNode(graph, "registered nurse", { fuzzy: false })).toBeUndefined();
  });
});

describe("graph queries", () => {
  it("lists occupations of a skill, essential first", () => {
    const links = occupationsOfSkill(graph, `${URI}/skill/java`);
    expect(links.map((link) => [link.label, link.relation])).toEqual([
      ["mobile app developer", "essential"],
      ["software developer", "optional"],
    ]);
  });

  it("relates skills by edges, hierarchy and co-occurrence", () => {
    const related = relatedSkills(graph, `${URI}/skill/java`);
    expect(related[0]).toMatchObject({ id: `${URI}/skill/programming`, reason: "broader" });
    expect(related.find((item) => item.id === `${URI}/skill/python`)?.reason).toBe("co-occurrence");
    const narrower = relatedSkills(graph, `${URI}/skill/programming`);
    expect(
      narrower
        .filter((item) => item.reason === "narrower")
        .map((item) => item.id)
        .sort(),
    ).toEqual([`${URI}/skill/java`, `${URI}/skill/python`]);
    expect(relatedSkills(graph, `${URI}/skill/debug`, { limit: 1 })[0]).toMatchObject({ reason: "related" });
  });

  it("scores skill similarity in [0, 1], higher for close skills", () => {
    const close = skillSimilarity(graph, `${URI}/skill/java`, `${URI}/skill/python`);
    const far = skillSimilarity(graph, `${URI}/skill/java`, `${URI}/skill/care`);
    expect(close.hierarchy).toBe(0.4);
    expect(close.score).toBeGreaterThan(far.score);
    expect(far.score).toBe(0);
    expect(skillSimilarity(graph, `${URI}/skill/java`, `${URI}/skill/java`).score).toBe(1);
    expect(skillSimilarity(graph, `${URI}/skill/java`, `${URI}/skill/python`)).toEqual(
      skillSimilarity(graph, `${URI}/skill/python`, `${URI}/skill/java`),
    );
  });

  it("scores occupation similarity from shared skills, ISCO groups, broader and crosswalk links", () => {
    const mobile = occupationSimilarity(graph, `${URI}/occupation/dev`, `${URI}/occupation/mobile`);
    const nurse = occupationSimilarity(graph, `${URI}/occupation/dev`, `${URI}/occupation/nurse`);
    expect(mobile.hierarchy).toBe(0.6);
    expect(mobile.score).toBeGreaterThan(nurse.score);
    const crosswalked = occupationSimilarity(graph, `${URI}/occupation/web`, "onet:15-1252.00");
    expect(crosswalked.hierarchy).toBe(0.8);
    for (const value of [mobile, nurse, crosswalked]) {
      expect(value.score).toBeGreaterThanOrEqual(0);
      expect(value.score).toBeLessThanOrEqual(1);
    }
  });

  it("describes occupations and skills", () => {
    const occupation = describeNode(graph, "software developer");
    expect(occupation?.kind).toBe("occupation");
    if (occupation?.kind !== "occupation") return;
    expect(occupation.links).toContainEqual(
      expect.objectContaining({ relation: "narrower", label: "mobile app developer" }),
    );
    expect(occupation.links).toContainEqual(
      expect.objectContaining({ relation: "crosswalk", id: "onet:15-1251.00" }),
    );
    const skill = describeNode(graph, "HTML");
    expect(skill?.kind === "skill" && skill.occupations.map((link) => link.label)).toEqual(["web developer"]);
  });

  it("counts and attributes", () => {
    const stats = graphStats(graph);
    expect(stats).toMatchObject({ occupations: 7, sources: ["crosswalk", "esco", "onet"] });
    expect(stats.relations).toBe(graph.edgeCount);
    expect(stats.attribution).toEqual([ESCO_ATTRIBUTION, ONET_ATTRIBUTION]);
    expect(graphStats(new SkillGraph()).attribution).toEqual([]);
  });
});

describe.skipIf(!HAS_SHARED_DATA)("queries on the full graph", () => {
  it("searches alternative labels and typos", () => {
    const full = loadSharedGraph();
    expect(searchGraph(full, "sofware develper", { kind: "occupation" })[0]?.label).toBe(
      "software developer",
    );
    expect(searchGraph(full, "Java", { kind: "skill" })[0]?.label).toBe("Java (computer programming)");
  });
});
