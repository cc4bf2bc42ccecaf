import { z } from "zod";
import { SkillgraphError } from "../../core/errors.js";
import { parseBody } from "../parse-body.js";
import { readDocumentInput } from "../read-input.js";
import type { RouteContext } from "../route-context.js";
import { idParamsSchema, listQuerySchema } from "./schemas.js";

const jobBodySchema = z.object({ title: z.string().max(300).optional(), text: z.string().min(1) });
const candidateBodySchema = z.object({ name: z.string().max(200).optional(), text: z.string().min(1) });

/** CRUD for jobs and candidates. Deleting a candidate erases their documents, parsed data and scores. */
export function registerRecordRoutes(context: RouteContext): void {
  const { api, engine, store, limits } = context;

  api.add({
    method: "POST",
    path: "/api/jobs",
    summary: "Store a job description (JSON {title?, text} or an upload with a `title` field)",
    tag: "jobs",
    input: { json: jobBodySchema, upload: true },
    responses: { "201": "The stored job" },
    handler: async (request, reply) => {
      const { document, fields } = await readDocumentInput(request, engine, limits);
      const parsed = engine.parseJob ? engine.parseJob(document.text) : null;
      const title = fields.title?.trim() || titleOf(parsed) || firstLine(document.text);
      reply.code(201);
      return store.createJob({ title, text: document.text, parsed });
    },
  });
  api.add({
    method: "GET",
    path: "/api/jobs",
    summary: "List stored jobs, newest first",
    tag: "jobs",
    input: { query: listQuerySchema },
    responses: { "200": "{jobs: [{id, title, createdAt}]}" },
    handler: async (request) => ({ jobs: await store.listJobs(listOptions(request.query)) }),
  });
  api.add({
    method: "GET",
    path: "/api/jobs/{id}",
    summary: "One stored job with its text and parsed structure",
    tag: "jobs",
    responses: { "200": "The job", "404": "No such job" },
    handler: async (request) => found(await store.getJob(idOf(request.params)), "job"),
  });
  api.add({
    method: "DELETE",
    path: "/api/jobs/{id}",
    summary: "Delete a job and its scores",
    tag: "jobs",
    responses: { "200": "{deleted: true}", "404": "No such job" },
    handler: async (request) => deleted(await store.deleteJob(idOf(request.params)), "job"),
  });

  api.add({
    method: "POST",
    path: "/api/candidates",
    summary: "Store a candidate's resume (JSON {name?, text} or an upload with a `name` field)",
    tag: "candidates",
    input: { json: candidateBodySchema, upload: true },
    responses: { "201": "The stored candidate" },
    handler: async (request, reply) => {
      const { document, fields, fileName } = await readDocumentInput(request, engine, limits);
      const parsed = engine.parseResume ? engine.parseResume(document.text) : null;
      reply.code(201);
      return store.createCandidate({
        name: fields.name?.trim() || firstLine(document.text),
        resumeText: document.text,
        parsed,
        ...(fileName === undefined ? {} : { fileName }),
      });
    },
  });
  api.add({
    method: "GET",
    path: "/api/candidates",
    summary: "List stored candidates, newest first",
    tag: "candidates",
    input: { query: listQuerySchema },
    responses: { "200": "{candidates: [{id, name, createdAt}]}" },
    handler: async (request) => ({ candidates: await store.listCandidates(listOptions(request.query)) }),
  });
  api.add({
    method: "GET",
    path: "/api/candidates/{id}",
    summary: "One stored candidate with their resume text and parsed structure",
    tag: "candidates",
    responses: { "200": "The candidate", "404": "No such candidate" },
    handler: async (request) => found(await store.getCandidate(idOf(request.params)), "candidate"),
  });
  api.add({
    method: "DELETE",
    path: "/api/candidates/{id}",
    summary: "Erase a candidate and all their data: documents, parsed data, scores",
    tag: "candidates",
    responses: { "200": "{deleted: true}", "404": "No such candidate" },
    handler: async (request) => deleted(await store.deleteCandidate(idOf(request.params)), "candidate"),
  });
}

function idOf(params: unknown): string {
  return parseBody(idParamsSchema, params).id;
}

function listOptions(query: unknown): { limit?: number; offset?: number } {
  const { limit, offset } = parseBody(listQuerySchema, query);
  return { ...(limit === undefined ? {} : { limit }), ...(offset === undefined ? {} : { offset }) };
}

function found<T>(record: T | undefined, what: string): T {
  if (record === undefined) throw new SkillgraphError("NOT_FOUND", `no such ${what}`);
  return record;
}

function deleted(wasThere: boolean, what: string): { deleted: true } {
  if (!wasThere) throw new SkillgraphError("NOT_FOUND", `no such ${what}`);
  return { deleted: true };
}

/** The parsed job's title (`{text}` from parse/, or a plain string). */
function titleOf(parsed: unknown): string | undefined {
  const title = (parsed as { title?: unknown } | null)?.title;
  const text = typeof title === "string" ? title : (title as { text?: unknown } | undefined)?.text;
  return typeof text === "string" && text.trim() ? text.trim().slice(0, 300) : undefined;
}

/** First non-blank line, shortened: a default title or name. */
export function firstLine(text: string): string {
  const line = text.split("\n").find((candidate) => candidate.trim().length > 0) ?? "untitled";
  return line.trim().slice(0, 120);
}
