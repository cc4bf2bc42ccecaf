/**
 * Remove personal data from resume-like text before it is sent to a third party: names after a
 * `Name:` label, e-mail addresses, URLs, phone numbers and street addresses. Each is replaced by a
 * bracketed placeholder so the text keeps its shape. Heuristic: prefer over-redaction.
 */

const NAME_LINE = /^(\s*(?:full\s+)?name\s*:\s*)(.+)$/gim;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"']+|\b(?:linkedin\.com|github\.com)\/[^\s<>()"']+/gi;
// +1 (555) 123-4567, 555.123.4567, +44 20 7946 0958, 0612345678: 7+ digits with separators.
const PHONE = /(?<![\w/.+-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)|\d{2,4})[ .-]?\d{3,4}[ .-]?\d{2,4}(?![\w/-])/g;
const STREET_TYPES =
  "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|terrace|parkway|pkwy|highway|hwy|square|sq|straße|strasse|str";
const STREET = new RegExp(
  `\\b\\d{1,6}[A-Za-z]?\\s+(?:[A-Z][\\p{L}'.-]*\\s+){1,4}(?:${STREET_TYPES})\\b\\.?(?:,?\\s*(?:apt|suite|unit|#)\\s*[\\w-]+)?`,
  "giu",
);
const ADDRESS_LINE = /^(\s*(?:home\s+|street\s+|postal\s+)?address\s*:\s*)(.+)$/gim;
const PHONE_LINE = /^(\s*(?:phone|mobile|tel|telephone|cell)\s*:\s*)(.+)$/gim;

export function redactPersonalData(text: string): string {
  return text
    .replace(NAME_LINE, "$1[NAME]")
    .replace(ADDRESS_LINE, "$1[ADDRESS]")
    .replace(PHONE_LINE, "$1[PHONE]")
    .replace(EMAIL, "[EMAIL]")
    .replace(URL, "[URL]")
    .replace(STREET, "[ADDRESS]")
    .replace(PHONE, (match) => (looksLikeYearRange(match) ? match : "[PHONE]"));
}

/** "2014 - 2019" and "2014-2019" are dates, not phone numbers. */
function looksLikeYearRange(match: string): boolean {
  return /^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/.test(match.trim());
}
