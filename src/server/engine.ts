import type { EditProposal } from "../edit/propose-edits.js";
import type { MatchReport } from "../match/match-report.js";
import type { JobPosting } from "../recommend/profiles.js";
import type { Recommendation } from "../recommend/recommend-jobs.js";

/**
 * What the HTTP service needs from the domain modules. The server only calls this seam;
 * `createDefaultEngine` (default-engine.ts) wires the real modules, tests pass fakes. Optional
 * capabilities register their routes only when present, so the API never pretends to do work
 * that no module does yet.
 */
export interface ServerEngine {
  /** Counts and sources of the loaded graph, for /api/health and the page. */
  graphSummary(): GraphSummary;
  /** Bytes of an uploaded document → text. Throws SkillgraphError (4xx codes) on bad input. */
  readDocument(bytes: Uint8Array, options: ReadOptions): Promise<DocumentResult>;
  parseResume?: (text: string) => unknown;
  parseJob?: (text: string) => unknown;
  /** Skill mentions in a text, linked to graph ids (open-vocabulary when the graph is empty). */
  linkSkills?: (text: string) => LinkedSkill[];
  searchGraph?: (text: string, options: { kind?: "skill" | "occupation"; limit: number }) => GraphHit[];
  /** A graph node with its labels and neighbours, for skill chips. */
  describeNode?: (id: string) => GraphNodeInfo | undefined;
  match?: (resumeText: string, jobText: string) => MatchReport | Promise<MatchReport>;
  /** Honest edits moving a resume toward a job (never adds a fact). */
  edit?: (resumeText: string, jobText: string) => EditProposal | Promise<EditProposal>;
  /** Jobs ranked for a resume, with the generated ideal job when a generator is available. */
  recommend?: (resumeText: string, jobs: JobPosting[], options: { top: number }) => Promise<Recommendation>;
  /** Why capabilities are missing, e.g. "match: no matcher model …" (shown by /api/health). */
  notes?: string[];
  /** Load lazy resources (word vectors, indexes) now, e.g. right after the server listens. */
  warmUp?: () => void;
}

export interface ReadOptions {
  maxBytes: number;
  maxDecompressedBytes: number;
  fileName?: string;
}

export interface DocumentResult {
  text: string;
  type: string;
  warnings: { code: string; message: string }[];
}

export interface GraphSummary {
  occupations: number;
  skills: number;
  relations: number;
  sources: string[];
  attribution: string[];
}

export interface LinkedSkill {
  /** Graph id, or null for an open-vocabulary mention that matched no graph node. */
  id: string | null;
  label: string;
  /** The text as written. */
  mention: string;
  start: number;
  end: number;
  score?: number;
}

export interface GraphHit {
  id: string;
  kind: "skill" | "occupation";
  label: string;
  score: number;
}

export interface GraphNodeInfo {
  id: string;
  kind: "skill" | "occupation";
  preferredLabel: string;
  altLabels: string[];
  description: string;
  source: string;
  /** For a skill: occupations that list it; for an occupation: its skills. */
  related: { id: string; label: string; relation: string }[];
}
