import { type Piece, stripBullet, subPiece, trimPiece } from "./text-lines.js";

/** Title, employer and location read from an entry header. All pieces are exact text slices. */
export interface HeaderParts {
  title: Piece;
  employer?: Piece;
  location?: Piece;
}

/** Characters trimmed from the ends of a title or employer. */
const EDGE = "\\s,;:|\\-–—(\\[{*_\"'“”‘’•~";

/** Words that mark an organisation name ("Acme Inc", "City Hospital"). */
const ORGANISATION =
  /\b(?:inc|ltd|llc|llp|plc|gmbh|corp|corporation|company|co|pvt|limited|bank|university|college|hospital|group|labs|consulting|clinic|school|institute|foundation|technologies|infotech|bakery|restaurant|hotel)\b\.?/i;

/** Lead-ins before a title: "Worked as a", "Served as an", "4 fruitful years as a", "Role: ". */
const LEAD_ARTICLE =
  /^(.*?)\b(?:as\s+an?|(?:position|role|post|capacity)\s+(?:of|as)\s+(?:an?\s+|the\s+)?)\s+(?=\S)/i;
const LEAD_IN =
  /^(.*?\b(?:worked|working|served|serving|employed|engaged|acted|acting|hired|joined|was|were|been|spent|invested|years?|experience|career|tenure)\b.*?)\bas\s+(?:an?\s+|the\s+)?/i;

/** Clauses that follow a title in prose: "…Engineer contributing to a team", "…, where I led". */
const TRAILING_CLAUSE =
  /(?:\s*,\s*|\s+-\s+|\s+)(?:where|wherein|while|whereby|responsible|contributing|focusing|focused|working|in charge|including|which|who|gaining|perfecting|handling|my main|i\s|leading to)\b.*$/i;

/** "… for the duration of", "… during the period of" left before the dates. */
const TRAILING_PERIOD =
  /\s+(?:for|during|over|in)\s+(?:the\s+|a\s+)?(?:duration|period|span|course|time|years?)\b.*$/i;

/** A clause after a comma that starts with a lowercase past-tense verb: "…, managed a team". */
const PAST_TENSE_CLAUSE = /\s*,\s+[a-z]+ed\b.*$/;

/** Durations after a title: "for 5 years", "for a period of 1 year", "for two years". */
const TRAILING_DURATION =
  /\s*,?\s*(?:for\s+)?(?:a\s+(?:period|total)\s+of\s+)?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\+?\s+(?:fruitful\s+|long\s+)?(?:years?|yrs?|months?)\b.*$/i;

const LEAD_WORDS = /\s*\b(?:from|since|in|between|during|for|on|of|and)\s*$/i;

/**
 * Parse a header written on one line together with its dates ("Millwrights at Machinery
 * International", "Neurologist [Cls Hospital]", "Worked as a Baker at \"Sunshine Bakers\"").
 * Only explicit markers split off an employer (" at ", "@", "|", brackets, or a trailing
 * ", Acme Inc" / " - Acme Inc" with an organisation word): titles themselves contain commas and
 * dashes ("Shipping, receiving, and inventory clerks").
 */
export function parseInlineHeader(raw: Piece): HeaderParts | undefined {
  let piece = clean(stripBullet(raw));
  // "Job Title: Java Architect (2019 - 2022)": the label only introduces the title.
  const label = TITLE_LABEL.exec(piece.text);
  if (label && label[0].length < piece.text.length) piece = clean(subPiece(piece, label[0].length));
  let employer: Piece | undefined;
  // "**Data Scientist** — Netflix": the bold part is the title, the rest the employer.
  const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*(?:[-–—|,@:]\s*|at\s+)?(.*)$/.exec(raw.text.trim());
  if (bold?.[1]) {
    const start = raw.start + raw.text.indexOf(bold[1]);
    const title = clean({ text: bold[1], start, end: start + bold[1].length });
    const rest = bold[2] ? clean(subPiece(raw, raw.text.lastIndexOf(bold[2]))) : undefined;
    return finish(title, rest && /\p{L}{2}/u.test(rest.text) ? splitDash(rest).left : undefined);
  }
  const lead = LEAD_ARTICLE.exec(piece.text) ?? LEAD_IN.exec(piece.text);
  if (lead?.[1] !== undefined && lead[0].length < piece.text.length) {
    const leadPart = subPiece(piece, 0, lead[1].length);
    const at = /\bat\s+(?!an?\b|the\b)([A-Z].*?)\s*$/.exec(leadPart.text);
    if (at?.[1] && at.index !== undefined)
      employer = clean(subPiece(leadPart, at.index + 3, leadPart.text.length));
    piece = clean(subPiece(piece, lead[0].length));
  }
  piece = cutTail(piece);
  const pipe = piece.text.indexOf(" | ");
  if (pipe > 0) {
    const parts = splitAt(piece, pipe, 3);
    piece = parts.left;
    employer ??= firstPart(parts.right, " | ");
  }
  const bracket = /\s*[[{]([^\]}]+)[\]}]\s*$/.exec(piece.text);
  if (bracket?.[1] && bracket.index > 0) {
    employer ??= clean(
      subPiece(
        piece,
        bracket.index + bracket[0].indexOf(bracket[1]),
        bracket.index + bracket[0].indexOf(bracket[1]) + bracket[1].length,
      ),
    );
    piece = clean(subPiece(piece, 0, bracket.index));
  }
  const at = /\s+(?:at|@)\s+/.exec(piece.text);
  if (at && at.index > 0) {
    employer ??= clean(cutTail(subPiece(piece, at.index + at[0].length)));
    piece = clean(subPiece(piece, 0, at.index));
  } else {
    const organisation = trailingOrganisation(piece);
    if (organisation) {
      employer ??= organisation.employer;
      piece = organisation.title;
    }
  }
  return finish(piece, employer);
}

