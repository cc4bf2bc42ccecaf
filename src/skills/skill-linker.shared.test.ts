import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HAS_SHARED_DATA, sharedData } from "../../test/support/shared-data.js";
import { loadSharedGraph } from "../../test/support/shared-graph.js";
import {
  escoSkillIdsByLabel,
  evaluateSkillLinking,
  isEscoSkillId,
  readDecorteCsv,
} from "../evaluate/skill-linking.js";
import { createSkillLinker } from "./skill-linker.js";
import { createTitleNormalizer } from "./title-normalizer.js";

const cacheDir = join(tmpdir(), "skillgraph-test-cache", "vectors");

describe.skipIf(!HAS_SHARED_DATA)("skill linking with the full ESCO + O*NET graph", () => {
  it("has no false dictionary hits inside longer names or in prose", () => {
    const linker = createSkillLinker(loadSharedGraph(), { cacheDir });
    const labels = (text: string) => linker.detectMentions(text).map((mention) => mention.text);
    expect(labels("We use PostgreSQL")).toEqual(["PostgreSQL"]);
    expect(labels("JavaScript")).toEqual(["JavaScript"]);
    expect(labels("reactive")).toEqual([]);
    expect(labels("I go to work and excel at it")).not.toContain("go");
    expect(labels("Plan C failed")).not.toContain("C");
    expect(labels("C, C++ and Java")).toEqual(expect.arrayContaining(["C", "C++", "Java"]));
  });

  it("does not link names, contact lines, headings, titles or common words in a whole resume", () => {
    const linker = createSkillLinker(loadSharedGraph(), { cacheDir });
    const resume = [
      "Jane Doe",
      "jane.doe@example.com | +1 (555) 010-2233 | linkedin.com/in/janedoe | github.com/janedoe",
      "Work History",
      "Program Manager, Northwind Logistics LLC (2019 - Present)",
      "Responsibilities",
      "- Wrote monthly reporting and analyzed P&C accounts; reducing costs",
      "- Administered medication and monitored patient vital signs",
      "Education",
      "Bachelor of Science in Nursing, University of Springfield",
      "Skills: Java, Python, project management",
    ].join("\n");
    const mentions = linker.linkMentions(resume).filter((mention) => !mention.openVocabulary);
    const linked = mentions.map((mention) => mention.text);
    for (const falseHit of ["Jane Doe", "Doe", "linkedin", "github", "Work History", "Program Manager"])
      expect(linked).not.toContain(falseHit);
    for (const falseHit of ["Responsibilities", "reporting", "P&C", "reducing costs", "Science", "Logistics"])
      expect(linked).not.toContain(falseHit);
    expect(linked.some((text) => text.includes("University"))).toBe(false);
    expect(
      mentions.some((mention) => mention.skillId?.startsWith("onet:tech:") && mention.source === "semantic"),
    ).toBe(false);
    expect(linked).toEqual(expect.arrayContaining(["Java", "Python", "project management"]));
    expect(linked).toEqual(expect.arrayContaining(["monitored patient vital signs"]));
  });

  it("links product names by similarity only when written as the product is", () => {
    const linker = createSkillLinker(loadSharedGraph(), { cacheDir });
    const linked = (text: string) =>
      linker
        .linkMentions(text)
        .filter((mention) => mention.source === "semantic" && !mention.openVocabulary)
        .map((mention) => mention.label);
    expect(linked("Doe, Jane")).toEqual([]);
    expect(linked("Summary\nAnalyzed; reducing costs")).toEqual([]);
    expect(linked("Tools: QuickBooks")).toContain("Intuit QuickBooks");
  });

  it("links a paraphrase and stays above the published floor on Decorte TECH validation", () => {
    const graph = loadSharedGraph();
    const linker = createSkillLinker(graph, { cacheDir, includeSkill: (skill) => isEscoSkillId(skill.id) });
    expect(
      linker.rankSkills("able to manage your time effectively", 3).map((entry) => entry.label),
    ).toContain("manage time");
    const sentences = readDecorteCsv(sharedData("skill-extraction/decorte/tech_validation_annotations.csv"));
    const report = evaluateSkillLinking(
      sentences,
      (sentence) => linker.rankSkills(sentence, 100),
      escoSkillIdsByLabel(graph),
    );
    expect(report.metrics["rp@5"]).toBeGreaterThan(54.6);
  });

  it("normalizes a noisy title to the right ESCO occupation", () => {
    const normalizer = createTitleNormalizer(loadSharedGraph(), { cacheDir });
    const top = normalizer.normalize("Cashiers & Valets Needed!", 3).map((entry) => entry.label);
    expect(top[0]).toBe("cashier");
  });
});
