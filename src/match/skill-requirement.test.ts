import { describe, expect, it } from "vitest";
import { SkillGraph } from "../graph/skill-graph.js";
import { createEvidenceIndex } from "./evidence-index.js";
import { analyzeSkillRequirement, requirementComponents, skillVariants } from "./skill-phrases.js";
import { type LinkedSkillMention, type MentionLinker, matchSkillRequirement } from "./skill-requirement.js";

function judge(
  requirement: string,
  resume: string,
  extra: { linker?: MentionLinker; graph?: SkillGraph; titles?: Array<{ start: number; end: number }> } = {},
) {
  const index = createEvidenceIndex(resume, extra.titles ? { titles: extra.titles } : {});
  const resumeMentions = extra.linker?.detectMentions(resume) ?? [];
  return matchSkillRequirement(analyzeSkillRequirement({ text: requirement }, "required-skill"), {
    index,
    resumeMentions,
    ...extra,
  });
}

describe("requirementComponents", () => {
  it("finds a list behind a longer lead and past a parenthetical aside", () => {
    expect(
      requirementComponents("Proficiency in the use of Excel, Access, PowerPoint (Subject to change)"),
    ).toEqual(["Excel", "Access", "PowerPoint (Subject to change)"]);
  });

  it("splits lists of short skills and keeps prose whole", () => {
    expect(requirementComponents("Familiarity with Nagios, Puppet, JIRA, Jenkins, and Collectd")).toEqual([
      "Nagios",
      "Puppet",
      "JIRA",
      "Jenkins",
      "Collectd",
    ]);
    expect(requirementComponents("Networking: TCP/IP networking skills and LAN/WAN operation.")).toEqual([
      "Networking",
    ]);
    expect(requirementComponents("Strong written and verbal communication skills")).toHaveLength(1);
  });

  it("keeps a clause or an unequal conjunction whole", () => {
    expect(requirementComponents("Oracle Data Guard, used for protecting enterprise data")).toHaveLength(1);
    expect(requirementComponents("Physical stamina and strength")).toHaveLength(1);
    expect(requirementComponents("Solid knowledge base of sports and recreation activities")).toHaveLength(1);
    expect(requirementComponents("Knowledge of Java, Python, Go")).toEqual(["Java", "Python", "Go"]);
    expect(requirementComponents("Proficient in Maven and knowledge of CI/CD best practices")).toEqual([
      "Maven",
      "CI/CD best practices",
    ]);
    expect(requirementComponents("Java and experience with Kafka")).toEqual(["Java", "Kafka"]);
  });

  it("offers an alias, initials and examples as alternative evidence", () => {
    const variants = skillVariants("Team Foundation Server (TFS)").map((stems) => stems.join(" "));
    expect(variants).toContain("tfs");
    expect(skillVariants("operating systems such as Windows").map((stems) => stems.join(" "))).toContain(
      "window",
    );
  });
});

describe("matchSkillRequirement", () => {
  it("meets a skill stated with other inflections and word order", () => {
    const result = judge("Blueprint reading", "Skills\n- Reading blueprints\n");
    expect(result.verdict).toBe("met");
    expect(result.evidence[0]?.quote).toBe("Reading blueprints");
  });

  it("is partial when a list is only partly stated, and names what is missing", () => {
    const result = judge("Proficient in Java and AngularJS", "Built Java services for 4 years.");
    expect(result.verdict).toBe("partial");
    expect(result.missing).toEqual(["AngularJS"]);
    expect(result.reason).toContain('but not "AngularJS"');
  });

  it("is missing when nothing is stated", () => {
    const result = judge("Forklift operation", "Skills\n- Customer service\n");
    expect(result.verdict).toBe("missing");
    expect(result.evidence).toEqual([]);
  });

  it("gives partial (never full) credit for a related graph skill and names it", () => {
    const graph = new SkillGraph();
    const skill = (id: string, label: string) =>
      graph.addSkill({
        id,
        source: "test",
        preferredLabel: label,
        altLabels: [],
        hiddenLabels: [],
        type: "skill",
        description: "",
      });
    skill("s:postgres", "PostgreSQL");
    skill("s:mysql", "MySQL");
    graph.addEdge({ kind: "skill-related", from: "s:postgres", to: "s:mysql", weight: 1, source: "test" });
    const labels: Record<string, string> = { PostgreSQL: "s:postgres", MySQL: "s:mysql" };
    const linker: MentionLinker = {
      detectMentions: (text) =>
        Object.entries(labels).flatMap(([label, skillId]): LinkedSkillMention[] => {
          const start = text.indexOf(label);
          return start < 0
            ? []
            : [{ start, end: start + label.length, text: label, skillId, label, score: 1 }];
        }),
    };
    const result = judge("PostgreSQL", "Skills\n- MySQL administration\n", { linker, graph });
    expect(result.verdict).toBe("partial");
    expect(result.relatedSkill).toMatchObject({ id: "s:mysql", label: "MySQL", relation: "related" });
    expect(result.reason).toContain("MySQL");
  });
});

describe("evidence inside a job title", () => {
  const resume = "Experience\nJava Developer (2015 - 2019)\nBuilt payment services.";
  const title = { start: resume.indexOf("Java"), end: resume.indexOf(" (2015") };
  it("is weak: a skill named only in a title is partial and listed as not stated", () => {
    const result = judge("Java", resume, { titles: [title] });
    expect(result.verdict).toBe("partial");
    expect(result.missing).toEqual(["Java"]);
    expect(result.reason).toContain("only in a job title");
  });
  it("counts fully when a description also states the skill", () => {
    const stated = `${resume}\nWrote Java services with Spring.`;
    expect(judge("Java", stated, { titles: [title] }).verdict).toBe("met");
  });
});
