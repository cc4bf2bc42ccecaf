import { SkillgraphError } from "../core/errors.js";
import { createRandom, type Random } from "../core/random.js";
import type { Occupation, Relation, SkillType } from "./model.js";
import { skillsOfOccupation } from "./occupation-skills.js";
import type { SkillGraph } from "./skill-graph.js";

export interface SampleContextOptions {
  /** PRNG seed: the same seed on the same graph gives the same context. */
  seed: number | string;
  /** Occupation to build the context around; default a random occupation with ≥ 3 skills. */
  occupationId?: string;
  /** Number of skills; default a random 5–10 (fewer when the occupation has fewer). */
  skillCount?: number;
  /** Number of roles in the timeline, 1–5; default random 1–5 (fewer when not enough related occupations). */
  roleCount?: number;
  /** Year the most recent role ends; default 2023. */
  endYear?: number;
  /** Share of optional skills among the sampled ones; default 0.3. */
  optionalShare?: number;
}

export interface SampledSkill {
  id: string;
  label: string;
  type: SkillType;
  relation: Relation;
}

export interface SampledExperience {
  occupationId: string;
  title: string;
  startYear: number;
  endYear: number;
  years: number;
}

export interface SampledContext {
  occupation: { id: string; label: string };
  /** Essential skills first, then optional ones. */
  skills: SampledSkill[];
  /** Most recent role first (as in RJDB): contiguous, 1–5 years each, the first ending at `endYear`. */
  experiences: SampledExperience[];
  endYear: number;
}

/**
 * Sample a generation context (the RJDB recipe): an occupation, k of its skills (essential first,
 * some optional), and an experience timeline of 1–5 roles drawn from the occupation and its
 * related, broader, narrower, crosswalked and same-ISCO-group occupations, 1–5 years each, contiguous, ending at
 * `endYear`. Deterministic for a seed and graph.
 */
export function sampleContext(graph: SkillGraph, options: SampleContextOptions): SampledContext {
  const random = createRandom(options.seed);
  const occupation = pickOccupation(graph, random, options.occupationId);
  const skills = pickSkills(graph, random, occupation.id, options);
  const endYear = options.endYear ?? 2023;
  const wantedRoles = options.roleCount ?? random.int(1, 5);
  if (!Number.isInteger(wantedRoles) || wantedRoles < 1 || wantedRoles > 5) {
    throw new SkillgraphError("BAD_USAGE", `roleCount must be an integer 1–5, got ${wantedRoles}`);
  }
  const neighbours = random.shuffle(neighbourOccupations(graph, occupation.id));
  const roles = [occupation.id, ...neighbours].slice(0, wantedRoles);
  const experiences: SampledExperience[] = [];
  let end = endYear;
  for (const id of roles) {
    const years = random.int(1, 5);
    experiences.push({
      occupationId: id,
      title: graph.getOccupation(id)?.preferredLabel ?? id,
      startYear: end - years,
      endYear: end,
      years,
    });
    end -= years;
  }
  return {
    occupation: { id: occupation.id, label: occupation.preferredLabel },
    skills,
    experiences,
    endYear,
  };
}

function pickOccupation(graph: SkillGraph, random: Random, occupationId: string | undefined) {
  if (occupationId !== undefined) {
    const occupation = graph.getOccupation(occupationId);
    if (!occupation) throw new SkillgraphError("NOT_FOUND", `no occupation ${occupationId} in the graph`);
    return occupation;
  }
  const candidates = samplingCandidates(graph);
  if (candidates.length === 0)
    throw new SkillgraphError("GRAPH_MISSING", "the graph has no occupation with at least 3 skills");
  return random.pick(candidates);
}

const candidateCache = new WeakMap<SkillGraph, { signature: string; occupations: Occupation[] }>();

/** Occupations with at least 3 skills, cached per graph until its counts change. */
function samplingCandidates(graph: SkillGraph): Occupation[] {
  const signature = `${graph.occupationCount}/${graph.edgeCount}`;
  const cached = candidateCache.get(graph);
  if (cached?.signature === signature) return cached.occupations;
  const occupations = [...graph.occupations].filter(
    (item) => graph.outEdges(item.id, "occupation-skill").length >= 3,
  );
  candidateCache.set(graph, { signature, occupations });
  return occupations;
}

function pickSkills(
  graph: SkillGraph,
  random: Random,
  occupationId: string,
  options: SampleContextOptions,
): SampledSkill[] {
  const { essential, optional } = skillsOfOccupation(graph, occupationId);
  const wanted = Math.min(options.skillCount ?? random.int(5, 10), essential.length + optional.length);
  const optionalWanted = Math.min(optional.length, Math.round(wanted * (options.optionalShare ?? 0.3)));
  const essentialTaken = random.shuffle(essential).slice(0, wanted - optionalWanted);
  const optionalTaken = random.shuffle(optional).slice(0, wanted - essentialTaken.length);
  return [...essentialTaken, ...optionalTaken].map((link) => ({
    id: link.id,
    label: link.label,
    type: link.type,
    relation: link.relation,
  }));
}

/** Related, broader, narrower, crosswalked and same-ISCO-unit-group occupations, in a stable order. */
function neighbourOccupations(graph: SkillGraph, id: string): string[] {
  const kinds = ["occupation-related", "occupation-broader", "crosswalk"] as const;
  const found = new Set<string>();
  for (const kind of kinds) {
    for (const edge of graph.outEdges(id, kind)) found.add(edge.to);
    for (const edge of graph.inEdges(id, kind)) found.add(edge.from);
  }
  const iscoGroup = graph.getOccupation(id)?.iscoGroup;
  if (iscoGroup) {
    for (const occupation of graph.occupations)
      if (occupation.iscoGroup === iscoGroup) found.add(occupation.id);
  }
  found.delete(id);
  return [...found].sort();
}
