import type { ParsedJob, ParsedResume, PersonalField, SkillItem, Span, SpannedText } from "./types.js";

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

/** Re-read every quoted value of a parsed job from `text` at its span. */
export function requoteJob(job: ParsedJob, text: string): ParsedJob {
  const spanned = (item: SpannedText): SpannedText => ({ ...item, text: quote(text, item.span) });
  const skill = (item: SkillItem): SkillItem => ({ ...item, name: quote(text, item.span) });
  return {
    ...job,
    ...(job.title ? { title: spanned(job.title) } : {}),
    ...(job.summary ? { summary: spanned(job.summary) } : {}),
    requiredSkills: job.requiredSkills.map(skill),
    preferredSkills: job.preferredSkills.map(skill),
    experienceRequirements: job.experienceRequirements.map((requirement) => {
      if (!requirement.subjectSpan) return requirement;
      const subject = quote(text, requirement.subjectSpan);
      return requirement.role !== undefined
        ? { ...requirement, role: subject }
        : { ...requirement, skill: subject };
    }),
    educationRequirements: job.educationRequirements.map((requirement) => ({
      ...requirement,
      text: quote(text, requirement.span),
    })),
    responsibilities: job.responsibilities.map(spanned),
  };
}
