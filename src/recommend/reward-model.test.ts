import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIT_FEATURE_NAMES, fitFeatures, prepareProfile } from "./fit-features.js";
import type { JobPosting } from "./profiles.js";
import { recommendJobs } from "./recommend-jobs.js";
import { loadRewardModel, type RewardPair, saveRewardModel, trainRewardModel } from "./reward-model.js";

const posting = (id: string, title: string, skills: string[] = [], state?: string): JobPosting => ({
  id,
  title,
  description: "",
  skills,
  ...(state ? { state } : {}),
});

describe("trainRewardModel", () => {
  it("learns that title overlap marks the viewed job, and round-trips through a file", () => {
    const titles = ["cook", "accountant", "driver", "nurse", "developer", "cashier"];
    const pairs: RewardPair[] = [];
    titles.forEach((title, index) => {
      const profile = prepareProfile({ titles: [`senior ${title}`], skills: [], text: "", years: 3 });
      const other = titles[(index + 1) % titles.length] as string;
      for (let repeat = 0; repeat < 10; repeat++) {
        pairs.push({ profile, preferred: posting("p", `${title} ${repeat}`), other: posting("n", other) });
      }
    });
    const reward = trainRewardModel(pairs, { seed: 3 });
    const coverage = reward.weights[FIT_FEATURE_NAMES.indexOf("title_coverage")] as number;
    expect(coverage).toBeGreaterThan(0);
    const path = join(mkdtempSync(join(tmpdir(), "reward-")), "reward.json");
    saveRewardModel(path, reward, { data: { pairs: pairs.length }, metrics: {} });
    expect(Array.from(loadRewardModel(path).weights)).toEqual(Array.from(reward.weights));
  });
});

describe("fitFeatures", () => {
  it("stays in [0, 1] for any titles and skills (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string()),
        fc.array(fc.string()),
        fc.string(),
        fc.nat(60),
        (titles, skills, title, years) => {
          const features = fitFeatures(
            prepareProfile({ titles, skills, text: "", years }),
            posting("j", title, skills),
          );
          for (const value of features) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1 + 1e-6);
          }
        },
      ),
    );
  });
});

describe("recommendJobs", () => {
  it("ranks the job that fits the CV first and says why", async () => {
    const profile = {
      titles: ["Line Cook"],
      skills: ["food safety"],
      text: "cooked meals",
      years: 2,
      state: "WA",
    };
    const result = await recommendJobs(profile, [
      posting("1", "Payroll Clerk", ["payroll"], "NY"),
      posting("2", "Cook", ["food safety"], "WA"),
    ]);
    expect(result.jobs.map((ranked) => ranked.job.id)).toEqual(["2", "1"]);
    expect(result.jobs[0]?.reasons).toContain("in your state");
    expect(result.jobs[0]?.reasons.some((reason) => reason.includes('"Line Cook"'))).toBe(true);
    expect(result.idealJob).toBeUndefined();
  });
});
