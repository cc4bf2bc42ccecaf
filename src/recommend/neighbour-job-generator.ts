import type { GenerateJobOptions, JobGenerator } from "./job-generator.js";
import { type CvProfile, type IdealJob, type JobPosting, seniorityFromYears } from "./profiles.js";
import { cosine, hashedBagOfWords, textTokens } from "./text-features.js";

/** A training interaction: this CV went for this job. */
export interface SuccessfulPair {
  /** Owner id, so a person's own pairs are never used to generate their job. */
  ownerId: string;
  profile: CvProfile;
  job: JobPosting;
}

export interface NeighbourJobGeneratorOptions {
  /** Most similar CVs consulted; default 20. */
  neighbours?: number;
}

/**
 * Retrieval generator, the non-parametric stand-in for GIRL's supervised fine-tuning on (CV, job)
 * pairs: the ideal job is composed from the jobs that the most similar CVs in the training pairs
 * went for (similarity-weighted titles). `generate` accepts an `ownerId` to exclude the person's own
 * pairs. Needs no graph and no LLM.
 */
export function createNeighbourJobGenerator(
  pairs: readonly SuccessfulPair[],
  options: NeighbourJobGeneratorOptions = {},
): JobGenerator & { generateFor(profile: CvProfile, ownerId: string, count: number): IdealJob[] } {
  const limit = options.neighbours ?? 20;
  const vectorOf = (profile: CvProfile) =>
    hashedBagOfWords([...profile.titles, profile.text].flatMap(textTokens), 1024);
  const indexed = pairs.map((pair) => ({ pair, vector: vectorOf(pair.profile) }));

  const generateFor = (profile: CvProfile, ownerId: string, count: number): IdealJob[] => {
    const query = vectorOf(profile);
    const scored = indexed
      .filter((entry) => entry.pair.ownerId !== ownerId)
      .map((entry) => ({ entry, similarity: cosine(query, entry.vector) }))
      .filter((item) => item.similarity > 0)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, limit);
    const titleWeights = new Map<string, number>();
    for (const { entry, similarity } of scored) {
      const title = entry.pair.job.title.trim();
      titleWeights.set(title, (titleWeights.get(title) ?? 0) + similarity);
    }
    const titles = [...titleWeights]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([title]) => title);
    const seniority = seniorityFromYears(profile.years);
    return titles.slice(0, count).map((title, index) => ({
      title,
      seniority,
      essentialSkills: [],
      optionalSkills: [],
      summary: `Similar profiles went for: ${titles.slice(index, index + 4).join("; ")}`,
      source: "neighbours",
    }));
  };

  return {
    name: "neighbours",
    generateFor,
    async generate(profile: CvProfile, generateOptions: GenerateJobOptions = {}) {
      return generateFor(profile, "", generateOptions.count ?? 1);
    },
  };
}
