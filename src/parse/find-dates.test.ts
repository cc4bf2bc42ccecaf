import { describe, expect, it } from "vitest";
import { findDateRanges, findSingleDates, parseDate } from "./find-dates.js";

const reference = { referenceDate: new Date(Date.UTC(2024, 5, 15)) };

function only(text: string) {
  const ranges = findDateRanges(text, 0, text.length, reference);
  expect(ranges).toHaveLength(1);
  const range = ranges[0]!;
  return { start: range.start, end: range.end, quoted: text.slice(range.span.start, range.span.end) };
}

describe("findDateRanges: the forms real resumes use", () => {
  it('"2019 - 2023"', () => {
    expect(only("Analyst 2019 - 2023")).toEqual({
      start: { year: 2019 },
      end: { year: 2023 },
      quoted: "2019 - 2023",
    });
  });
  it('"Jan 2019 – Present"', () => {
    expect(only("Jan 2019 – Present")).toMatchObject({ start: { year: 2019, month: 1 }, end: "present" });
  });
  it('"03/2018 to date"', () => {
    expect(only("Engineer, 03/2018 to date")).toMatchObject({
      start: { year: 2018, month: 3 },
      end: "present",
    });
  });
  it('"Jun \'19 - \'22" and a bare "\'22"', () => {
    expect(only("Jun '19 - '22")).toMatchObject({ start: { year: 2019, month: 6 }, end: { year: 2022 } });
    expect(findSingleDates("Graduated '22", 0, 13, reference)[0]?.date).toEqual({ year: 2022 });
    expect(parseDate("'98", reference)).toEqual({ year: 1998 });
  });
  it('"from 2013-2014" and "in 2012-2013" (the lead word is part of the evidence)', () => {
    expect(only("worked there from 2013-2014")).toMatchObject({
      start: { year: 2013 },
      quoted: "from 2013-2014",
    });
    expect(only("a clerk in 2012-2013.")).toMatchObject({ end: { year: 2013 }, quoted: "in 2012-2013" });
  });
  it('"for a period of 1 year (2017 - 2018)" and "(2014 - 2019)"', () => {
    expect(only("for a period of 1 year (2017 - 2018)")).toMatchObject({
      start: { year: 2017 },
      quoted: "2017 - 2018",
    });
    expect(only("Tile Setter (2014 - 2019)")).toMatchObject({ quoted: "2014 - 2019" });
  });
  it("month names in full, with commas, and numeric months", () => {
    expect(only("November 2016 to October 2017")).toMatchObject({
      start: { year: 2016, month: 11 },
      end: { year: 2017, month: 10 },
    });
    expect(only("Sept. 2015 - Mar, 2016")).toMatchObject({
      start: { month: 9 },
      end: { year: 2016, month: 3 },
    });
    expect(only("1/2010 – 12/2012")).toMatchObject({ start: { year: 2010, month: 1 }, end: { month: 12 } });
  });
  it('short ends, "between … and …", "since" and "onwards"', () => {
    expect(only("2014-15")).toMatchObject({ end: { year: 2015 } });
    expect(only("between 2010 and 2012")).toMatchObject({ start: { year: 2010 }, end: { year: 2012 } });
    expect(only("since 2019")).toMatchObject({ start: { year: 2019 }, end: "present" });
    expect(only("September 2017 onwards")).toMatchObject({ start: { year: 2017, month: 9 }, end: "present" });
    expect(only("May 2017 till date")).toMatchObject({ end: "present" });
  });
  it("slashed and hyphenated months, US day dates, seasons, a lost dash before Present", () => {
    expect(only("May/2008 - May/2016")).toMatchObject({
      start: { year: 2008, month: 5 },
      end: { year: 2016, month: 5 },
    });
    expect(only("Jun-2008 to Aug-2010")).toMatchObject({
      start: { month: 6 },
      end: { year: 2010, month: 8 },
    });
    expect(only("8/1/2008 - 1/1/2012")).toMatchObject({
      start: { year: 2008, month: 8 },
      end: { year: 2012, month: 1 },
    });
    expect(only("Summer 2014 - Fall 2015")).toMatchObject({
      start: { year: 2014, month: 6 },
      end: { month: 9 },
    });
    expect(only("Work Experience 2016present")).toMatchObject({ start: { year: 2016 }, end: "present" });
  });
  it("rejects non-dates: phone numbers, versions, backwards ranges", () => {
    const text = "Call 555-1234, Python 3.10, 2019 - 10 people, 2020 - 2018";
    expect(findDateRanges(text, 0, text.length, reference)).toEqual([]);
    expect(findDateRanges("ISO 9001-2015 audit", 0, 19, reference)).toEqual([]);
  });
  it("finds several ranges on one line, in order", () => {
    const text = "A (2015 - 2017), B (2011-2015)";
    expect(findDateRanges(text, 0, text.length, reference).map((range) => range.start.year)).toEqual([
      2015, 2011,
    ]);
  });
});
