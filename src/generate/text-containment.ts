/** Lowercase, fold accents, spell out `+`/`#` (C++, C#), turn other punctuation into spaces. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\+/g, " plus ")
    .replace(/#/g, " sharp ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whether `phrase` occurs in `text` as whole words after normalization. */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = normalizeForMatch(phrase);
  if (needle === "") return false;
  return ` ${normalizeForMatch(text)} `.includes(` ${needle} `);
}
