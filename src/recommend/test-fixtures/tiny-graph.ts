import { SkillGraph } from "../../graph/skill-graph.js";

/** A small graph for generator tests: cook, kitchen assistant, head chef and accountant with skills. */
export function tinyGraph(): SkillGraph {
  const graph = new SkillGraph();
  const occupation = (id: string, label: string, description: string) =>
    graph.addOccupation({
      id,
      source: "test",
      preferredLabel: label,
      altLabels: [],
      hiddenLabels: [],
      description,
    });
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
  occupation("occ:cook", "cook", "Cooks prepare and present food. They work in kitchens.");
  occupation("occ:kitchen", "kitchen assistant", "Kitchen assistants clean and help cooks.");
  occupation("occ:chef", "head chef", "Head chefs run kitchens and plan menus.");
  occupation("occ:accountant", "accountant", "Accountants keep and check financial records.");
  skill("sk:food", "prepare food");
  skill("sk:hygiene", "food hygiene");
  skill("sk:ledger", "keep ledgers");
  skill("sk:dishes", "wash dishes");
  skill("sk:tax", "tax law");
  const edge = (from: string, to: string, relation: "essential" | "optional") =>
    graph.addEdge({ kind: "occupation-skill", from, to, relation, weight: 1, source: "test" });
  edge("occ:cook", "sk:food", "essential");
  edge("occ:cook", "sk:hygiene", "optional");
  edge("occ:kitchen", "sk:dishes", "essential");
  edge("occ:chef", "sk:food", "essential");
  edge("occ:accountant", "sk:ledger", "essential");
  edge("occ:accountant", "sk:tax", "optional");
  return graph;
}
