import { z } from "zod";
import type { JobPosting } from "../../recommend/profiles.js";
import type { Store } from "../../store/store.js";
import { parseBody } from "../parse-body.js";
import type { RouteContext } from "../route-context.js";
import { resolveResume } from "./resolve-documents.js";
import { documentRefSchema } from "./schemas.js";

const postingSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(300),
  description: z.string().max(200_000).default(""),
  skills: z.array(z.string().max(200)).max(200).default([]),
});
const recommendBodySchema = z.object({
  resume: documentRefSchema,
  /** Jobs to choose from; omitted: every stored job (up to 500). */
  jobs: z.array(postingSchema).min(1).max(1000).optional(),
  top: z.number().int().min(1).max(100).default(10),
});

/** POST /api/recommend, registered when the recommend module is wired. */
export function registerRecommendRoutes(context: RouteContext): void {
  const { api, engine, store } = context;
  const recommend = engine.recommend;
  if (!recommend) return;
  api.add({
    method: "POST",
    path: "/api/recommend",
    summary:
      "Jobs ranked for a resume with reasons, and the generated ideal job (GIRL) when a graph is loaded",
    tag: "recommend",
    input: { json: recommendBodySchema },
    responses: { "200": "{idealJob, jobs: [{job, score, reasons}]}" },
    handler: async (request) => {
      const body = parseBody(recommendBodySchema, request.body);
      const resume = await resolveResume(store, body.resume);
      const jobs = body.jobs ?? (await storedPostings(store));
      return recommend(resume.text, jobs, { top: body.top });
    },
  });
}

async function storedPostings(store: Store): Promise<JobPosting[]> {
  const postings: JobPosting[] = [];
  for (const summary of await store.listJobs({ limit: 500 })) {
    const job = await store.getJob(summary.id);
    if (!job) continue;
    postings.push({ id: job.id, title: job.title, description: job.text, skills: skillNames(job.parsed) });
  }
  return postings;
}

/** Required and preferred skill names of a stored parsed job. */
function skillNames(parsed: unknown): string[] {
  const job = parsed as {
    requiredSkills?: { name?: unknown }[];
    preferredSkills?: { name?: unknown }[];
  } | null;
  return [...(job?.requiredSkills ?? []), ...(job?.preferredSkills ?? [])]
    .map((item) => item.name)
    .filter((name): name is string => typeof name === "string");
}
