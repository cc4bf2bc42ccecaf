import type { ParsedResume, PersonalField, Span } from "./types.js";

const quote = (text: string, span: Span) => text.slice(span.start, span.end);

/** Re-read every quoted value from `text` at its span (after parsing a reflowed copy). */
export function requoteResume(parsed: ParsedResume, text: string): ParsedResume {
  const field = (value: PersonalField | undefined) => value && { ...value, value: quote(text, value.span) };
  const basics = { ...parsed.basics };
  for (const key of ["name", "email", "phone", "url", "location"] as const) {
    const requoted = field(basics[key]);
    if (requoted) basics[key] = requoted;
  }
  if (basics.label) basics.label = { ...basics.label, value: quote(text, basics.label.span) };
  return {
    ...parsed,
    basics,
    work: parsed.work.map((entry) => ({
      ...entry,
      title: quote(text, entry.titleSpan),
      ...(entry.employerSpan ? { employer: quote(text, entry.employerSpan) } : {}),
      ...(entry.locationSpan ? { location: quote(text, entry.locationSpan) } : {}),
    })),
    education: parsed.education.map((entry) => ({
      ...entry,
      ...(entry.degreeSpan ? { degree: quote(text, entry.degreeSpan) } : {}),
      ...(entry.fieldSpan ? { field: quote(text, entry.fieldSpan) } : {}),
      ...(entry.institutionSpan ? { institution: quote(text, entry.institutionSpan) } : {}),
    })),
    skills: parsed.skills.map((skill) => ({ ...skill, name: quote(text, skill.span) })),
    sections: parsed.sections.map((section) => ({ ...section, heading: section.heading })),
  };
}
