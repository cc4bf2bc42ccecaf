/** Types shared by the document readers: options, the result and its warnings. */
import { z } from "zod";
import { SkillgraphError } from "../core/errors.js";

/** Kinds of document skillgraph can read; detected from the bytes, never from a file name. */
export type DocumentType = "pdf" | "docx" | "html" | "markdown" | "text";

/** A non-fatal problem found while reading, e.g. `INVALID_UTF8` or `PAGES_WITHOUT_TEXT`. */
export interface DocumentWarning {
  code: string;
  message: string;
}

/** The text of a document with its line structure kept (one line per paragraph, list item, PDF line). */
export interface DocumentText {
  /** Never empty: a document without text is an error (`NO_TEXT`, `NEEDS_OCR`). */
  text: string;
  type: DocumentType;
  warnings: DocumentWarning[];
  /** Number of pages (PDF only). */
  pageCount?: number;
}

export interface ReadDocumentOptions {
  /** Largest accepted input in bytes; default 10 MB (`DEFAULT_MAX_DOCUMENT_BYTES`). */
  maxBytes?: number;
  /** Largest total decompressed size of a DOCX archive; default 50 MB. */
  maxDecompressedBytes?: number;
  /** PDF pages read at most; later pages are skipped with a `PAGES_SKIPPED` warning. Default 100. */
  maxPages?: number;
  /** Only used in messages; the type is always detected from the bytes. */
  fileName?: string;
}

export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_PDF_PAGES = 100;
/** Most entries a DOCX archive may hold (real documents have a few dozen). */
export const MAX_ARCHIVE_ENTRIES = 5000;

const ReadDocumentOptionsSchema = z.object({
  maxBytes: z.number().int().positive().optional(),
  maxDecompressedBytes: z.number().int().positive().optional(),
  maxPages: z.number().int().positive().optional(),
  fileName: z.string().optional(),
});

/** Options with every default filled in; throws BAD_USAGE for invalid limits. */
export function resolveReadOptions(
  options: ReadDocumentOptions,
): Required<Omit<ReadDocumentOptions, "fileName">> {
  const parsed = ReadDocumentOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SkillgraphError(
      "BAD_USAGE",
      `invalid document option ${issue?.path.join(".")}: ${issue?.message}`,
    );
  }
  return {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
    maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
    maxPages: options.maxPages ?? DEFAULT_MAX_PDF_PAGES,
  };
}
