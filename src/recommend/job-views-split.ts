import { createRandom } from "../core/random.js";
import type { JobViewsData } from "./job-views-data.js";

/** One scored (applicant, job) pair of the protocol. */
export interface InteractionExample {
  applicantId: string;
  jobId: string;
  label: 0 | 1;
  split: "train" | "test";
  /** Test example of an applicant with no training views (cold start). */
  cold: boolean;
}

export interface JobViewsSplitOptions {
  /** Seed for held-out applicants and negative sampling; default 7. */
  seed?: number;
  /** Share of each applicant's views, latest first, moved to test; default 0.3 (at least one; 0: none). */
  testFraction?: number;
  /** Share of applicants held out entirely (all views in test, cold start); default 0.2. */
  heldOutApplicantFraction?: number;
  /** Sampled unseen jobs per viewed job; default 1. */
  negativesPerPositive?: number;
  /** Keep only applicants with a CV (work history or positions of interest); default true. */
  requireCv?: boolean;
}

/**
 * The job-views protocol: per applicant, views sorted by time, the earlier ones train and the later
 * ones test; a seeded share of applicants is held out entirely, and applicants whose only view is in
 * test are cold start. Each positive gets negatives sampled from jobs the applicant never viewed
 * (at any time), in the same split. Deterministic per seed.
 */
export function splitJobViews(data: JobViewsData, options: JobViewsSplitOptions = {}): InteractionExample[] {
  const random = createRandom(options.seed ?? 7);
  const testFraction = options.testFraction ?? 0.3;
  const negatives = options.negativesPerPositive ?? 1;
  const byApplicant = new Map<string, { jobId: string; time: number }[]>();
  for (const view of data.views) {
    const applicant = data.applicants.get(view.applicantId);
    const hasCv = !!applicant && (applicant.experiences.length > 0 || applicant.interests.length > 0);
    if ((options.requireCv ?? true) && !hasCv) continue;
    let list = byApplicant.get(view.applicantId);
    if (!list) {
      list = [];
      byApplicant.set(view.applicantId, list);
    }
    list.push({ jobId: view.jobId, time: view.time });
  }
  const applicantIds = [...byApplicant.keys()].sort();
  const heldOut = new Set(
    random
      .shuffle([...applicantIds])
      .slice(0, Math.round(applicantIds.length * (options.heldOutApplicantFraction ?? 0.2))),
  );
  const jobIds = [...data.jobs.keys()].sort();
  const examples: InteractionExample[] = [];
  for (const applicantId of applicantIds) {
    const views = (byApplicant.get(applicantId) ?? []).sort(
      (a, b) => a.time - b.time || a.jobId.localeCompare(b.jobId),
    );
    const viewed = new Set(views.map((view) => view.jobId));
    const testCount = heldOut.has(applicantId)
      ? views.length
      : testFraction > 0
        ? Math.max(1, Math.round(views.length * testFraction))
        : 0;
    const trainCount = views.length - testCount;
    views.forEach((view, index) => {
      const split = index < trainCount ? "train" : "test";
      const cold = split === "test" && trainCount === 0;
      examples.push({ applicantId, jobId: view.jobId, label: 1, split, cold });
      for (let draw = 0; draw < negatives; draw++) {
        let jobId = jobIds[random.integer(jobIds.length)] as string;
        for (let attempt = 0; viewed.has(jobId) && attempt < 50; attempt++) {
          jobId = jobIds[random.integer(jobIds.length)] as string;
        }
        if (!viewed.has(jobId)) examples.push({ applicantId, jobId, label: 0, split, cold });
      }
    });
  }
  return examples;
}