/**
 * Parse header lines written above (or below) a date line: the first line is the title, the
 * second the employer ("Company - Location"). A single line "TITLE - COMPANY" splits at the
 * first dash, comma or " at ".
 */
export function parseBlockHeader(lines: readonly Piece[]): HeaderParts | undefined {
  const labelled = labelledHeader(lines);
  if (labelled) return labelled;
  // Title, then an employer line ("SAP ABAP - Kolkata -"): lines above the title are not part of it.
  const last = lines.at(-1);
  if (lines.length > 2 && last && isEmployerLine(last)) return parseBlockHeader(lines.slice(-2));
  if (lines.some((line) => OTHER_LABEL.test(line.text))) return undefined;
  const [first, second, third] = lines.map((line) => clean(stripBullet(line)));
  if (!first) return undefined;
  if (second) {
    // "Beta LLC" above "Analyst": the organisation line is the employer, whichever comes first.
    if (isEmployerLine(first) && !isEmployerLine(second)) return parseBlockHeader([second, first]);
    const employerLine = splitDash(second);
    const result = finish(cutTail(first), employerLine.left);
    const location = employerLine.right ?? third;
    if (result && location) result.location = location;
    return result;
  }
  if (isEmployerLine(lines[0] ?? first)) return undefined;
  const at = /\s+(?:at|@|\|)\s+/.exec(first.text) ?? /\s+[-–—]\s+|,\s+/.exec(first.text);
  if (at && at.index > 0) {
    const employerLine = splitDash(clean(subPiece(first, at.index + at[0].length)));
    const result = finish(cutTail(clean(subPiece(first, 0, at.index))), employerLine.left);
    if (result && employerLine.right) result.location = employerLine.right;
    return result;
  }
  return ORGANISATION.test(first.text) ? undefined : finish(cutTail(first), undefined);
}

const TITLE_LABEL = /^(?:\p{L}+\s+)?(?:title|position|role|designation|post)\s*[:\-–]\s*/iu;
const EMPLOYER_LABEL =
  /^(?:company|organi[sz]ation|employer|firm|client|institution|workplace)(?:\s+name)?\s*[:\-–]\s*/i;
/** "Client: …", "Environment: …", "Project Title: …": a labelled line that is not a job title. */
const OTHER_LABEL = /^\s*(?:[-*•]\s*)?[\p{L} ]{2,24}\s*:\s/u;
/** True for "Role: X" / "Position - X" lines. */
export function isTitleLabelLine(line: string): boolean {
  return TITLE_LABEL.test(line.trim());
}

const LOCATION_LABEL = /^(?:location|place|city)\s*[:\-–]\s*/i;

/** "Position: X" / "Company: Y" / "Location: Z" lines. */
function labelledHeader(lines: readonly Piece[]): HeaderParts | undefined {
  let title: Piece | undefined;
  let employer: Piece | undefined;
  let location: Piece | undefined;
  for (const raw of lines) {
    const line = clean(stripBullet(raw));
    const titleLabel = TITLE_LABEL.exec(line.text);
    const employerLabel = EMPLOYER_LABEL.exec(line.text);
    const locationLabel = LOCATION_LABEL.exec(line.text);
    if (titleLabel) title = cutTail(clean(subPiece(line, titleLabel[0].length)));
    else if (employerLabel) employer = clean(subPiece(line, employerLabel[0].length));
    else if (locationLabel) location = clean(subPiece(line, locationLabel[0].length));
  }
  // "Senior Job Developer" above "Company Name: …": the unlabelled line is the title.
  if (!title && employer) {
    const unlabelled = lines
      .map((line) => clean(stripBullet(line)))
      .find((line) => !OTHER_LABEL.test(line.text));
    if (unlabelled) title = cutTail(unlabelled);
  }
  if (!title) return undefined;
  const result = finish(title, employer);
  if (result && location) result.location = location;
  return result;
}

