import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForMatching, stem, tokenize } from "./text-normalize.js";

describe("text normalization", () => {
  it("folds case, dashes and quotes without changing the length", () => {
    expect(foldForMatching("Full–Stack Developer’s")).toBe("full-stack developer's");
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "binary" }), (text) => {
        expect(foldForMatching(text)).toHaveLength(text.length);
      }),
    );
  });

  it("tokenizes with spans inside the text", () => {
    expect(tokenize("C++ and C#, SQL").map((token) => token.text)).toEqual(["c++", "and", "c#", "sql"]);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const token of tokenize(text)) {
          expect(text.slice(token.start, token.end).toLowerCase()).toBe(token.text);
        }
      }),
    );
  });

  it("stems inflections to one form and keeps react apart from reactive", () => {
    expect(stem("managing")).toBe(stem("manage"));
    expect(stem("management")).toBe(stem("manage"));
    expect(stem("developer")).toBe(stem("development"));
    expect(stem("teams")).toBe(stem("team"));
    expect(stem("reactive")).not.toBe(stem("react"));
    expect(stem("sql")).toBe("sql");
  });
});
