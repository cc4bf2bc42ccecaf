import { homedir } from "node:os";
import { join } from "node:path";
import type { SkillGraph } from "../graph/skill-graph.js";
import { words } from "./text-normalize.js";
import { loadWordVectors, type WordVectors } from "./word-vectors.js";

/** Every word of the graph's skill and occupation labels and descriptions. */
export function graphVocabulary(graph: SkillGraph): Set<string> {
  const vocabulary = new Set<string>();
  const add = (text: string) => {
    for (const word of words(text)) vocabulary.add(word);
  };
  for (const node of [...graph.skills, ...graph.occupations]) {
    add(node.preferredLabel);
    for (const label of node.altLabels) add(label);
    add(node.description);
  }
  return vocabulary;
}

/** Default cache folder for derived files when the caller names none: ~/.cache/skillgraph. */
export function defaultCacheDir(): string {
  return join(homedir(), ".cache", "skillgraph");
}

/** Word vectors for the graph: the 60 000 most frequent English words plus the graph vocabulary. */
export function loadGraphWordVectors(graph: SkillGraph, cacheDir = defaultCacheDir()): WordVectors {
  return loadWordVectors({ cacheDir, extraWords: graphVocabulary(graph) });
}
