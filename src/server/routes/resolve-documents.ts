import type { z } from "zod";
import { SkillgraphError } from "../../core/errors.js";
import type { Store } from "../../store/store.js";
import type { documentRefSchema } from "./schemas.js";

export type DocumentRef = z.infer<typeof documentRefSchema>;

/** A document given inline or fetched from the store. `id` is null for inline text. */
export interface ResolvedDocument {
  text: string;
  id: string | null;
  name: string;
}

/** `{text}` as is, or `{id}` of a stored job (NOT_FOUND when absent). */
export async function resolveJob(store: Store, ref: DocumentRef): Promise<ResolvedDocument> {
  if ("text" in ref) return { text: ref.text, id: null, name: ref.name ?? "" };
  const job = await store.getJob(ref.id);
  if (!job) throw new SkillgraphError("NOT_FOUND", "no such job");
  return { text: job.text, id: job.id, name: job.title };
}

/** `{text}` as is, or `{id}` of a stored candidate (NOT_FOUND when absent). */
export async function resolveResume(store: Store, ref: DocumentRef, index = 0): Promise<ResolvedDocument> {
  if ("text" in ref) return { text: ref.text, id: null, name: ref.name ?? `Resume ${index + 1}` };
  const candidate = await store.getCandidate(ref.id);
  if (!candidate) throw new SkillgraphError("NOT_FOUND", "no such candidate");
  return { text: candidate.resumeText, id: candidate.id, name: candidate.name };
}
