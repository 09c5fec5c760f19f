// LibreOffice's PDF export read back with poppler: the test helpers of the printing tests (tests/report).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { pinnedFontEnv } from "./pinnedFontEnv";

/** LibreOffice's first start builds a profile; on a busy two-core CI machine that alone can take a minute. */
export const SOFFICE_TIMEOUT_MS = 240_000;

export type Word = { text: string; x0: number; y0: number; x1: number; y1: number };
export type Page = { width: number; height: number; words: Word[] };

/**
 * Runs a program with the pinned fonts (their fontconfig and LibreOffice's profile live in `work`); a
 * missing one is an error naming its package, not a skip.
 */
export function runWithPinnedFonts(work: string, program: string, args: readonly string[]): string {
  try {
    return execFileSync(program, [...args], {
      env: pinnedFontEnv(join(work, "fonts")),
      timeout: SOFFICE_TIMEOUT_MS,
      maxBuffer: 1 << 28,
      encoding: "utf8",
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(
        `${program} is not installed (apt-get install libreoffice-calc libreoffice-writer poppler-utils)`,
      );
    throw error;
  }
}

/** Exports the files to PDF with LibreOffice into `outDir` (a PDF per file, named after it). */
export function convertToPdf(work: string, files: readonly string[], outDir: string): void {
  runWithPinnedFonts(work, "soffice", [
    "--headless",
    "--norestore",
    `-env:UserInstallation=file://${join(work, "profile")}`,
    "--convert-to",
    "pdf",
    "--outdir",
    outDir,
    ...files,
  ]);
}

/** Each page's size and its words with their boxes (pdftotext -bbox). */
export function pdfPages(work: string, pdf: string): Page[] {
  const html = runWithPinnedFonts(work, "pdftotext", ["-bbox", pdf, "-"]);
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [
      ...(page[3] ?? "").matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((w) => ({
      text: decode(w[5] ?? ""),
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
    })),
  }));
}

/** The text of each page in the order the PDF draws it (pdftotext -raw: a table cell by cell). */
export function pdfRawPages(work: string, pdf: string): string[] {
  return runWithPinnedFonts(work, "pdftotext", ["-raw", pdf, "-"]).split("\f").slice(0, -1);
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

export const A4 = { short: 595.3, long: 841.9 };

export const isA4 = (page: Page, landscape: boolean) =>
  Math.abs(page.width - (landscape ? A4.long : A4.short)) < 1 &&
  Math.abs(page.height - (landscape ? A4.short : A4.long)) < 1;

/** True when every word of `label` is on the page (a header cell wraps, so its words are apart). */
export const shows = (page: Page, label: string) => {
  const words = new Set(page.words.map((w) => w.text));
  return label.split(/\s+/).every((word) => words.has(word));
};

/** Words printed at least this high are readable (11-point type at 70% prints about 8.8 points high). */
export const READABLE = 7.5;

export function expectReadableAndInside(pages: readonly Page[]) {
  for (const [i, page] of pages.entries()) {
    const heights = page.words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
    expect({ page: i + 1, smallest: heights[0]! >= READABLE }).toEqual({ page: i + 1, smallest: true });
    const outside = page.words.filter((w) => w.x0 < 0 || w.x1 > page.width || w.y1 > page.height);
    expect({ page: i + 1, outside }).toEqual({ page: i + 1, outside: [] });
  }
}
