import type { ExperienceSummary, YearMonth } from "./types.js";

/** A resolved interval in absolute months (year * 12 + month - 1), end exclusive. */
export interface MonthInterval {
  from: number;
  to: number;
}

/**
 * Months between two dates, by the rule resumes and RJDB use:
 * - both months known ("Jan 2019 – Mar 2019"): inclusive count → 3;
 * - a month missing on either side takes the other side's month, so year-only ranges count whole
 *   years: "2019 - 2023" → 48 (RJDB's end − start in years);
 * - "present" is the reference date's month (counted as a known month).
 * Never negative.
 */
export function monthsBetween(start: YearMonth, end: YearMonth | "present", referenceDate: Date): number {
  const interval = toInterval(start, end, referenceDate);
  return interval.to - interval.from;
}

/** The interval a range covers, with the counting rule of `monthsBetween`. */
export function toInterval(start: YearMonth, end: YearMonth | "present", referenceDate: Date): MonthInterval {
  const endPoint =
    end === "present"
      ? { year: referenceDate.getUTCFullYear(), month: referenceDate.getUTCMonth() + 1 }
      : end;
  const startMonth = start.month ?? endPoint.month ?? 1;
  const endMonth = endPoint.month ?? start.month ?? 1;
  const inclusive = start.month !== undefined && endPoint.month !== undefined ? 1 : 0;
  const from = start.year * 12 + startMonth - 1;
  const to = endPoint.year * 12 + endMonth - 1 + inclusive;
  return { from, to: Math.max(from, to) };
}

/** Total months covered by a set of intervals, overlaps merged (never double counted). */
export function mergedMonths(intervals: readonly MonthInterval[]): number {
  const sorted = [...intervals]
    .filter((interval) => interval.to > interval.from)
    .sort((a, b) => a.from - b.from);
  let total = 0;
  let current: MonthInterval | undefined;
  for (const interval of sorted) {
    if (current && interval.from <= current.to) {
      current.to = Math.max(current.to, interval.to);
      continue;
    }
    if (current) total += current.to - current.from;
    current = { ...interval };
  }
  if (current) total += current.to - current.from;
  return total;
}

/** Total experience and months per title (titles compared case-insensitively). */
export function summariseExperience(
  roles: ReadonlyArray<{ title: string; interval: MonthInterval | undefined }>,
): ExperienceSummary {
  const all: MonthInterval[] = [];
  const byTitle = new Map<string, { title: string; intervals: MonthInterval[] }>();
  for (const role of roles) {
    if (!role.interval) continue;
    all.push(role.interval);
    const key = role.title.toLowerCase().replace(/\s+/g, " ").trim();
    const group = byTitle.get(key) ?? { title: role.title, intervals: [] };
    group.intervals.push(role.interval);
    byTitle.set(key, group);
  }
  return {
    totalMonths: mergedMonths(all),
    byTitle: [...byTitle.values()].map((group) => ({
      title: group.title,
      months: mergedMonths(group.intervals),
    })),
  };
}
