/** Ready-made PDF fixtures for tests and benchmarks, built with `pdf-builder.ts`. */
import { buildPdf, type PdfTextRun } from "./pdf-builder.js";

const LEFT_MARGIN = 72;
const TOP = 740;
const LEADING = 15;

/** Lines of a single-column page starting at the top margin. */
function column(lines: string[], x: number, top = TOP, size = 11): PdfTextRun[] {
  return lines.map((text, index) => ({ x, y: top - index * LEADING, text, size }));
}

/** A one-page, single-column resume with a right-aligned date next to a job title. */
export function buildResumePdf(): Uint8Array {
  const texts: PdfTextRun[] = [
    { x: LEFT_MARGIN, y: TOP, text: "Jane Doe", size: 18 },
    ...column(
      [
        "Senior Software Engineer - jane.doe@example.com",
        "",
        "Experience",
        "Software Engineer, Acme Corp (Berlin)",
        "Built payment services in TypeScript and PostgreSQL for three product teams.",
        "Led the migration of twelve services to Kubernetes with zero downtime overall.",
        "Education",
        "BSc Computer Science, TU Berlin, 2015",
      ].filter((line) => line.length > 0),
      LEFT_MARGIN,
      TOP - 30,
    ),
    { x: 470, y: TOP - 30 - 2 * LEADING, text: "2019 - 2023" },
  ];
  return buildPdf({ pages: [{ texts }] });
}

export const TWO_COLUMN_LEFT = [
  "Skills",
  "TypeScript",
  "PostgreSQL",
  "Kubernetes",
  "Languages",
  "German, English",
];
export const TWO_COLUMN_RIGHT = [
  "Experience",
  "Staff Engineer at Globex, 2020 - now",
  "Designed the billing platform and its APIs",
  "Software Engineer at Initech, 2016 - 2020",
  "Maintained the reporting pipeline end to end",
  "Education: MSc Informatics, 2016",
];

/**
 * A resume with a full-width name line on top and two columns below whose lines share baselines,
 * so reading line by line across the page would interleave them.
 */
export function buildTwoColumnPdf(): Uint8Array {
  const texts: PdfTextRun[] = [
    { x: LEFT_MARGIN, y: TOP, text: "John Smith - Platform Engineer - john.smith@example.com", size: 14 },
    ...column(TWO_COLUMN_LEFT, 50, TOP - 40),
    ...column(TWO_COLUMN_RIGHT, 250, TOP - 40),
  ];
  return buildPdf({ pages: [{ texts }] });
}

/** A "scanned" resume: one page holding only an image, no text layer. */
export function buildScannedPdf(pages = 1): Uint8Array {
  return buildPdf({
    pages: Array.from({ length: pages }, () => ({ images: [{ x: 36, y: 36, width: 540, height: 720 }] })),
  });
}

/** A page with nothing on it at all. */
export function buildBlankPdf(): Uint8Array {
  return buildPdf({ pages: [{}] });
}

/** A text PDF encrypted with RC4; it needs `userPassword` to open unless that is empty. */
export function buildEncryptedPdf(userPassword = "secret"): Uint8Array {
  return buildPdf({
    pages: [{ texts: column(["Confidential resume", "Jane Doe"], LEFT_MARGIN) }],
    encryption: { userPassword, ownerPassword: "owner-password" },
  });
}

/** A file that starts like a PDF but whose body is damaged (truncated and overwritten). */
export function buildCorruptPdf(): Uint8Array {
  const valid = buildResumePdf();
  const damaged = valid.slice(0, Math.floor(valid.length / 3));
  damaged.fill(0x3f, 20, damaged.length);
  return damaged;
}

/** A multi-page, resume-sized text PDF (for benchmarks): `pages` pages of 40 lines each. */
export function buildLongPdf(pages: number): Uint8Array {
  return buildPdf({
    pages: Array.from({ length: pages }, (_, page) => ({
      texts: column(
        Array.from(
          { length: 40 },
          (_, line) => `Page ${page + 1} line ${line + 1}: built services in TypeScript, Go and PostgreSQL.`,
        ),
        LEFT_MARGIN,
        TOP,
        10,
      ),
    })),
  });
}
