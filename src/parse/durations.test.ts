import { describe, expect, it } from "vitest";
import { mergedMonths, monthsBetween, summariseExperience, toInterval } from "./durations.js";

const reference = new Date(Date.UTC(2024, 5, 15));

describe("monthsBetween", () => {
  it("year-only ranges count whole years, as RJDB does: 2019 - 2023 = 48 months", () => {
    expect(monthsBetween({ year: 2019 }, { year: 2023 }, reference)).toBe(48);
  });
  it("month ranges are inclusive: Jan–Mar 2019 = 3 months, Jan 2016–Dec 2019 = 48", () => {
    expect(monthsBetween({ year: 2019, month: 1 }, { year: 2019, month: 3 }, reference)).toBe(3);
    expect(monthsBetween({ year: 2016, month: 1 }, { year: 2019, month: 12 }, reference)).toBe(48);
  });
  it('"present" resolves against the injected reference date', () => {
    expect(monthsBetween({ year: 2024, month: 1 }, "present", reference)).toBe(6);
    expect(monthsBetween({ year: 2020 }, "present", reference)).toBe(48);
  });
  it("never negative", () => {
    expect(monthsBetween({ year: 2020, month: 5 }, { year: 2020, month: 1 }, reference)).toBe(0);
  });
});

describe("total experience", () => {
  it("merges overlapping roles instead of double counting", () => {
    const a = toInterval({ year: 2015 }, { year: 2019 }, reference);
    const b = toInterval({ year: 2017 }, { year: 2021 }, reference);
    const c = toInterval({ year: 2022 }, { year: 2023 }, reference);
    expect(mergedMonths([a, b, c])).toBe(72 + 12);
    const summary = summariseExperience([
      { title: "Developer", interval: a },
      { title: "developer", interval: b },
      { title: "Lead", interval: c },
    ]);
    expect(summary.totalMonths).toBe(84);
    expect(summary.byTitle).toEqual([
      { title: "Developer", months: 72 },
      { title: "Lead", months: 12 },
    ]);
  });
});
