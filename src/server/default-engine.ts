import { toSkillgraphError } from "../core/errors.js";
import { readDocument } from "../documents/read-document.js";
import { proposeEdits } from "../edit/propose-edits.js";
import { graphStats } from "../graph/graph-stats.js";
import { searchGraph } from "../graph/search-graph.js";
import type { SkillGraph } from "../graph/skill-graph.js";
import { createMatcher, type Matcher } from "../match/create-matcher.js";
import { parseJob } from "../parse/parse-job.js";
import { parseResume } from "../parse/parse-resume.js";
import { createGraphJobGenerator } from "../recommend/graph-job-generator.js";
import type { JobGenerator } from "../recommend/job-generator.js";
import { recommendJobs } from "../recommend/recommend-jobs.js";
import { resumeProfile } from "../recommend/resume-profile.js";
import { createSkillLinker } from "../skills/skill-linker.js";
import { describeGraphNode } from "./describe-node.js";
import type { GraphSummary, LinkedSkill, ServerEngine } from "./engine.js";

export interface DefaultEngineOptions {
  /** The loaded graph; an empty SkillGraph gives open-vocabulary mode. */
  graph: SkillGraph;
  /** Folder for the skill linker's word-vector cache; default the linker's own (~/.cache/skillgraph). */
  cacheDir?: string;
}

/**
 * The engine of the real modules over one loaded graph: documents/ reads uploads, parse/ parses,
 * skills/ links mentions, graph/ searches, match/ matches and ranks, edit/ proposes honest edits,
 * recommend/ ranks jobs for a resume (GIRL, with the graph-generated ideal job when a graph is
 * loaded). Heavy parts (word vectors, indexes) load on first use or in `warmUp`.
 */
export function createDefaultEngine(options: DefaultEngineOptions): ServerEngine {
  const { graph } = options;
  const linker = createSkillLinker(
    graph,
    options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir },
  );
  const hasGraph = graph.skillCount + graph.occupationCount > 0;
  const notes: string[] = [];
  let summary: GraphSummary | undefined;
  let matcher: Matcher | undefined;
  try {
    matcher = createMatcher({
      graph: hasGraph ? graph : undefined,
      linker,
      parsers: { parseResume, parseJob },
    });
  } catch (error) {
    // Without its model the matcher is not served: match, rank and edit stay unregistered.
    notes.push(`match, rank and edit unavailable: ${toSkillgraphError(error).message}`);
  }
  let generator: JobGenerator | undefined;
  const idealJobGenerator = () => {
    generator ??= createGraphJobGenerator(graph);
    return generator;
  };
  return {
    notes,
    // The graph does not change while serving: count it once.
    graphSummary: () => {
      summary ??= summarizeGraph(graph);
      return summary;
    },
    readDocument: (bytes, readOptions) => readDocument(bytes, readOptions),
    parseResume: (text) => parseResume(text),
    parseJob: (text) => parseJob(text),
    ...(matcher ? matcherCapabilities(matcher) : {}),
    recommend: (resumeText, jobs, recommendOptions) =>
      recommendJobs(resumeProfile(resumeText), jobs, {
        top: recommendOptions.top,
        ...(hasGraph ? { generator: idealJobGenerator() } : {}),
      }),
    linkSkills: (text) =>
      linker.detectMentions(text).map(
        (mention): LinkedSkill => ({
          id: mention.skillId,
          label: mention.label,
          mention: mention.text,
          start: mention.start,
          end: mention.end,
          score: mention.score,
        }),
      ),
    searchGraph: (text, searchOptions) => searchGraph(graph, text, searchOptions),
    describeNode: (id) => describeGraphNode(graph, id),
    warmUp: () => {
      linker.detectMentions("Python and project management");
      matcher?.match("Data engineer\nPython, SQL", "Data Engineer\nRequirements\n- Python");
      searchGraph(graph, "engineer", { limit: 1 });
    },
  };
}

function matcherCapabilities(matcher: Matcher): Pick<ServerEngine, "match" | "edit"> {
  return {
    match: (resumeText, jobText) => matcher.match(resumeText, jobText),
    edit: (resumeText, jobText) => proposeEdits(resumeText, jobText, { matcher }),
  };
}

/** Counts, sources and the attribution lines the graph's sources require. */
export function summarizeGraph(graph: SkillGraph): GraphSummary {
  const stats = graphStats(graph);
  return {
    occupations: stats.occupations,
    skills: stats.skills,
    relations: stats.relations,
    sources: stats.sources,
    attribution: stats.attribution,
  };
}
