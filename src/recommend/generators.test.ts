import { describe, expect, it } from "vitest";
import { createFakeLanguageModel } from "../llm/fake-language-model.js";
import { prepareProfile } from "./fit-features.js";
import { createGraphJobGenerator } from "./graph-job-generator.js";
import { createLlmJobGenerator } from "./llm-job-generator.js";
import { createNeighbourJobGenerator } from "./neighbour-job-generator.js";
import type { CvProfile, IdealJob } from "./profiles.js";
import { preferencePairs, rankByReward, toJsonl } from "./reward-guided.js";
import { createRewardModel } from "./reward-model.js";
import { tinyGraph } from "./test-fixtures/tiny-graph.js";

const cook: CvProfile = { titles: ["Cook", "Kitchen helper"], skills: ["food hygiene"], text: "", years: 8 };

describe("createGraphJobGenerator", () => {
  it("infers the occupation from titles and composes skills at the person's level", async () => {
    const [job] = await createGraphJobGenerator(tinyGraph()).generate(cook);
    expect(job?.title).toBe("Senior cook");
    expect(job?.seniority).toBe("senior");
    expect(job?.essentialSkills).toEqual(["prepare food"]);
    expect(job?.optionalSkills).toEqual(["food hygiene"]);
    expect(job?.occupationIds).toEqual(["occ:cook"]);
    expect(job?.summary).toBe("Cooks prepare and present food.");
  });

  it("returns nothing for a CV the graph knows nothing about", async () => {
    const jobs = await createGraphJobGenerator(tinyGraph()).generate({
      titles: ["zzz"],
      skills: [],
      text: "",
      years: 0,
    });
    expect(jobs).toEqual([]);
  });
});

describe("createLlmJobGenerator", () => {
  it("asks for a schema-valid ideal job: greedy first, then seeded samples", async () => {
    const reply = {
      title: "Chef",
      seniority: "mid",
      essentialSkills: ["cooking"],
      optionalSkills: [],
      summary: "Cook.",
    };
    const model = createFakeLanguageModel({ responses: [JSON.stringify(reply)] });
    const jobs = await createLlmJobGenerator(model).generate(cook, { count: 2, seed: 5 });
    expect(jobs.map((job) => job.title)).toEqual(["Chef", "Chef"]);
    expect(jobs[0]?.source).toBe("llm");
    expect(model.calls.map((call) => [call.temperature, call.seed])).toEqual([
      [0, 5],
      [0.8, 6],
    ]);
    expect(model.calls[0]?.responseFormat?.type).toBe("json_schema");
  });
});

describe("createNeighbourJobGenerator", () => {
  it("composes the job from what similar CVs went for, never from the person's own pairs", () => {
    const job = (title: string) => ({ id: title, title, description: "", skills: [] });
    const generator = createNeighbourJobGenerator([
      { ownerId: "a", profile: { ...cook, titles: ["Cook"] }, job: job("Line Cook") },
      { ownerId: "b", profile: { ...cook, titles: ["Cook"] }, job: job("Prep Cook") },
      { ownerId: "c", profile: { ...cook, titles: ["Accountant"] }, job: job("Auditor") },
    ]);
    expect(generator.generateFor(cook, "a", 3).map((generated) => generated.title)).toEqual(["Prep Cook"]);
  });
});

describe("reward-guided best-of-n", () => {
  const candidates: IdealJob[] = [
    {
      title: "Accountant",
      seniority: "mid",
      essentialSkills: [],
      optionalSkills: [],
      summary: "",
      source: "t",
    },
    {
      title: "Cook",
      seniority: "mid",
      essentialSkills: ["food hygiene"],
      optionalSkills: [],
      summary: "",
      source: "t",
    },
  ];
  const prepared = prepareProfile(cook);

  it("picks the candidate with the best reward when drift is cheap", () => {
    const ranked = rankByReward(prepared, candidates, createRewardModel(), { driftPenalty: 0 });
    expect(ranked[0]?.job.title).toBe("Cook");
    expect(ranked[0]?.drift).toBeGreaterThan(0);
  });

  it("keeps the reference when the drift penalty dominates", () => {
    const ranked = rankByReward(prepared, candidates, createRewardModel(), { driftPenalty: 100 });
    expect(ranked[0]?.job.title).toBe("Accountant");
    expect(ranked[0]?.drift).toBe(0);
  });

  it("exports (chosen, rejected) pairs as JSON Lines", () => {
    const ranked = rankByReward(prepared, candidates, createRewardModel(), { driftPenalty: 0 });
    const lines = toJsonl(preferencePairs(prepared, ranked)).trim().split("\n");
    expect(lines).toHaveLength(1);
    const pair = JSON.parse(lines[0] as string);
    expect(JSON.parse(pair.chosen).title).toBe("Cook");
    expect(JSON.parse(pair.rejected).title).toBe("Accountant");
    expect(pair.prompt).toContain("Cook; Kitchen helper");
    expect(pair.chosen_objective).toBeGreaterThan(pair.rejected_objective);
  });
});
