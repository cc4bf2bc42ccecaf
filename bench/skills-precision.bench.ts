/**
 * Precision of whole-document skill linking (`linkMentions`, open-vocabulary mentions excluded) on
 * the hand-labelled sample in src/skills/test-fixtures/precision-sample.ts, with the full ESCO +
 * O*NET graph (../shared/data). Links not in the labels are listed so they can be judged and added.
 * Run: npx tsx bench/skills-precision.bench.ts
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSkillLinker } from "../src/skills/skill-linker.js";
import { PRECISION_DOCUMENTS, PRECISION_LABELS } from "../src/skills/test-fixtures/precision-sample.js";
import { loadSharedGraph } from "../test/support/shared-graph.js";

const linker = createSkillLinker(loadSharedGraph(), { cacheDir: join(tmpdir(), "skillgraph-bench-cache") });
const judged = new Map(PRECISION_LABELS.map(([text, label, correct]) => [`${text}\t${label}`, correct]));
const counts: Record<"dictionary" | "semantic", [right: number, total: number]> = {
  dictionary: [0, 0],
  semantic: [0, 0],
};
const unlabelled: string[] = [];
for (const document of PRECISION_DOCUMENTS) {
  for (const mention of linker.linkMentions(document)) {
    if (mention.openVocabulary) continue;
    const key = `${mention.text.replace(/\s+/g, " ")}\t${mention.label}`;
    const correct = judged.get(key);
    if (correct === undefined) {
      unlabelled.push(key.replace("\t", " → "));
      continue;
    }
    counts[mention.source][0] += correct ? 1 : 0;
    counts[mention.source][1] += 1;
  }
}
const percent = ([right, total]: number[]) =>
  `${right}/${total} = ${((100 * right!) / (total! || 1)).toFixed(1)}%`;
const all = [counts.dictionary[0]! + counts.semantic[0]!, counts.dictionary[1]! + counts.semantic[1]!];
console.log(`documents: ${PRECISION_DOCUMENTS.length}`);
console.log(`precision, all links        ${percent(all)}`);
console.log(`precision, dictionary links ${percent(counts.dictionary)}`);
console.log(`precision, semantic links   ${percent(counts.semantic)}`);
console.log(
  `unlabelled links: ${unlabelled.length}${unlabelled.length ? `\n  ${unlabelled.join("\n  ")}` : ""}`,
);
