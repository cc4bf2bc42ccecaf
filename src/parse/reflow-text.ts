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
 * - literal UTF-8 escapes ("\xe2\x80\x94") are decoded: dashes stay dashes, bullets and
 *   private-use symbols become "•", other characters themselves (padded with spaces);
 * - any other run of two or more spaces becomes a paragraph break ("\n\n" plus spaces).
 * Lines that already look like lines are left unchanged.
 */
export function reflowFlattenedText(
  text: string,
  options: { minLineLength?: number; minRuns?: number } = {},
): string {
  const minLength = options.minLineLength ?? 200;
  const minRuns = options.minRuns ?? 3;
  // Only lines of `minLength` or more are rewritten: most texts have none.
  if (!hasLineOfLength(text, minLength)) return text;
  return text.replace(/[^\n]+/g, (line) => {
    if (line.length < minLength || (line.match(/\S {2,}(?=\S)/g)?.length ?? 0) < minRuns) return line;
    return line
      .replace(LOST_DASH, (_match, date: string, run: string) => `${date} -${" ".repeat(run.length - 2)}`)
      .replace(/(?:\\x[0-9a-fA-F]{2})+/g, (escapes) => {
        const decoded = decodeEscapes(escapes);
        // A dash is padded with no-break spaces so that it still joins "1996 – 1998".
        return padTo(decoded, escapes.length, decoded === "–" ? "\u00a0" : " ");
      })
      .replace(/ {2,}/g, (run) => `\n\n${" ".repeat(run.length - 2)}`);
  });
}

const UTF8 = new TextDecoder("utf-8");

/** Decode "\\xe2\\x80\\x94"-style escapes; dashes → "–", symbols and bullets → "•". */
function decodeEscapes(escapes: string): string {
  const bytes = Uint8Array.from(escapes.match(/[0-9a-fA-F]{2}/g) ?? [], (hex) => Number.parseInt(hex, 16));
  const decoded = UTF8.decode(bytes);
  if (/^[\u2010-\u2015\u2212-]+$/.test(decoded)) return "–";
  if (/^[\p{L}\p{N}'’‘“”"]+$/u.test(decoded)) return decoded;
  return "•";
}

function padTo(value: string, length: number, filler: string): string {
  return value.length >= length ? value.slice(0, length) : value + filler.repeat(length - value.length);
}

function hasLineOfLength(text: string, minLength: number): boolean {
  let lineStart = 0;
  for (let newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n", lineStart)) {
    if (newline - lineStart >= minLength) return true;
    lineStart = newline + 1;
  }
  return text.length - lineStart >= minLength;
}
