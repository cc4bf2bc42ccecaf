import type { SectionName } from "./types.js";

/**
 * Section vocabulary. A heading is recognised when, after removing its styling (markdown `#`,
 * bold, trailing colon, numbering, capitals), every word is heading vocabulary and at least one
 * word is a section keyword. This accepts "PROFESSIONAL EXPERIENCE", "Skills & Abilities:",
 * "## Required Skills" and rejects ordinary lines such as "Experience in Java".
 */
const PHRASES: ReadonlyArray<readonly [string, SectionName]> = [
  ["personal information", "contact"],
  ["personal details", "contact"],
  ["contact information", "contact"],
  ["contact details", "contact"],
  ["contact", "contact"],
  ["job title", "title"],
  ["position title", "title"],
  ["role title", "title"],
  ["job summary", "summary"],
  ["job description", "summary"],
  ["position summary", "summary"],
  ["role summary", "summary"],
  ["about the role", "summary"],
  ["about the job", "summary"],
  ["the role", "summary"],
  ["overview", "summary"],
  ["summary", "summary"],
  ["profile", "summary"],
  ["objective", "summary"],
  ["about me", "summary"],
  ["introduction", "summary"],
  ["required skills", "required_skills"],
  ["must have", "required_skills"],
  ["must haves", "required_skills"],
  ["preferred skills", "preferred_skills"],
  ["preferred qualifications", "preferred_skills"],
  ["nice to have", "preferred_skills"],
  ["nice to haves", "preferred_skills"],
  ["bonus points", "preferred_skills"],
  ["desired skills", "preferred_skills"],
  ["required experience", "required_experience"],
  ["experience requirements", "required_experience"],
  ["required qualifications", "requirements"],
  ["minimum qualifications", "requirements"],
  ["basic qualifications", "requirements"],
  ["requirements", "requirements"],
  ["qualifications", "requirements"],
  ["what you bring", "requirements"],
  ["who you are", "requirements"],
  ["responsibilities", "responsibilities"],
  ["duties", "responsibilities"],
  ["what you will do", "responsibilities"],
  ["what you ll do", "responsibilities"],
  ["your role", "responsibilities"],
  ["benefits", "benefits"],
  ["perks", "benefits"],
  ["what we offer", "benefits"],
  ["experience", "experience"],
  ["employment", "experience"],
  ["work history", "experience"],
  ["career history", "experience"],
  ["positions held", "experience"],
  ["internships", "experience"],
  ["internship", "experience"],
  ["education", "education"],
  ["academic", "education"],
  ["academics", "education"],
  ["educational", "education"],
  ["schooling", "education"],
  ["training", "certifications"],
  ["skills", "skills"],
  ["skill", "skills"],
  ["skillset", "skills"],
  ["competencies", "skills"],
  ["competences", "skills"],
  ["expertise", "skills"],
  ["abilities", "skills"],
  ["technologies", "skills"],
  ["tools", "skills"],
  ["projects", "projects"],
  ["project", "projects"],
  ["certifications", "certifications"],
  ["certification", "certifications"],
  ["certificates", "certifications"],
  ["licenses", "certifications"],
  ["courses", "certifications"],
  ["languages", "languages"],
  ["awards", "awards"],
  ["achievements", "awards"],
  ["accomplishments", "awards"],
  ["honors", "awards"],
  ["publications", "other"],
  ["interests", "interests"],
  ["hobbies", "interests"],
  ["references", "references"],
  ["additional information", "other"],
  ["volunteer", "other"],
  ["volunteering", "other"],
  ["activities", "other"],
  ["declaration", "other"],
  ["links", "other"],
];

/** Words that may accompany a keyword in a heading ("Key", "Professional", "&", …). */
const FILLER = new Set(
  (
    "key core technical professional work working relevant career personal my our and & of in the a to " +
    "summary history details information background areas area other additional related selected " +
    "soft hard it computer software technology language programming i ii iii iv v section highlights " +
    "qualifications qualification education experience skills summary and/or / + you we will what about " +
    "job position role company team general main primary"
  ).split(" "),
);

/** Names that yield to a more specific keyword ("Skills Summary", "Education & Qualifications"). */
const WEAK_NAMES = new Set<SectionName>(["summary", "requirements", "other"]);

/** Normalise heading text for lookup: lowercase, letters/digits/& only, single spaces. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, " ")
    .replace(/[^a-z0-9&+]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Head nouns that name a section whatever modifies them ("RETAIL EXPERIENCE", "COMPUTER SKILLS"). */
const HEAD_NOUNS: Record<string, SectionName> = {
  experience: "experience",
  experiences: "experience",
  employment: "experience",
  skills: "skills",
  education: "education",
  projects: "projects",
  certifications: "certifications",
};

/**
 * The section name of a heading's text, or undefined when it is not heading vocabulary. A
 * `styled` heading (capitals, markdown, bold, a trailing colon) may also be any short phrase ending
 * in a head noun: "PUBLIC RELATIONS EXPERIENCE", "Language Skills:".
 */
export function sectionNameOf(
  headingText: string,
  options: { styled?: boolean } = {},
): SectionName | undefined {
  const normal = normaliseHeading(headingText);
  if (!normal || normal.split(" ").length > 6) return undefined;
  const byVocabulary = vocabularyName(normal);
  if (byVocabulary || !options.styled) return byVocabulary;
  const words = normal.split(" ");
  return words.length <= 5 ? HEAD_NOUNS[words.at(-1) ?? ""] : undefined;
}

/** Memo of `vocabularyName`: headings repeat across documents ("Skills", "Work Experience"). */
const VOCABULARY_MEMO = new Map<string, SectionName | null>();

function vocabularyName(normal: string): SectionName | undefined {
  const memo = VOCABULARY_MEMO.get(normal);
  if (memo !== undefined) return memo ?? undefined;
  const name = lookUpVocabulary(normal);
  if (VOCABULARY_MEMO.size > 20_000) VOCABULARY_MEMO.clear();
  VOCABULARY_MEMO.set(normal, name ?? null);
  return name;
}

function lookUpVocabulary(normal: string): SectionName | undefined {
  for (const [phrase, name] of PHRASES) if (normal === phrase) return name;
  // Longest phrase contained in the heading whose other words are all filler.
  let best: { length: number; name: SectionName } | undefined;
  for (const [phrase, name] of PHRASES) {
    const index = ` ${normal} `.indexOf(` ${phrase} `);
    if (index < 0) continue;
    const rest = `${normal.slice(0, Math.max(0, index - 1))} ${normal.slice(index + phrase.length)}`
      .split(" ")
      .filter((word) => word.length > 0);
    if (!rest.every((word) => FILLER.has(word) || PHRASES.some(([other]) => other === word))) continue;
    const rank = WEAK_NAMES.has(name) ? phrase.length : phrase.length + 100;
    if (!best || rank > best.length) best = { length: rank, name };
  }
  return best?.name;
}