/** "Acme Inc - Austin, TX -" → employer "Acme Inc", location "Austin, TX". */
export function parseEmployerLine(line: Piece): { employer: Piece; location?: Piece } {
  const parts = splitDash(clean(stripBullet(line)));
  return parts.right ? { employer: parts.left, location: parts.right } : { employer: parts.left };
}

/** Legal-form words that end a company name ("Acme, Inc."). */
const LEGAL_FORM = /^(?:inc|ltd|llc|llp|corp|co|plc|gmbh|pvt|limited|ag|sa|bv)\.?$/i;

/**
 * A line naming only an employer: "Oracle Inc -" (a dangling dash, as job boards export it),
 * "COMPANY, INC., City, ST", "Acme Corp - Austin".
 */
export function isEmployerLine(line: Piece): boolean {
  const text = line.text.trim();
  if (/\s[-–—]$/.test(text)) return true;
  if (/\s(?:at|@)\s/i.test(text)) return false;
  const [first, second] = text.split(/,\s+|\s+[-–—|]\s+/);
  return ORGANISATION.test(first ?? "") || LEGAL_FORM.test(second ?? "");
}

/** Labels and durations that are never job titles ("Duration", "11 months", "Company name"). */
const NOT_A_TITLE =
  /^(?:(?:duration|period|tenure|term|dates?|years?|time\s*period|company(?:\s+name)?|employer|location|responsibilities|references.*)|\(?\d+(?:\.\d+)?\s*(?:years?|yrs?|months?)\b.*)$/i;

function finish(title: Piece, employer: Piece | undefined): HeaderParts | undefined {
  const cleanTitle = clean(title);
  const words = cleanTitle.text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  if (!/\p{L}{2}/u.test(cleanTitle.text) || words > 16 || NOT_A_TITLE.test(cleanTitle.text)) return undefined;
  const parts: HeaderParts = { title: cleanTitle };
  if (employer && /\p{L}/u.test(employer.text)) parts.employer = clean(employer);
  return parts;
}

function clean(piece: Piece): Piece {
  let result = trimPiece(piece, EDGE);
  // Drop a dangling lead word left by the date ("… from", "… in") and a lone unmatched bracket.
  for (;;) {
    const lead = LEAD_WORDS.exec(result.text);
    if (!lead || lead.index === 0) break;
    result = trimPiece(subPiece(result, 0, lead.index), EDGE);
  }
  if (result.text.endsWith(")") && !result.text.includes("("))
    result = trimPiece(subPiece(result, 0, result.text.length - 1), EDGE);
  if (result.text.endsWith(".") && !/\b[A-Z][a-z]?\.$|\b(?:Sr|Jr|Inc|Ltd|Co)\.$/.test(result.text)) {
    result = trimPiece(subPiece(result, 0, result.text.length - 1), EDGE);
  }
  return result;
}

function cutTail(piece: Piece): Piece {
  let result = piece;
  for (const pattern of [TRAILING_PERIOD, TRAILING_DURATION, TRAILING_CLAUSE, PAST_TENSE_CLAUSE]) {
    const match = pattern.exec(result.text);
    if (match && match.index > 0) result = clean(subPiece(result, 0, match.index));
  }
  return result;
}

function splitAt(piece: Piece, index: number, separatorLength: number): { left: Piece; right: Piece } {
  return { left: clean(subPiece(piece, 0, index)), right: clean(subPiece(piece, index + separatorLength)) };
}

function firstPart(piece: Piece, separator: string): Piece {
  const index = piece.text.indexOf(separator);
  return index > 0 ? clean(subPiece(piece, 0, index)) : piece;
}

function splitDash(piece: Piece): { left: Piece; right?: Piece } {
  const dash = /\s+[-–—|]\s+/.exec(piece.text);
  if (!dash || dash.index === 0) return { left: piece };
  const right = clean(subPiece(piece, dash.index + dash[0].length));
  return /\p{L}/u.test(right.text) ? { left: clean(subPiece(piece, 0, dash.index)), right } : { left: piece };
}

function trailingOrganisation(piece: Piece): { title: Piece; employer: Piece } | undefined {
  const separators = [...piece.text.matchAll(/\s*,\s+|\s+[-–—]\s+/g)];
  const last = separators.at(-1);
  if (!last || last.index === undefined || last.index === 0) return undefined;
  const employer = clean(subPiece(piece, last.index + last[0].length));
  if (!ORGANISATION.test(employer.text) || !/^[A-Z0-9"“]/.test(employer.text)) return undefined;
  return { title: clean(subPiece(piece, 0, last.index)), employer };
}
