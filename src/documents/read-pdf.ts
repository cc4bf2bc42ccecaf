/**
 * PDF → text with unpdf (PDF.js): each page's text items are rebuilt into lines (`pdf-lines.ts`)
 * and put in reading order, two-column pages included (`pdf-columns.ts`). Encrypted files needing a
 * password, files that are not PDFs inside, and pages without a text layer become typed errors.
 */
import { getDocumentProxy, getResolvedPDFJS } from "unpdf";
import { SkillgraphError } from "../core/errors.js";
import { DEFAULT_MAX_PDF_PAGES, type DocumentText, type DocumentWarning } from "./document-types.js";
import { layoutPage } from "./pdf-columns.js";
import { buildLines, type PositionedText } from "./pdf-lines.js";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;

interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function isTextItem(item: unknown): item is RawTextItem {
  return typeof item === "object" && item !== null && "str" in item && "transform" in item;
}

function toPositioned(item: RawTextItem): PositionedText {
  const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
  const fontSize = Math.hypot(a, b) || item.height || 1;
  return { text: item.str, x, y, width: item.width, fontSize };
}

function errorName(error: unknown): string {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
}

function openError(error: unknown, label: string): SkillgraphError {
  const message = error instanceof Error ? error.message : String(error);
  if (errorName(error) === "PasswordException" || /password|encrypt/i.test(message)) {
    return new SkillgraphError("ENCRYPTED_PDF", `${label} is encrypted and needs a password`, {
      cause: error,
    });
  }
  return new SkillgraphError("CORRUPT_FILE", `${label} is not a readable PDF (${message})`, { cause: error });
}

async function openPdf(bytes: Uint8Array, label: string): Promise<PdfDocument> {
  try {
    // PDF.js may take ownership of the buffer: give it a copy.
    return await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    });
  } catch (error) {
    throw openError(error, label);
  }
}

async function pageText(page: PdfPage): Promise<string> {
  const content = await page.getTextContent();
  const items: PositionedText[] = [];
  for (const item of content.items as unknown[]) {
    if (isTextItem(item)) items.push(toPositioned(item));
  }
  return layoutPage(buildLines(items));
}

/** True when the page paints images or filled shapes: something OCR could read. */
async function pageHasGraphics(page: PdfPage): Promise<boolean> {
  const { OPS } = await getResolvedPDFJS();
  const painting = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintSolidColorImageMask,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
  ]);
  const operators = await page.getOperatorList();
  return operators.fnArray.some((operator) => painting.has(operator));
}

async function anyPageHasGraphics(pdf: PdfDocument, pageNumbers: number[]): Promise<boolean> {
  for (const pageNumber of pageNumbers) {
    try {
      if (await pageHasGraphics(await pdf.getPage(pageNumber))) return true;
    } catch {
      // An unreadable page says nothing about graphics.
    }
  }
  return false;
}

export interface ReadPdfOptions {
  /** Pages read at most (default 100); the rest are skipped with a warning. */
  maxPages?: number;
  /** How messages name the document. */
  label?: string;
}

/** Read the text layer of a PDF. Throws ENCRYPTED_PDF, CORRUPT_FILE, NEEDS_OCR or NO_TEXT. */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<DocumentText> {
  const label = options.label ?? "the PDF";
  const pdf = await openPdf(bytes, label);
  try {
    const pageCount = pdf.numPages;
    if (pageCount === 0) throw new SkillgraphError("CORRUPT_FILE", `${label} has no pages`);
    const readPages = Math.min(pageCount, options.maxPages ?? DEFAULT_MAX_PDF_PAGES);
    const pages: string[] = [];
    const emptyPages: number[] = [];
    const failedPages: number[] = [];
    for (let pageNumber = 1; pageNumber <= readPages; pageNumber++) {
      try {
        const text = await pageText(await pdf.getPage(pageNumber));
        if (text.trim().length === 0) emptyPages.push(pageNumber);
        else pages.push(text);
      } catch {
        failedPages.push(pageNumber);
      }
    }
    if (pages.length === 0) {
      if (failedPages.length === readPages) {
        throw new SkillgraphError("CORRUPT_FILE", `${label}: no page could be read`);
      }
      if (await anyPageHasGraphics(pdf, emptyPages)) {
        throw new SkillgraphError(
          "NEEDS_OCR",
          `${label} has ${pageCount} page(s) but no text layer (a scan or image): it needs OCR`,
          { details: { pageCount } },
        );
      }
      throw new SkillgraphError("NO_TEXT", `${label} has ${pageCount} page(s) but no text`, {
        details: { pageCount },
      });
    }
    const warnings: DocumentWarning[] = [];
    if (emptyPages.length > 0) {
      warnings.push({
        code: "PAGES_WITHOUT_TEXT",
        message: `page(s) ${emptyPages.join(", ")} have no text layer (scanned pages need OCR)`,
      });
    }
    if (failedPages.length > 0) {
      warnings.push({
        code: "UNREADABLE_PAGES",
        message: `page(s) ${failedPages.join(", ")} could not be read`,
      });
    }
    if (readPages < pageCount) {
      warnings.push({
        code: "PAGES_SKIPPED",
        message: `only the first ${readPages} of ${pageCount} pages were read`,
      });
    }
    return { text: pages.join("\n\n"), type: "pdf", warnings, pageCount };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
