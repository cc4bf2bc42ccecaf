import { spanTitle } from "./generation-context.js";
import type { TeacherJobDescription, TeacherResume } from "./teacher-schemas.js";

const numbered = (items: string[]): string => items.map((item, index) => `${index + 1}. ${item}`).join("\n");

/** A job description in RJDB's markdown layout. */
export function renderJobDescription(jd: TeacherJobDescription): string {
  return [
    "\n\n## Job title",
    jd.title.trim(),
    "\n## Job Summary",
    jd.summary.trim(),
    "\n## Required Skills",
    numbered(jd.requiredSkills.map((item) => `${item.skill.trim()}: ${item.description.trim()}`)),
    "\n## Required Experience",
    numbered(jd.requiredExperience.map((item) => item.trim())),
    "\n## Responsibilities",
    numbered(jd.responsibilities.map((item) => item.trim())),
    "\n",
  ].join("\n");
}

/** A resume in RJDB's markdown layout (plus a summary section when the teacher wrote one). */
export function renderResume(resume: TeacherResume): string {
  const parts = [
    "\n\n## Personal Information",
    `Name: ${resume.name.trim()}`,
    `Email: ${resume.email.trim()}`,
    "\n## Education",
    resume.education.trim(),
  ];
  if (resume.summary.trim() !== "") parts.push("\n## Summary", resume.summary.trim());
  parts.push(
    "\n## Skills",
    numbered(resume.skills.map((skill) => skill.trim())),
    "\n## Experience",
    numbered(
      resume.experience.map(
        (role) => `${spanTitle(role.title.trim())} (${role.startYear} - ${role.endYear})`,
      ),
    ),
    "\n",
  );
  return parts.join("\n");
}
