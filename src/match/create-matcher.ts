import type { SkillGraph } from "../graph/skill-graph.js";
import { ContentHashCache } from "./document-cache.js";
import { type JudgedRequirements, judgeRequirements, matchPair } from "./match-pair.js";
import type { MatchReport } from "./match-report.js";
import { loadDefaultMatcherModel, type MatcherModel } from "./matcher-model.js";
import {
  DEFAULT_PARSERS,
  type DocumentParsers,
  type PreparedJob,
  type PreparedResume,
  prepareJob,
  prepareResume,
} from "./prepare-documents.js";
import type { MentionLinker } from "./skill-requirement.js";

/** The part of a title normalizer the matcher uses. */
export interface TitleNormalizerLike {
  normalize(title: string, k: number): Array<{ occupationId: string }>;
}

export interface MatcherOptions {
  /** The skill graph, for partial credit through related/broader skills. Optional. */
  graph?: SkillGraph | undefined;
  /** Score model; default the shipped `models/matcher.json`. */
  model?: MatcherModel | undefined;
  /** Skill linker (skills/ `createSkillLinker(graph)`): same-id matches and graph partial credit. Optional. */
  linker?: MentionLinker | undefined;
  /**
   * Title → occupation normalizer (skills/ `createTitleNormalizer(graph)`). Optional: when given,
   * a resume role whose words differ from the required role but that normalizes to the same
   * occupation counts as that role, and title agreement uses it too.
   */
  titleNormalizer?: TitleNormalizerLike | undefined;
  /** Resume and job parsers; default parse/ `parseResume` and `parseJob`. */
  parsers?: DocumentParsers;
  /** Parsed documents kept in memory, keyed by content hash. Default 2,000 of each. */
  cacheSize?: number;
}

/** A document to rank: an id (file name, database key) and its text or prepared form. */
export interface RankCandidate {
  id: string;
  document: string | PreparedResume | PreparedJob;
}

export interface RankedResult {
  id: string;
  rank: number;
  score: number | null;
  decision: MatchReport["decision"];
  report: MatchReport;
}

export interface Matcher {
  readonly model: MatcherModel;
  /** Parse and index a resume once (cached by content hash). */
  prepareResume(text: string): PreparedResume;
  /** Parse a job description once (cached by content hash). */
  prepareJob(text: string): PreparedJob;
  /** The match report for one resume and one job. */
  match(resume: string | PreparedResume, job: string | PreparedJob): MatchReport;
  /** Requirement verdicts with internal detail (which resume line states which job skill). */
  judge(resume: string | PreparedResume, job: string | PreparedJob): JudgedRequirements;
  /**
   * Rank candidates against one anchor: resumes for a job (`anchor` is a job) or jobs for a
   * resume (`anchor` is a resume). Highest score first; unknown scores last.
   */
  rank(
    anchor: { job: string | PreparedJob } | { resume: string | PreparedResume },
    candidates: RankCandidate[],
  ): RankedResult[];
}

/** Create a matcher: requirement-level verdicts with evidence, a calibrated score, ranking. */
export function createMatcher(options: MatcherOptions): Matcher {
  const model = options.model ?? loadDefaultMatcherModel();
  const resumes = new ContentHashCache<PreparedResume>(options.cacheSize);
  const jobs = new ContentHashCache<PreparedJob>(options.cacheSize);
  const occupations = new Map<string, string | null>();
  const occupationOf = (title: string): string | null => {
    const key = title.toLowerCase().trim();
    if (!occupations.has(key))
      occupations.set(key, options.titleNormalizer?.normalize(title, 1)[0]?.occupationId ?? null);
    return occupations.get(key) ?? null;
  };
  const sameOccupation = options.titleNormalizer
    ? (left: string, right: string) => {
        const occupation = occupationOf(left);
        return occupation !== null && occupation === occupationOf(right);
      }
    : undefined;
  const pairOptions = { model, linker: options.linker, graph: options.graph, sameOccupation };
  const parsers = options.parsers ?? DEFAULT_PARSERS;
  const toResume = (document: string | PreparedResume | PreparedJob): PreparedResume => {
    if (typeof document !== "string") return document.kind === "resume" ? document : toResume(document.text);
    return resumes.getOrBuild(document, (text) => prepareResume(text, parsers, options.linker));
  };
  const toJob = (document: string | PreparedResume | PreparedJob): PreparedJob => {
    if (typeof document !== "string") return document.kind === "job" ? document : toJob(document.text);
    return jobs.getOrBuild(document, (text) => prepareJob(text, parsers));
  };
  return {
    model,
    prepareResume: toResume,
    prepareJob: toJob,
    match: (resume, job) => matchPair(toResume(resume), toJob(job), pairOptions),
    judge: (resume, job) => judgeRequirements(toResume(resume), toJob(job), pairOptions),
    rank(anchor, candidates) {
      const scored = candidates.map((candidate) => {
        const report =
          "job" in anchor
            ? matchPair(toResume(candidate.document), toJob(anchor.job), pairOptions)
            : matchPair(toResume(anchor.resume), toJob(candidate.document), pairOptions);
        return { id: candidate.id, score: report.score, decision: report.decision, report };
      });
      scored.sort(
        (left, right) => (right.score ?? -1) - (left.score ?? -1) || left.id.localeCompare(right.id),
      );
      return scored.map((entry, index) => ({ ...entry, rank: index + 1 }));
    },
  };
}
