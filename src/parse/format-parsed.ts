import type { ParsedJob, ParsedResume, YearMonth } from "./types.js";

function dateText(date: YearMonth | "present" | undefined): string {
  if (date === undefined) return "?";
  if (date === "present") return "present";
  return date.month === undefined ? String(date.year) : `${date.year}-${String(date.month).padStart(2, "0")}`;
}

function years(months: number): string {
  const value = months / 12;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} y`;
}

/** A readable summary of a parsed resume (the CLI's `--format text`). */
export function formatResumeText(resume: ParsedResume): string {
  const lines: string[] = [];
  const { name, email, phone, url, location, label } = resume.basics;
  if (name) lines.push(`Name: ${name.value}`);
  if (label) lines.push(`Headline: ${label.value}`);
  for (const [key, field] of Object.entries({ Email: email, Phone: phone, URL: url, Location: location })) {
    if (field) lines.push(`${key}: ${field.value}`);
  }
  lines.push(`Sections: ${resume.sections.map((section) => section.name).join(", ") || "(none found)"}`);
  lines.push(`Experience: ${years(resume.experience.totalMonths)} in total (overlaps merged)`);
  for (const entry of resume.work) {
    const where = entry.employer ? ` at ${entry.employer}` : "";
    lines.push(
      `  - ${entry.title}${where} (${dateText(entry.start)} – ${dateText(entry.end)}, ${years(entry.months)})`,
    );
  }
  if (resume.education.length > 0) lines.push("Education:");
  for (const entry of resume.education) {
    const parts = [entry.degree, entry.field, entry.institution, entry.year].filter(
      (part) => part !== undefined,
    );
    lines.push(`  - ${parts.join(", ")}`);
  }
  if (resume.skills.length > 0) lines.push(`Skills: ${resume.skills.map((skill) => skill.name).join(", ")}`);
  return `${lines.join("\n")}\n`;
}

/** A readable summary of a parsed job description. */
export function formatJobText(job: ParsedJob): string {
  const lines: string[] = [];
  if (job.title) lines.push(`Title: ${job.title.text}`);
  if (job.summary) lines.push(`Summary: ${job.summary.text}`);
  if (job.requiredSkills.length > 0)
    lines.push(`Required skills: ${job.requiredSkills.map((skill) => skill.name).join(", ")}`);
  if (job.preferredSkills.length > 0) {
    lines.push(`Preferred skills: ${job.preferredSkills.map((skill) => skill.name).join(", ")}`);
  }
  if (job.experienceRequirements.length > 0) lines.push("Experience:");
  for (const requirement of job.experienceRequirements) {
    const subject = requirement.role
      ? `as ${requirement.role}`
      : requirement.skill
        ? `in ${requirement.skill}`
        : "";
    lines.push(`  - ${requirement.years} y ${subject}`.trimEnd());
  }
  if (job.educationRequirements.length > 0) lines.push("Education:");
  for (const requirement of job.educationRequirements) lines.push(`  - ${requirement.text}`);
  if (job.responsibilities.length > 0) lines.push("Responsibilities:");
  for (const item of job.responsibilities) lines.push(`  - ${item.text}`);
  return `${lines.join("\n")}\n`;
}
