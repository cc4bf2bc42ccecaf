import { DATE_TOKEN } from "./find-dates.js";

/** Two dates separated only by a run of spaces: the dash was lost in the export. */
const LOST_DASH = new RegExp(`(${DATE_TOKEN})( {2,})(?=${DATE_TOKEN}|present\\b|current\\b|now\\b)`, "gi");

/**
 * Text exported from spreadsheets and scrapers often arrives "flattened": line breaks collapsed
 * into runs of spaces, bullets turned into literal byte escapes ("\xef\x82\xa7"), the dash of a
 * date range dropped ("Dec 2013  Feb 2014"). For structure detection each such line (long, with
 * several runs of two or more spaces) is reflowed WITHOUT changing its length, so every offset
 * found on the reflowed text is an offset into the original:
 * - two dates separated by spaces become a range ("Dec 2013 -Feb 2014");
 * - a literal escape "\xNN" becomes a bullet ("•" plus spaces);
 * - any other run of two or more spaces becomes a paragraph break ("\n\n" plus spaces).
 * Lines that already look like lines are left unchanged.
 */
export function reflowFlattenedText(
  text: string,
  options: { minLineLength?: number; minRuns?: number } = {},
): string {
  const minLength = options.minLineLength ?? 200;
  const minRuns = options.minRuns ?? 3;
  return text.replace(/[^\n]+/g, (line) => {
    if (line.length < minLength || (line.match(/\S {2,}(?=\S)/g)?.length ?? 0) < minRuns) return line;
    return line
      .replace(LOST_DASH, (_match, date: string, run: string) => `${date} -${" ".repeat(run.length - 2)}`)
      .replace(/(?:\\x[0-9a-fA-F]{2})+/g, (escapes) => `•${" ".repeat(escapes.length - 1)}`)
      .replace(/ {2,}/g, (run) => `\n\n${" ".repeat(run.length - 2)}`);
  });
}
