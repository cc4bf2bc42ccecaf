/**
 * Text exported from spreadsheets and scrapers often arrives "flattened": line breaks collapsed
 * into runs of spaces, bullets turned into literal byte escapes ("\xef\x82\xa7"). For structure
 * detection such text is reflowed into lines WITHOUT changing its length, so every offset found on
 * the reflowed text is an offset into the original:
 * - a run of two or more spaces becomes a paragraph break ("\n\n" plus spaces);
 * - a literal escape "\xNN" becomes a bullet ("•" plus spaces).
 * Text that already has line structure (short average lines) is returned unchanged.
 */
export function reflowFlattenedText(text: string, options: { minAverageLineLength?: number } = {}): string {
  const minAverage = options.minAverageLineLength ?? 200;
  const lineCount = (text.match(/\n/g)?.length ?? 0) + 1;
  if (text.length / lineCount < minAverage || !/\S {2,}\S/.test(text)) return text;
  return text
    .replace(/(?:\\x[0-9a-fA-F]{2})+/g, (escape) => `•${" ".repeat(escape.length - 1)}`)
    .replace(/ {2,}/g, (run) => `\n\n${" ".repeat(run.length - 2)}`);
}
