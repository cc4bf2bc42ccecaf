import { z } from "zod";
import { parseBody } from "../parse-body.js";
import type { RouteContext } from "../route-context.js";
import { resolveJob, resolveResume } from "./resolve-documents.js";
import { documentRefSchema } from "./schemas.js";

const editBodySchema = z.object({ resume: documentRefSchema, job: documentRefSchema });

/** POST /api/edit, registered when the edit module is wired. */
export function registerEditRoutes(context: RouteContext): void {
  const { api, engine, store } = context;
  const edit = engine.edit;
  if (!edit) return;
  api.add({
    method: "POST",
    path: "/api/edit",
    summary:
      "Honest edits toward a job: every added claim cites the resume; unsupported requirements listed as gaps",
    tag: "edit",
    input: { json: editBodySchema },
    responses: {
      "200": "{diff, editedText, edits: [{kind, description, before, after, cites}], gaps, verification}",
    },
    handler: async (request) => {
      const body = parseBody(editBodySchema, request.body);
      const resume = await resolveResume(store, body.resume);
      const job = await resolveJob(store, body.job);
      return edit(resume.text, job.text);
    },
  });
}
