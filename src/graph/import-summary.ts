/** What an import added; `skipped` counts rows left out, by reason. */
export interface ImportSummary {
  occupations: number;
  skills: number;
  edges: number;
  skipped: Record<string, number>;
  /** Optional input files that were not found (the import went on without them). */
  missingFiles: string[];
  /** Other counts worth reporting (e.g. crosswalk codes mapped to their ".00" occupation). */
  notes: Record<string, number>;
}

export function createImportSummary(): ImportSummary {
  return { occupations: 0, skills: 0, edges: 0, skipped: {}, missingFiles: [], notes: {} };
}

/** Count one skipped row under `reason`. */
export function countSkipped(summary: ImportSummary, reason: string, count = 1): void {
  summary.skipped[reason] = (summary.skipped[reason] ?? 0) + count;
}

/** Lower-case ASCII slug for ids: "Oracle Java" → "oracle-java". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\+/g, " plus ")
    .replace(/#/g, " sharp ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
