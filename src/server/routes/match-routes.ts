import { z } from "zod";
import type { MatchReport } from "../../match/match-report.js";
import { parseBody } from "../parse-body.js";
import type { RouteContext } from "../route-context.js";
import { type DocumentRef, type ResolvedDocument, resolveJob, resolveResume } from "./resolve-documents.js";
import { documentRefSchema } from "./schemas.js";

const matchBodySchema = z.object({ resume: documentRefSchema, job: documentRefSchema });
const rankBodySchema = z.object({
  job: documentRefSchema,
  /** Resumes to rank; omitted: every stored candidate (up to 500). */
  resumes: z.array(documentRefSchema).min(1).max(200).optional(),
});

/** POST /api/match and /api/rank, registered only when the match module is wired. */
export function registerMatchRoutes(context: RouteContext): void {
  const { api, engine, store } = context;
  const match = engine.match;
  if (!match) return;

  const scoreAndSave = async (resume: ResolvedDocument, job: ResolvedDocument): Promise<MatchReport> => {
    const report = await match(resume.text, job.text);
    if (resume.id && job.id && report.score !== null) {
      await store.saveScore({ candidateId: resume.id, jobId: job.id, score: report.score, report });
    }
    return report;
  };

  api.add({
    method: "POST",
    path: "/api/match",
    summary:
      "Match one resume to one job: score, verdict per requirement with evidence, missing skills, experience gap",
    tag: "match",
    input: { json: matchBodySchema },
    responses: { "200": "The match report (stored as a score when both are stored records)" },
    handler: async (request) => {
      const body = parseBody(matchBodySchema, request.body);
      return scoreAndSave(await resolveResume(store, body.resume), await resolveJob(store, body.job));
    },
  });

  api.add({
    method: "POST",
    path: "/api/rank",
    summary: "Rank many resumes (or every stored candidate) for one job",
    tag: "match",
    input: { json: rankBodySchema },
    responses: {
      "200": "{job: {id, title}, ranking: [{rank, candidateId, name, score, decision, missingSkills}]}",
    },
    handler: async (request) => {
      const body = parseBody(rankBodySchema, request.body);
      const job = await resolveJob(store, body.job);
      const refs: DocumentRef[] =
        body.resumes ??
        (await store.listCandidates({ limit: 500 })).map((candidate) => ({ id: candidate.id }));
      const rows = [];
      for (const [index, ref] of refs.entries()) {
        const resume = await resolveResume(store, ref, index);
        const report = await scoreAndSave(resume, job);
        rows.push({
          candidateId: resume.id,
          name: resume.name,
          score: report.score,
          decision: report.decision,
          missingSkills: report.missingSkills,
          partialSkills: report.partialSkills,
          experienceGap: report.experienceGap.hasGap,
          explanation: report.explanation,
        });
      }
      rows.sort((left, right) => (right.score ?? -1) - (left.score ?? -1));
      return {
        job: { id: job.id, title: job.name },
        ranking: rows.map((row, index) => ({ rank: index + 1, ...row })),
      };
    },
  });
}
