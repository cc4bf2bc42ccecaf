import type { Skill } from "../../graph/model.js";
import { SkillGraph } from "../../graph/skill-graph.js";
import { createWordVectors, type WordVectors } from "../word-vectors.js";

function skill(id: string, preferredLabel: string, extra: Partial<Skill> = {}): Skill {
  return {
    id,
    source: id.startsWith("onet:") ? "onet" : "esco",
    preferredLabel,
    altLabels: [],
    hiddenLabels: [],
    type: "skill",
    description: "",
    ...extra,
  };
}

const ESCO = "http://data.europa.eu/esco/skill/";
const OCCUPATION = "http://data.europa.eu/esco/occupation/";

/** A dozen skills and three occupations with the traps of real dictionaries. */
export function createTinySkillGraph(): SkillGraph {
  const graph = new SkillGraph();
  const skills: Skill[] = [
    skill(`${ESCO}sql`, "SQL", { type: "knowledge", altLabels: ["structured query language"] }),
    skill(`${ESCO}postgresql`, "PostgreSQL", { type: "knowledge" }),
    skill(`${ESCO}java`, "Java (computer programming)", { type: "knowledge", altLabels: ["Java"] }),
    skill(`${ESCO}javascript`, "JavaScript", { type: "knowledge" }),
    skill("onet:tech:react", "React", { type: "technology" }),
    skill("onet:tech:c", "C", { type: "technology" }),
    skill("onet:tech:c-plus-plus", "C++", { type: "technology" }),
    skill("onet:tech:r", "R", { type: "technology" }),
    skill("onet:tech:go", "Go", { type: "technology" }),
    skill("onet:tech:microsoft-excel", "Microsoft Excel", { type: "technology", altLabels: ["Excel"] }),
    skill(`${ESCO}manage-time`, "manage time", {
      altLabels: ["time management"],
      reuseLevel: "transversal",
      description: "Plan the temporal sequence of events, programmes and activities.",
    }),
    skill(`${ESCO}food-safety`, "food safety principles", {
      type: "knowledge",
      description: "Food preparation, handling and storage that reduce the risk of illness.",
    }),
    skill(`${ESCO}history`, "history", { type: "knowledge", description: "The study of past events." }),
    skill(`${ESCO}teamwork`, "work in teams", {
      altLabels: ["teamwork"],
      reuseLevel: "transversal",
      description: "Work confidently within a group.",
    }),
  ];
  for (const entry of skills) graph.addSkill(entry);
  const occupations = [
    {
      id: `${OCCUPATION}software-developer`,
      label: "software developer",
      alt: ["programmer", "Java developer"],
    },
    { id: `${OCCUPATION}cashier`, label: "cashier", alt: ["checkout operator"] },
    { id: `${OCCUPATION}cook`, label: "cook", alt: ["chef"] },
  ];
  for (const occupation of occupations) {
    graph.addOccupation({
      id: occupation.id,
      source: "esco",
      preferredLabel: occupation.label,
      altLabels: occupation.alt,
      hiddenLabels: [],
      description: "",
    });
  }
  graph.addOccupation({
    id: "onet:41-2011.00",
    source: "onet",
    preferredLabel: "Cashiers",
    altLabels: ["Till Operator"],
    hiddenLabels: [],
    description: "",
  });
  graph.addEdge({
    kind: "crosswalk",
    from: `${OCCUPATION}cashier`,
    to: "onet:41-2011.00",
    weight: 1,
    source: "crosswalk",
  });
  graph.addEdge({
    kind: "occupation-skill",
    from: `${OCCUPATION}cook`,
    to: `${ESCO}food-safety`,
    weight: 1,
    source: "esco",
  });
  graph.addEdge({
    kind: "occupation-skill",
    from: `${OCCUPATION}software-developer`,
    to: `${ESCO}java`,
    weight: 1,
    source: "esco",
  });
  return graph;
}

/**
 * Tiny 4-d word vectors: words of one topic point the same way. Ranks follow the list order, so
 * "the", "go", "history" count as very common English words.
 */
export function createTinyWordVectors(): WordVectors {
  const topics: Record<string, number[]> = {
    time: [1, 0, 0, 0],
    work: [0, 1, 0, 0],
    food: [0, 0, 1, 0],
    code: [0, 0, 0, 1],
  };
  const words: [string, keyof typeof topics][] = [
    ["the", "work"],
    ["go", "work"],
    ["history", "time"],
    ["time", "time"],
    ["schedule", "time"],
    ["deadlines", "time"],
    ["manage", "work"],
    ["handle", "work"],
    ["team", "work"],
    ["teams", "work"],
    ["colleagues", "work"],
    ["food", "food"],
    ["hygiene", "food"],
    ["safety", "food"],
    ["kitchen", "food"],
    ["programming", "code"],
    ["software", "code"],
    ["developer", "code"],
    ["programmer", "code"],
    ["excel", "code"],
  ];
  const dimensions = 4;
  const data = new Float32Array(words.length * dimensions);
  words.forEach(([word, topic], row) => {
    const base = topics[topic]!;
    const jitter = (word.length % 5) * 0.05;
    const vector = base.map((value, d) => value + (d === row % dimensions ? jitter : 0));
    const norm = Math.hypot(...vector);
    vector.forEach((value, d) => {
      data[row * dimensions + d] = value / norm;
    });
  });
  return createWordVectors({
    dimensions,
    words: words.map(([word]) => word),
    ranks: words.map((_, rank) => rank),
    data,
  });
}
