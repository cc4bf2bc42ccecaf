import { z } from "zod";

/** `{text}`: a document given as text. */
export const textInputSchema = z.object({ text: z.string().min(1) });

/** A document given inline (`{text}`) or by the id of a stored one (`{id}`). */
export const documentRefSchema = z.union([
  z.object({ text: z.string().min(1), name: z.string().max(200).optional() }),
  z.object({ id: z.string().min(1).max(100) }),
]);

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

export const idParamsSchema = z.object({ id: z.string().min(1).max(100) });
