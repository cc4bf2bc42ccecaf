import { z } from "zod";
import { SkillgraphError } from "../../core/errors.js";
import type { MatchReport } from "../../match/match-report.js";
import { parseBody } from "../parse-body.js";
import type { RouteContext } from "../route-context.js";
import { documentRefSchema } from "./schemas.js";

const matchBodySchema = z.object({ resume: documentRefSchema, job: documentRefSchema });
const rankBodySchema = z.object({
  job: documentRefSchema,
  /** Resumes to rank; omitted: every stored candidate (up to 500). */
  resumes: z.array(documentRefSchema).min(1).max(200).optional(),
});

type DocumentRef = z.infer<typeof documentRefSchema>;
interface Resolved {
  text: string;
  id: string | null;
  name: string;
}

/** POST /api/match and /api/rank, registered only when the match module is wired. */
export function registerMatchRoutes(context: RouteContext): void {
  const { api, engine, store } = context;
  const match = engine.match;
  if (!match) return;

  const resolveJob = async (ref: DocumentRef): Promise<Resolved> => {
    if ("text" in ref) return { text: ref.text, id: null, name: ref.name ?? "" };
    const job = await store.getJob(ref.id);
    if (!job) throw new SkillgraphError("NOT_FOUND", "no such job");
    return { text: job.text, id: job.id, name: job.title };
  };
  const resolveResume = async (ref: DocumentRef, index: number): Promise<Resolved> => {
    if ("text" in ref) return { text: ref.text, id: null, name: ref.name ?? `Resume ${index + 1}` };
    const candidate = await store.getCandidate(ref.id);
    if (!candidate) throw new SkillgraphError("NOT_FOUND", "no such candidate");
    return { text: candidate.resumeText, id: candidate.id, name: candidate.name };
  };
  const scoreAndSave = async (resume: Resolved, job: Resolved): Promise<MatchReport> => {
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
      return scoreAndSave(await resolveResume(body.resume, 0), await resolveJob(body.job));
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
      const job = await resolveJob(body.job);
      const refs: DocumentRef[] =
        body.resumes ??
        (await store.listCandidates({ limit: 500 })).map((candidate) => ({ id: candidate.id }));
      const rows = [];
      for (const [index, ref] of refs.entries()) {
        const resume = await resolveResume(ref, index);
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
