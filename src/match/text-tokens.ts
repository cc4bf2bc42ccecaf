/**
 * Word-level text helpers for matching: tokens with offsets, a light suffix stemmer, and the
 * filler words that carry no skill content ("proficiency in", "strong", "experience with").
 */

export interface Token {
  /** Lower-cased surface form. */
  word: string;
  /** Stem used for comparison. */
  stem: string;
  start: number;
  end: number;
}

/**
 * Words are `[A-Za-z0-9][A-Za-z0-9+#]*(?:[.'’][A-Za-z0-9+#]+)*`, found by a character scanner
 * (no match arrays: tokenizing is a hot path).
 */
function isWordStart(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isWordChar(code: number): boolean {
  return isWordStart(code) || code === PLUS || code === HASH;
}

/** End offset of the word that starts at `start` (where `isWordStart` holds). */
function wordEnd(text: string, start: number): number {
  let position = start + 1;
  while (position < text.length && isWordChar(text.charCodeAt(position))) position++;
  for (;;) {
    const joiner = text.charCodeAt(position);
    if (joiner !== DOT && joiner !== APOSTROPHE && joiner !== RIGHT_QUOTE) return position;
    if (!isWordChar(text.charCodeAt(position + 1))) return position;
    position += 2;
    while (position < text.length && isWordChar(text.charCodeAt(position))) position++;
  }
}

const PLUS = "+".charCodeAt(0);
const HASH = "#".charCodeAt(0);
const DOT = ".".charCodeAt(0);
const APOSTROPHE = "'".charCodeAt(0);
const RIGHT_QUOTE = "’".charCodeAt(0);

/** Split text into word tokens with their character offsets. */
export function tokenize(text: string): Token[] {
  return collectTokens(text, 0, false);
}

function collectTokens(text: string, offset: number, skipFiller: boolean): Token[] {
  const tokens: Token[] = [];
  for (let position = 0; position < text.length; ) {
    if (!isWordStart(text.charCodeAt(position))) {
      position++;
      continue;
    }
    const end = wordEnd(text, position);
    const known = surfaceInfo(text, position, end);
    if (!skipFiller || !known.filler) {
      tokens.push({ word: known.word, stem: known.stem, start: position + offset, end: end + offset });
    }
    position = end;
  }
  return tokens;
}

/**
 * Visit the stem and start offset of each word of `text` (filler words left out when
 * `skipFiller`), without building token objects: for hot paths that index whole documents.
 */
export function forEachStem(
  text: string,
  skipFiller: boolean,
  visit: (stem: string, start: number) => void,
): void {
  for (let position = 0; position < text.length; ) {
    if (!isWordStart(text.charCodeAt(position))) {
      position++;
      continue;
    }
    const end = wordEnd(text, position);
    const known = surfaceInfo(text, position, end);
    if (!skipFiller || !known.filler) visit(known.stem, position);
    position = end;
  }
}

/** Lowercase word, stem and filler flag of `text.slice(start, end)`, cached by surface form. */
function surfaceInfo(text: string, start: number, end: number): SurfaceInfo {
  const surface = text.slice(start, end);
  let known = surfaceCache.get(surface);
  if (known === undefined) {
    const word = surface.toLowerCase();
    known = { word, stem: stemWord(word), filler: isFiller(word) };
    if (surfaceCache.size > 100_000) surfaceCache.clear();
    surfaceCache.set(surface, known);
  }
  return known;
}

interface SurfaceInfo {
  word: string;
  stem: string;
  filler: boolean;
}

/** Surface form → lowercase word, stem and filler flag (words repeat across documents). */
const surfaceCache = new Map<string, SurfaceInfo>();

const SUFFIXES = [
  "ational",
  "ization",
  "isation",
  "ibility",
  "ability",
  "fulness",
  "ousness",
  "iveness",
  "ations",
  "ation",
  "ments",
  "ment",
  "ities",
  "ity",
  "ings",
  "ing",
  "ists",
  "ist",
  "ers",
  "er",
  "ors",
  "or",
  "ies",
  "ied",
  "ive",
  "ed",
  "es",
  "al",
  "ic",
  "ly",
  "s",
  "e",
  "y",
] as const;

/**
 * A light suffix-stripping stemmer: "analysis", "analyze", "analyst" and "analytical" share the
 * stem "analy"; "managing" and "management" share "manag". Words of 4 letters or fewer stay whole.
 */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stem = computeStem(word);
  if (stemCache.size > 100_000) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

const stemCache = new Map<string, string>();

function computeStem(word: string): string {
  let stem = word.toLowerCase().replace(/['’]s$/, "");
  if (stem.length <= 4 || /[0-9+#.]/.test(stem)) return stem;
  // Plural first, so "paramedics" and "paramedic" take the same path below.
  if (/[^su]s$/.test(stem) && !/(?:ies|ses|xes|ches|shes|ous)$/.test(stem)) stem = stem.slice(0, -1);
  stem = stem.replace(/(?:sis|ses|ze|zed|zes|zing|tics?|tical|tically)$/, "");
  for (const suffix of SUFFIXES) {
    if (stem.length - suffix.length >= 4 && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  }
  // A second pass catches stacked suffixes ("operational" → "operation" → "operat").
  for (const suffix of ["ion", "at", "iz", "is"]) {
    if (stem.length - suffix.length >= 4 && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  }
  return stem;
}

/** Function words and requirement filler: present in requirement text but never the skill itself. */
const FILLER = new Set(
  (
    "a an the and or of in on at to for with by from as into via per is are be been being this that these " +
    "those it its their our your you we they he she his her will shall must should can could may might " +
    "would has have had having do does did not no nor such other etc including include includes e.g i.e " +
    "ability able abilities skill skills skilled knowledge knowledgeable experience experienced experiences " +
    "proficiency proficient proficiently expertise expert strong stronger excellent exceptional good great " +
    "solid sound deep in-depth depth advanced basic working work understanding understand familiarity familiar " +
    "competence competent competency capable capability demonstrated proven solid thorough high highly level " +
    "required requirement requirements require requires preferred plus bonus nice must-have desired desirable " +
    "candidate applicant ideal ideally successful year years month months minimum least at prior previous " +
    "relevant related various variety different use using used utilize utilizing apply applying application " +
    "effective effectively efficient efficiently strongly well very also both all any some etc. " +
    "demonstrate demonstrates hands-on hand practical professional responsible responsibilities " +
    "needed need needs important essential key critical ensure ensuring keen eye mastery master command " +
    "set sets techniques technique tasks task duties hands capacity outstanding superior extensive profound " +
    "adept skillful versed apt eg proven track record notable noteworthy moreover furthermore " +
    "additionally broad fundamental fundamentals demonstrable demonstratable comprehensive well familiarize " +
    "possess possesses remarkable impeccable acute top grade phenomenal meticulous adequate astute stellar " +
    "superb exemplary extraordinary sufficient"
  ).split(/\s+/),
);

/** True for words that carry no skill content on their own. */
export function isFiller(word: string): boolean {
  return FILLER.has(word) || ALL_DIGITS.test(word);
}

const ALL_DIGITS = /^\d+$/;

/**
 * The content tokens of a text (tokens that are not filler), offsets shifted by `offset`. Short
 * phrases are memoized (requirement analysis tokenizes the same phrases many times): treat the
 * returned array as read-only.
 */
export function contentTokens(text: string, offset = 0): Token[] {
  if (offset !== 0 || text.length > 200) return collectTokens(text, offset, true);
  const cached = phraseCache.get(text);
  if (cached) return cached;
  const tokens = collectTokens(text, 0, true);
  if (phraseCache.size > 20_000) phraseCache.clear();
  phraseCache.set(text, tokens);
  return tokens;
}

const phraseCache = new Map<string, Token[]>();

/**
 * True when two stems name the same word: equal, or the shorter (≥ 5 letters) is the longer minus
 * at most 3 trailing letters ("analy"/"analyst", "diagnos"/"diagnost") — but not "-ic" or "-it",
 * which turn one word into another ("commun"/"communic").
 */
export function stemsAgree(left: string, right: string): boolean {
  if (left === right) return true;
  const leftShorter = left.length <= right.length;
  const short = leftShorter ? left : right;
  const long = leftShorter ? right : left;
  if (short.length < 5 || long.length - short.length > 3 || !long.startsWith(short)) return false;
  // The rest of the longer stem must not start with "ic" or "it" (checked without slicing: hot).
  const next = long.charCodeAt(short.length + 1);
  return !(long.charCodeAt(short.length) === CHAR_I && (next === CHAR_C || next === CHAR_T));
}

const CHAR_I = "i".charCodeAt(0);
const CHAR_C = "c".charCodeAt(0);
const CHAR_T = "t".charCodeAt(0);
