/**
 * Recommendation latency over 10k jobs: one CV ranked against 10 000 synthetic postings with the
 * reward model, with the generation-enhanced MLP recommender, and with graph generation (a tiny
 * in-memory graph, so the figure is ranking cost, not graph search).
 * Run: npx tsx bench/recommend.bench.ts
 */

import { createRandom } from "../src/core/random.js";
import { trainMlp } from "../src/learn/mlp.js";
import { createGraphJobGenerator } from "../src/recommend/graph-job-generator.js";
import type { CvProfile, JobPosting } from "../src/recommend/profiles.js";
import { type RecommendOptions, recommendJobs } from "../src/recommend/recommend-jobs.js";
import { createRecommenderFeatures } from "../src/recommend/recommender-features.js";
import { tinyGraph } from "../src/recommend/test-fixtures/tiny-graph.js";

const WORDS = [
  "senior",
  "line",
  "cook",
  "accountant",
  "staff",
  "driver",
  "warehouse",
  "nurse",
  "developer",
  "web",
];
const SKILLS = [
  "prepare food",
  "food hygiene",
  "keep ledgers",
  "tax law",
  "forklift",
  "patient care",
  "typescript",
];
const STATES = ["WA", "OR", "CA", "NY", "TX"];
const random = createRandom(1);
const pick = <T>(items: readonly T[]) => items[random.integer(items.length)] as T;
const jobs: JobPosting[] = Array.from({ length: 10_000 }, (_, index) => ({
  id: `${index}`,
  title: `${pick(WORDS)} ${pick(WORDS)}`,
  skills: [pick(SKILLS), pick(SKILLS)],
  description: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} duties in a busy team`,
  state: pick(STATES),
}));
const profile: CvProfile = {
  titles: ["Line Cook", "Kitchen Helper"],
  skills: ["food hygiene", "prepare food"],
  text: "Prepared food for 200 covers a night; kept the kitchen clean.",
  years: 6,
  state: "WA",
};

// A recommender with the enhanced MLP's input shape (weights from a quick fit on random rows).
const features = createRecommenderFeatures();
const rows = Array.from({ length: 512 }, () =>
  Float32Array.from({ length: features.sizes.mlpEnhanced }, () => random.next()),
);
const recommender = trainMlp(
  { features: rows, labels: rows.map(() => random.integer(2)) },
  { epochs: 1, hidden: [32] },
);

async function measure(name: string, options: RecommendOptions): Promise<void> {
  await recommendJobs(profile, jobs, options);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    await recommendJobs(profile, jobs, options);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(40)} median ${times[2]?.toFixed(0)} ms per request over ${jobs.length} jobs`);
}

await measure("reward-model ranking", {});
await measure("enhanced MLP recommender", { recommender });
await measure("graph generation + reward ranking", { generator: createGraphJobGenerator(tinyGraph()) });
