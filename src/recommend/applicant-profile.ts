import type { JobViewsApplicant } from "./job-views-data.js";
import type { CvProfile } from "./profiles.js";

const YEAR = 365.25 * 24 * 3600 * 1000;

/**
 * The CV of a job-views applicant: work history (most recent first) plus positions of interest.
 * `now` closes open-ended roles (use the time of the data, not the clock, for reproducibility).
 */
export function applicantProfile(applicant: JobViewsApplicant | undefined, now: number): CvProfile {
  if (!applicant) return { titles: [], skills: [], text: "", years: 0 };
  const experiences = [...applicant.experiences].sort((a, b) => (b.start || 0) - (a.start || 0));
  let years = 0;
  for (const experience of experiences) {
    if (!Number.isFinite(experience.start)) continue;
    const end = Number.isFinite(experience.end) ? experience.end : now;
    if (end > experience.start) years += (end - experience.start) / YEAR;
  }
  const latest = experiences.find((experience) => experience.state);
  return {
    titles: [...experiences.map((experience) => experience.title), ...applicant.interests].filter(Boolean),
    skills: [],
    text: experiences.map((experience) => experience.description).join(". "),
    years: Math.min(years, 50),
    ...(latest?.state ? { state: latest.state } : {}),
    ...(latest?.city ? { city: latest.city } : {}),
  };
}
