import { findBasics } from "./contact-fields.js";
import { detectSections } from "./detect-sections.js";
import { summariseExperience, toInterval } from "./durations.js";
import { findEducationEntries } from "./education-entries.js";
import { findExperienceClaims } from "./experience-claims.js";
import { reflowFlattenedText } from "./reflow-text.js";
import { requoteResume } from "./requote.js";
import { findSkillItems } from "./skill-items.js";
import type { ParsedResume, ParseResumeOptions, Section, WorkEntry } from "./types.js";
import { findWorkEntries } from "./work-entries.js";

/** Sections whose dates are not work history when a resume has no experience heading. */
const NOT_WORK = new Set<Section["name"]>([
  "education",
  "skills",
  "certifications",
  "languages",
  "awards",
  "contact",
]);

/**
 * Parse resume text into JSON-Resume-compatible structure. Every fact carries character offsets
 * into `text`; contact fields are marked personal. Work entries come from experience sections
 * (or, when there is no experience heading, from every part that is not education, skills, …).
 */
export function parseResume(originalText: string, options: ParseResumeOptions = {}): ParsedResume {
  // Structure is read on a same-length reflowed copy; quoted values are re-read from the original.
  const text = reflowFlattenedText(originalText);
  const parsed = parseStructure(text, options);
  return text === originalText ? parsed : requoteResume(parsed, originalText);
}

function parseStructure(text: string, options: ParseResumeOptions): ParsedResume {
  const referenceDate = options.referenceDate ?? new Date();
  const dateOptions = { referenceDate };
  const sections = detectSections(text);
  const workRegions = experienceRegions(sections) ?? regionsOutside(text, sections);
  const work: WorkEntry[] = [];
  const intervals: Array<{ title: string; interval: ReturnType<typeof toInterval> }> = [];
  for (const [from, to] of workRegions) {
    for (const raw of findWorkEntries(text, from, to, dateOptions)) {
      const interval = toInterval(raw.range.start, raw.range.end, referenceDate);
      const { title, employer, location } = raw.header;
      const entry: WorkEntry = {
        title: title.text,
        titleSpan: { start: title.start, end: title.end },
        start: raw.range.start,
        end: raw.range.end,
        months: interval.to - interval.from,
        span: {
          start: Math.min(title.start, raw.range.span.start),
          end: Math.max(title.end, raw.range.span.end, employer?.end ?? 0, location?.end ?? 0),
        },
        dateSpan: raw.range.span,
      };
      if (employer) Object.assign(entry, { employer: employer.text, employerSpan: spanOf(employer) });
      if (location) Object.assign(entry, { location: location.text, locationSpan: spanOf(location) });
      work.push(entry);
      intervals.push({ title: entry.title, interval });
    }
  }
  const education = sections
    .filter((section) => section.name === "education")
    .flatMap((section) => findEducationEntries(text, section.bodyStart, section.end, dateOptions));
  const skills = sections
    .filter((section) => section.name === "skills")
    .flatMap((section) => findSkillItems(text, section.bodyStart, section.end, section.name));
  return {
    basics: findBasics(text, sections.find((section) => section.name !== "contact")?.start),
    work,
    education,
    skills,
    sections,
    experience: summariseExperience(intervals),
    experienceClaims: findExperienceClaims(text),
  };
}

/** Sub-headings that may sit inside an experience section ("Responsibilities", "Key Result Areas:"). */
const INSIDE_EXPERIENCE = new Set<Section["name"]>([
  "responsibilities",
  "requirements",
  "other",
  "awards",
  "summary",
]);

/** Experience sections, each extended over the sub-headings that follow it. */
function experienceRegions(sections: readonly Section[]): Array<readonly [number, number]> | undefined {
  const regions: Array<readonly [number, number]> = [];
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index];
    if (section?.name !== "experience") continue;
    let end = section.end;
    for (let next = index + 1; next < sections.length; next++) {
      const following = sections[next];
      if (!following || !INSIDE_EXPERIENCE.has(following.name)) break;
      end = following.end;
      index = next;
    }
    regions.push([section.bodyStart, end]);
  }
  return regions.length > 0 ? regions : undefined;
}

function regionsOutside(text: string, sections: readonly Section[]): Array<readonly [number, number]> {
  if (sections.length === 0) return [[0, text.length]];
  const regions: Array<readonly [number, number]> = [];
  const first = sections[0];
  if (first && first.start > 0) regions.push([0, first.start]);
  for (const section of sections)
    if (!NOT_WORK.has(section.name)) regions.push([section.bodyStart, section.end]);
  return regions;
}

function spanOf(piece: { start: number; end: number }): { start: number; end: number } {
  return { start: piece.start, end: piece.end };
}
