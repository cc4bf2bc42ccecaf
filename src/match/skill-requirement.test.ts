import { describe, expect, it } from "vitest";
import { SkillGraph } from "../graph/skill-graph.js";
import { createEvidenceIndex } from "./evidence-index.js";
import { analyzeSkillRequirement, requirementComponents, skillVariants } from "./skill-phrases.js";
import { type LinkedSkillMention, type MentionLinker, matchSkillRequirement } from "./skill-requirement.js";

function judge(
  requirement: string,
  resume: string,
  extra: { linker?: MentionLinker; graph?: SkillGraph } = {},
) {
  const index = createEvidenceIndex(resume);
  const resumeMentions = extra.linker?.detectMentions(resume) ?? [];
  return matchSkillRequirement(analyzeSkillRequirement({ text: requirement }, "required-skill"), {
    index,
    resumeMentions,
    ...extra,
  });
}

describe("requirementComponents", () => {
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
