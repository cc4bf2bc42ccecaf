import { skillsOfOccupation } from "../graph/occupation-skills.js";
import { searchGraph } from "../graph/search-graph.js";
import type { SkillGraph } from "../graph/skill-graph.js";
import type { GenerateJobOptions, JobGenerator } from "./job-generator.js";
import { type CvProfile, type IdealJob, seniorityFromYears } from "./profiles.js";

export interface OccupationHit {
  occupationId: string;
  score: number;
}

/** Maps a job title to graph occupations, best first (e.g. the skills module's title normalizer). */
export interface TitleResolver {
  resolve(title: string, limit: number): OccupationHit[];
}

/** Title resolution through the graph's label search (occupations only). */
export function searchTitleResolver(graph: SkillGraph): TitleResolver {
  return {
    resolve: (title, limit) =>
      searchGraph(graph, title, { kind: "occupation", limit }).map((hit) => ({
        occupationId: hit.id,
        score: hit.score,
      })),
  };
}

export interface GraphJobGeneratorOptions {
  /** Title → occupations; default the graph's label search (`searchGraph`). */
  titleResolver?: TitleResolver;
  /** Most recent titles considered; default 6. */
  maxTitles?: number;
  /** Essential skills listed; default 8. Optional skills: half of it. */
  maxSkills?: number;
}

const SENIORITY_PREFIX = {
  entry: "Entry-level",
  junior: "Junior",
  mid: "",
  senior: "Senior",
  lead: "Lead",
} as const;

/**
 * Graph-based generator (no LLM): infer the occupations a CV points to from its titles (recent
 * titles weigh more) and skills (occupations whose essential skills the CV names), then compose each
 * candidate ideal job from one occupation's essential and optional skills at the person's level.
 */
export function createGraphJobGenerator(
  graph: SkillGraph,
  options: GraphJobGeneratorOptions = {},
): JobGenerator {
  const resolver = options.titleResolver ?? searchTitleResolver(graph);
  const maxTitles = options.maxTitles ?? 6;
  const maxSkills = options.maxSkills ?? 8;
  const skillOccupations = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.kind !== "occupation-skill" || edge.relation !== "essential") continue;
    const skill = graph.getSkill(edge.to);
    if (!skill) continue;
    const key = skill.preferredLabel.toLowerCase();
    let list = skillOccupations.get(key);
    if (!list) {
      list = [];
      skillOccupations.set(key, list);
    }
    list.push(edge.from);
  }

  const rankOccupations = (profile: CvProfile): [string, number][] => {
    const scores = new Map<string, number>();
    profile.titles.slice(0, maxTitles).forEach((title, position) => {
      const recency = 1 / (1 + 0.5 * position);
      for (const hit of resolver.resolve(title, 5)) {
        scores.set(hit.occupationId, (scores.get(hit.occupationId) ?? 0) + recency * hit.score);
      }
    });
    for (const skill of profile.skills) {
      const occupations = skillOccupations.get(skill.toLowerCase()) ?? [];
      for (const occupationId of occupations.slice(0, 50)) {
        scores.set(occupationId, (scores.get(occupationId) ?? 0) + 0.2 / Math.sqrt(occupations.length));
      }
    }
    return [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };

  const compose = (occupationId: string, profile: CvProfile): IdealJob | undefined => {
    const occupation = graph.getOccupation(occupationId);
    if (!occupation) return undefined;
    const known = new Set(profile.skills.map((skill) => skill.toLowerCase()));
    const skills = skillsOfOccupation(graph, occupationId);
    const essential = skills.essential.map((link) => link.label);
    const optional = skills.optional.map((link) => link.label);
    // Skills the person already names come first: the ideal job builds on them.
    const byFit = (labels: string[]) =>
      [...labels].sort((a, b) => Number(known.has(b.toLowerCase())) - Number(known.has(a.toLowerCase())));
    const seniority = seniorityFromYears(profile.years);
    const prefix = SENIORITY_PREFIX[seniority];
    return {
      title: prefix ? `${prefix} ${occupation.preferredLabel}` : occupation.preferredLabel,
      seniority,
      essentialSkills: byFit(essential).slice(0, maxSkills),
      optionalSkills: byFit(optional).slice(0, Math.ceil(maxSkills / 2)),
      summary: firstSentence(occupation.description),
      source: "graph",
      occupationIds: [occupationId],
    };
  };

  return {
    name: "graph",
    async generate(profile: CvProfile, generateOptions: GenerateJobOptions = {}) {
      const count = generateOptions.count ?? 1;
      const jobs: IdealJob[] = [];
      for (const [occupationId] of rankOccupations(profile)) {
        const job = compose(occupationId, profile);
        if (job) jobs.push(job);
        if (jobs.length >= count) break;
      }
      return jobs;
    },
  };
}

function firstSentence(text: string): string {
  const match = /^(.{20,300}?[.!?])(\s|$)/s.exec(text.trim());
  return (match?.[1] ?? text.slice(0, 300)).replace(/\s+/g, " ").trim();
}
