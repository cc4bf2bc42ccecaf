import { describe, expect, it } from "vitest";
import { findExperienceClaims } from "./experience-claims.js";

describe("findExperienceClaims", () => {
  it("reads stated totals in their common forms", () => {
    const text =
      "Offering over 22 years of rich national & international experience. 11 years' experience in testing. " +
      "3.5 years of IT experience. Five years of experience. 2 years and 6 months of experience.";
    const claims = findExperienceClaims(text);
    expect(claims.map((claim) => claim.years)).toEqual([22, 11, 3.5, 5, 2.5]);
    expect(claims.map((claim) => text.slice(claim.span.start, claim.span.end))).toEqual([
      "22 years",
      "11 years'",
      "3.5 years",
      "Five years",
      "2 years and 6 months",
    ]);
  });
  it("ignores years that are not experience", () => {
    expect(findExperienceClaims("A 5 year warranty. Founded 20 years ago.")).toEqual([]);
  });
});
