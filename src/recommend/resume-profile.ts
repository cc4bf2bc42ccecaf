import { parseResume } from "../parse/parse-resume.js";
import type { CvProfile } from "./profiles.js";

/** A CV profile from resume text: work titles (most recent first), listed skills, years, full text. */
export function resumeProfile(text: string, referenceDate = new Date()): CvProfile {
  const parsed = parseResume(text, { referenceDate });
  const titles = parsed.work.map((entry) => entry.title).filter((title) => title.trim().length > 0);
  const label = parsed.basics.label?.value;
  const claimed = Math.max(0, ...parsed.experienceClaims.map((claim) => claim.years));
  return {
    titles: [...new Set(label ? [label, ...titles] : titles)],
    skills: parsed.skills.map((skill) => skill.name),
    text,
    years: Math.max(parsed.experience.totalMonths / 12, claimed),
  };
}
