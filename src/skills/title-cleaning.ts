/**
 * Rules for the noise of real job titles: gender markers "(m/f/d)", locations after "–" or "@",
 * pay, hiring calls ("Needed!", "Urgent"), seniority and contract words, common abbreviations.
 * They follow general conventions of job ads, not strings of any dataset.
 */

const GENDER_MARKERS =
  /\(\s*[mfwdhx]\s*(?:[/|,]\s*[mfwdhx]\s*){1,3}\)|\b[mfwdh]\s*\/\s*[mfwdh](?:\s*\/\s*[mfwdhx])?\b|\b(?:fe)?male\s+only\b/gi;
const PAY =
  /(?:[$€£¥]|\b(?:rm|usd|eur|gbp|inr|sgd)\b)\s*\d[\d,.]*\s*(?:k\b)?(?:\s*(?:-|to)\s*[$€£]?\s*\d[\d,.]*\s*k?)?(?:\s*(?:\/|per)\s*(?:hr|hour|month|year|annum|day|week))?/gi;
const HIRING_WORDS =
  /\b(?:urgent(?:ly)?|immediate(?:ly)?|vacancy|vacancies|hiring|now hiring|wanted|needed|required|opening|openings|job|jobs|position|positions|post|career|careers|opportunity|walk[- ]?in|interview|apply now)\b/gi;
const CONTRACT_WORDS =
  /\b(?:full[- ]?time|part[- ]?time|contract|contractor|temporary|temp|permanent|freelance|remote|hybrid|on[- ]?site|shift|night shift|day shift|fixed[- ]term|internship|intern|trainee|apprentice(?:ship)?|graduate|fresh graduate|entry[- ]level|experienced)\b/gi;
const SENIORITY_WORDS =
  /\b(?:senior|snr|sr|junior|jnr|jr|mid[- ]?level|principal|associate|assoc|staff|lead|head of|level\s*\d+|grade\s*\w+|[ivx]{1,3}|\d+)\b/gi;

const ABBREVIATIONS: Record<string, string> = {
  asst: "assistant",
  assct: "assistant",
  assist: "assistant",
  mgr: "manager",
  mngr: "manager",
  exec: "executive",
  engr: "engineer",
  eng: "engineer",
  tech: "technician",
  admin: "administrative",
  rep: "representative",
  reps: "representatives",
  hr: "human resources",
  acct: "accountant",
  accts: "accounts",
  sv: "supervisor",
  supv: "supervisor",
  coord: "coordinator",
  dev: "developer",
  devops: "devops engineer",
  qa: "quality assurance",
  qc: "quality control",
  cs: "customer service",
  ops: "operations",
  pa: "personal assistant",
  it: "information technology",
  ict: "information technology",
  ui: "user interface",
  ux: "user experience",
};

export interface CleanedTitle {
  /** The title without noise, lower-cased. */
  core: string;
  /** Alternative readings: parts split at "&", "/", "and", ","; parenthesized content. */
  variants: string[];
}

/** Strip the noise of a raw job title and list its alternative readings. */
export function cleanTitle(raw: string): CleanedTitle {
  let text = raw.normalize("NFKC").slice(0, 300);
  const parenthesized = [...text.matchAll(/\(([^)]*)\)/g)].map((match) => match[1] ?? "");
  text = text.replace(GENDER_MARKERS, " ").replace(PAY, " ").replace(/@.*$/, " ");
  text = text.replace(/\([^)]*\)/g, " ").replace(/[!?*#"]+/g, " ");
  const segments = text
    .split(/\s[-–—|]\s|\s[-–—|]$|^[-–—|]\s/)
    .map(cleanSegment)
    .filter((segment) => segment.length > 1);
  const core = segments[0] ?? raw.toLowerCase().replace(/\s+/g, " ").trim().slice(0, 300);
  const variants = new Set<string>(segments.slice(1));
  for (const part of core.split(/\s*(?:&|\/|,|\+|\band\b|\bor\b|\bcum\b|:)\s*/)) {
    const trimmed = part.trim();
    if (trimmed.length > 1 && trimmed !== core) variants.add(trimmed);
  }
  for (const inner of parenthesized) {
    const cleaned = cleanSegment(inner);
    if (cleaned.length > 2 && /\p{L}{3}/u.test(cleaned)) variants.add(cleaned);
  }
  variants.delete(core);
  return { core, variants: [...variants].slice(0, 6) };
}

function cleanSegment(segment: string): string {
  return expandAbbreviations(segment.toLowerCase())
    .replace(HIRING_WORDS, " ")
    .replace(CONTRACT_WORDS, " ")
    .replace(SENIORITY_WORDS, " ")
    .replace(/[-–—]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:(?:and|or)\b|[&,/:])+|(?:\b(?:and|or)|[&,/:])+$/g, "")
    .trim();
}

function expandAbbreviations(text: string): string {
  return text.replace(
    /\b([a-z]+)\.?(?=\s|$|[^a-z])/g,
    (word, letters: string) => ABBREVIATIONS[letters] ?? word,
  );
}
