/**
 * Character trigrams of words padded with spaces (" manag", …), hashed to integers: a spelling-level
 * similarity that survives inflection and derivation ("numerate" ~ "numeracy").
 */
export function trigramHashes(words: readonly string[]): number[] {
  const hashes: number[] = [];
  for (const word of words) {
    const padded = ` ${word} `;
    for (let index = 0; index + 3 <= padded.length; index++) {
      hashes.push(
        (padded.charCodeAt(index) * 65_599 + padded.charCodeAt(index + 1)) * 65_599 +
          padded.charCodeAt(index + 2),
      );
    }
  }
  return hashes;
}

/** Share of the phrase's distinct trigrams found in the query's trigram set. */
export function trigramContainment(
  phraseTrigrams: ArrayLike<number>,
  queryTrigrams: ReadonlySet<number>,
): number {
  if (phraseTrigrams.length === 0) return 0;
  let found = 0;
  for (let index = 0; index < phraseTrigrams.length; index++)
    if (queryTrigrams.has(phraseTrigrams[index]!)) found++;
  return found / phraseTrigrams.length;
}
