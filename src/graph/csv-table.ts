import { parse } from "csv-parse/sync";
import { SkillgraphError } from "../core/errors.js";

/** How to read one delimited text file. */
export interface CsvTableOptions {
  /** Field delimiter; default `,` (O*NET text files use a tab). */
  delimiter?: string;
  /** Whether `"` quotes fields; default true (ESCO). O*NET text files are unquoted. */
  quoted?: boolean;
}

export type CsvRow = Record<string, string>;

/**
 * Parse a CSV/TSV text into rows keyed by header, checking the header has every required column.
 * Handles a UTF-8 BOM and multi-line quoted fields. A file cut short is TRUNCATED_FILE, any other
 * parse problem BAD_CSV; both messages name the file.
 */
export function readCsvTable(
  text: string,
  fileLabel: string,
  requiredColumns: readonly string[],
  options: CsvTableOptions = {},
): CsvRow[] {
  if (text.trim() === "") throw new SkillgraphError("TRUNCATED_FILE", `${fileLabel}: file is empty`);
  const delimiter = options.delimiter ?? ",";
  const header = headerOf(text, delimiter);
  const missing = requiredColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new SkillgraphError(
      "BAD_CSV",
      `${fileLabel}: missing expected column(s) ${missing.join(", ")} (found: ${header.slice(0, 8).join(", ")})`,
    );
  }
  if (options.quoted === false || !text.includes('"')) return splitPlainTable(text, fileLabel, delimiter);
  try {
    return parse(text, {
      bom: true,
      columns: true,
      delimiter,
      quote: '"',
      skip_empty_lines: true,
    }) as CsvRow[];
  } catch (cause) {
    const code = (cause as { code?: string }).code ?? "";
    const line = (cause as { lines?: number }).lines;
    const lastLine = text.trimEnd().split("\n").length;
    const truncated =
      code === "CSV_QUOTE_NOT_CLOSED" ||
      ((code === "CSV_RECORD_INCONSISTENT_COLUMNS" || code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH") &&
        line !== undefined &&
        line >= lastLine);
    const reason = truncated
      ? "file is truncated (last record incomplete)"
      : oneLine((cause as Error).message);
    throw new SkillgraphError(truncated ? "TRUNCATED_FILE" : "BAD_CSV", `${fileLabel}: ${reason}`, { cause });
  }
}

/**
 * Fast path for files without quoting (the ESCO relation files, O*NET text files): split lines and
 * fields directly, several times faster than the general parser on 20 MB files.
 */
function splitPlainTable(text: string, fileLabel: string, delimiter: string): CsvRow[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === "") lines.pop();
  const columns = (lines[0] ?? "").split(delimiter).map((cell) => cell.trim());
  const rows: CsvRow[] = [];
  for (let number = 1; number < lines.length; number++) {
    const line = lines[number] as string;
    if (line.trim() === "") continue;
    const cells = line.split(delimiter);
    if (cells.length !== columns.length) {
      const truncated = number === lines.length - 1 && cells.length < columns.length;
      const reason = truncated
        ? "file is truncated (last record incomplete)"
        : `line ${number + 1} has ${cells.length} fields, expected ${columns.length}`;
      throw new SkillgraphError(truncated ? "TRUNCATED_FILE" : "BAD_CSV", `${fileLabel}: ${reason}`);
    }
    const row: CsvRow = {};
    for (let index = 0; index < columns.length; index++)
      row[columns[index] as string] = cells[index] as string;
    rows.push(row);
  }
  return rows;
}

function headerOf(text: string, delimiter: string): string[] {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return firstLine.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, ""));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
