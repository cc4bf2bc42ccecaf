/** Decoding of HTML character references: numeric (with the HTML windows-1252 fix-ups) and named. */

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  shy: "",
  zwj: "",
  zwnj: "",
  ndash: "–",
  mdash: "—",
  minus: "−",
  hellip: "…",
  bull: "•",
  middot: "·",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  plusmn: "±",
  times: "×",
  divide: "÷",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  sect: "§",
  para: "¶",
  dagger: "†",
  rarr: "→",
  larr: "←",
  harr: "↔",
  check: "✓",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
};

/** Accented Latin letters: &eacute; &Uuml; &ccedil; &ntilde; &aring; &oslash; &szlig; … */
const ACCENTS: Record<string, string> = {
  acute: "\u0301",
  grave: "\u0300",
  circ: "\u0302",
  uml: "\u0308",
  tilde: "\u0303",
  ring: "\u030a",
  cedil: "\u0327",
};
const SPECIAL_LETTERS: Record<string, string> = {
  szlig: "ß",
  oslash: "ø",
  Oslash: "Ø",
  aelig: "æ",
  AElig: "Æ",
  eth: "ð",
  thorn: "þ",
};

/** Numeric references 128–159 mean windows-1252 characters (HTML standard). */
const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** The windows-1252 character for a C1 control code point (128–159); others unchanged. */
export function windows1252Fixup(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (character) => WINDOWS_1252[character.charCodeAt(0) - 128]!);
}

function fromCodePoint(code: number): string {
  if (code >= 128 && code <= 159) return WINDOWS_1252[code - 128]!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  return String.fromCodePoint(code);
}

function named(name: string): string | undefined {
  const direct = NAMED[name] ?? SPECIAL_LETTERS[name];
  if (direct !== undefined) return direct;
  const accented = /^([a-zA-Z])(acute|grave|circ|uml|tilde|ring|cedil)$/.exec(name);
  if (!accented) return undefined;
  return (accented[1]! + ACCENTS[accented[2]!]!).normalize("NFC");
}

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;
const LEGACY_WITHOUT_SEMICOLON = new Set(["amp", "lt", "gt", "quot", "nbsp"]);

/** Replace character references; unknown names are left as written. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (match, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    const value = name === undefined ? undefined : named(name);
    if (value === undefined) return match;
    if (!match.endsWith(";") && !LEGACY_WITHOUT_SEMICOLON.has(name!)) return match;
    return value;
  });
}
