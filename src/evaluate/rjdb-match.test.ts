import { describe, expect, it } from "vitest";
import { HAS_SHARED_DATA, sharedData } from "../../test/support/shared-data.js";
import { parseRjdbJsonl, readRjdbJsonl } from "../datasets/rjdb-row.js";
import { createMatcher } from "../match/create-matcher.js";
import { namesSameSkill, rjdbMatchMetrics, rjdbTrainingPairs, runRjdbMatch } from "./rjdb-match.js";

const JOB =
  "## Job Title\nBaker\n\n## Required Skills\n- Bread baking\n- Food safety\n- Cake decorating\n\n## Required Experience\n- At least 4 years as a Baker.\n";
const MATCHED =
  "## Skills\n- Bread baking\n- Food safety\n- Cake decorating\n\n## Experience\n- Baker (2018 - 2022)\n";
const UNMATCHED = "## Skills\n- Bread baking\n- Food safety\n\n## Experience\n- Baker (2018 - 2020)\n";
const ROW = {
  "Job-Description": JOB,
  "Resume-matched": MATCHED,
  "Resume-unmatched": UNMATCHED,
  Skills: ["Bread baking", "Food safety", "Cake decorating"],
  Experiences: ["Baker"],
  "Experiences-years": [[["4 years as a Baker"], ["Baker (2018 - 2022)"]], 2022, [4]],
  "Filtered-information": {
    Skills: ["Cake Decorating"],
    Experience: 'instead of "Baker (2018 - 2022)" use "Baker (2018 - 2020)"',
  },
};

describe("namesSameSkill", () => {
  it("matches a listed requirement to the dataset's skill name up to wording", () => {
    expect(namesSameSkill("Cake decorating", "Cake Decorating Skills")).toBe(true);
    expect(namesSameSkill("physical fitness to manage equipment", "Physical Fitness")).toBe(true);
    expect(namesSameSkill("Bread baking", "Cake Decorating")).toBe(false);
  });
});

describe("rjdb-match metrics", () => {
  it("scores both pairs of each row and checks missing skills and the experience gap", () => {
    const rows = parseRjdbJsonl(`${JSON.stringify(ROW)}\n`);
    const run = runRjdbMatch(rows, createMatcher({}));
    const metrics = rjdbMatchMetrics(rows, run);
    expect(metrics.pairwise_accuracy).toBe(1);
    expect(metrics.missing_skill_precision).toBe(1);
    expect(metrics.missing_skill_recall).toBe(1);
    expect(metrics.experience_gap_accuracy).toBe(1);
    expect(metrics.pairs_per_second).toBeGreaterThan(0);
    expect(rjdbTrainingPairs(run).map((pair) => pair.label)).toEqual([1, 0]);
  });
});

describe.skipIf(!HAS_SHARED_DATA)("rjdb-match on the first dev rows", () => {
  it("ranks the matched resume above the unmatched one for most jobs", () => {
    const rows = readRjdbJsonl(sharedData("rjdb/rjdb-dev.jsonl")).slice(0, 40);
    const metrics = rjdbMatchMetrics(rows, runRjdbMatch(rows, createMatcher({})));
    expect(metrics.pairwise_accuracy).toBeGreaterThan(0.85);
    expect(metrics.auc).toBeGreaterThan(0.8);
  });
});
