import type { ServerEngine } from "../engine.js";
import { readDocumentInput } from "../read-input.js";
import type { RouteContext } from "../route-context.js";
import { textInputSchema } from "./schemas.js";

/** The structured view of one document: text, warnings, parsed structure, linked skills. */
export function analyzeDocument(
  engine: ServerEngine,
  kind: "resume" | "job",
  document: { text: string; type: string; warnings: { code: string; message: string }[] },
) {
  const parse = kind === "resume" ? engine.parseResume : engine.parseJob;
  return {
    type: document.type,
    warnings: document.warnings,
    text: document.text,
    parsed: parse ? parse(document.text) : null,
    skills: engine.linkSkills ? engine.linkSkills(document.text) : [],
  };
}

/** POST /api/parse/resume and /api/parse/job. */
export function registerParseRoutes(context: RouteContext): void {
  const { api, engine, limits } = context;
  for (const kind of ["resume", "job"] as const) {
    api.add({
      method: "POST",
      path: `/api/parse/${kind}`,
      summary: `Read a ${kind} (upload or text) and return its text, parsed structure and linked skills`,
      tag: "parse",
      input: { json: textInputSchema, upload: true },
      responses: { "200": `The parsed ${kind}: {type, warnings, text, parsed, skills}` },
      handler: async (request) => {
        const { document } = await readDocumentInput(request, engine, limits);
        return analyzeDocument(engine, kind, document);
      },
    });
  }
}
