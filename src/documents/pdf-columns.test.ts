import { describe, expect, it } from "vitest";
import { findGutter, layoutPage } from "./pdf-columns.js";
import { buildLines, lineText, type PositionedText } from "./pdf-lines.js";

/** Items with Helvetica-like widths (0.5 em per character). */
function item(text: string, x: number, y: number, fontSize = 10): PositionedText {
  return { text, x, y, width: text.length * fontSize * 0.5, fontSize };
}

describe("buildLines", () => {
  it("groups items by baseline, sorts them by x and inserts spaces at gaps", () => {
    const lines = buildLines([
      item("world", 80, 700),
      item("Hello", 50, 701),
      item("next", 50, 685),
      item(" ", 60, 685),
    ]);
    expect(lines.map((line) => lineText(line.items))).toEqual(["Hello world", "next"]);
  });

  it("separates far-apart items with a tab", () => {
    expect(lineText(buildLines([item("Engineer", 50, 700), item("2019", 400, 700)])[0]?.items ?? [])).toBe(
      "Engineer\t2019",
    );
  });

  it("joins split words without inventing spaces", () => {
    const lines = buildLines([item("Type", 50, 700), item("Script", 70, 700)]);
    expect(lineText(lines[0]?.items ?? [])).toBe("TypeScript");
  });
});

describe("layoutPage", () => {
  it("emits the left column before the right one, after a full-width header", () => {
    const items = [item("Jane Doe - Staff Engineer - jane@example.com - Berlin, Germany", 50, 760)];
    const left = ["Skills", "TypeScript", "Go", "Languages", "German"];
    const right = [
      "Experience",
      "Staff Engineer at Globex",
      "Built the billing platform",
      "Education",
      "MSc 2016",
    ];
    items.push(...left.map((text, index) => item(text, 50, 720 - index * 14)));
    items.push(...right.map((text, index) => item(text, 260, 720 - index * 14)));
    expect(layoutPage(buildLines(items)).split("\n")).toEqual([
      "Jane Doe - Staff Engineer - jane@example.com - Berlin, Germany",
      "",
      ...left,
      "",
      ...right,
    ]);
  });

  it("reads a narrow sidebar and a main column with different baselines in order", () => {
    const sidebar = ["Contact", "Berlin", "Skills", "Go", "Rust", "SQL", "Languages", "German"];
    const main = [
      "Profile",
      "Backend engineer with nine years of experience in payments and data platforms.",
      "Experience",
      "Lead Engineer at Hooli from January 2020 to the present day in Berlin",
      "Engineer at Pied Piper from 2014 to 2019 working on compression services",
    ];
    const items = [
      ...sidebar.map((text, index) => item(text, 40, 740 - index * 13, 9)),
      ...main.map((text, index) => item(text, 190, 735 - index * 21, 11)),
    ];
    expect(findGutter(buildLines(items))).toBeDefined();
    const lines = layoutPage(buildLines(items))
      .split("\n")
      .filter((line) => line.length > 0);
    expect(lines).toEqual([...sidebar, ...main]);
  });

  it("keeps right-aligned dates on the line of their job title", () => {
    const items: PositionedText[] = [];
    for (let role = 0; role < 4; role++) {
      const top = 720 - role * 60;
      items.push(
        item(`Senior Software Engineer at Company Number ${role}`, 50, top),
        item("2019 - 2023", 480, top),
      );
      items.push(item("Built services used by many teams across the company", 50, top - 14));
      items.push(item("Mentored engineers and ran the hiring loop", 50, top - 28));
    }
    const gutter = findGutter(buildLines(items));
    expect(gutter).toBeUndefined();
    expect(layoutPage(buildLines(items)).split("\n")[0]).toBe(
      "Senior Software Engineer at Company Number 0\t2019 - 2023",
    );
  });

  it("keeps single-column prose untouched", () => {
    const items = Array.from({ length: 10 }, (_, index) =>
      item("A long line of prose that spans the whole width of the page.", 50, 700 - index * 14),
    );
    expect(findGutter(buildLines(items))).toBeUndefined();
  });

  it("separates paragraphs by a blank line where the vertical gap is large", () => {
    const text = layoutPage(
      buildLines([item("Experience", 50, 700), item("Acme", 50, 686), item("Education", 50, 640)]),
    );
    expect(text).toBe("Experience\nAcme\n\nEducation");
  });
});
