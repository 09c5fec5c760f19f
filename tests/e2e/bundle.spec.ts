// The production bundle's size budget: the JavaScript taskpane.html loads before anything else is at most
// 350 KB gzip; the xlsx library (only needed outside Excel, when a file is opened) and the Excel adapter
// load on demand. Reads dist/ as `npm run test:e2e` built it.
import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = join(__dirname, "..", "..", "dist");
const BUDGET = 350 * 1024;

const gzipSize = (file: string): number => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The scripts the page itself references (Office.js from Microsoft's CDN is not ours to count). */
function initialScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  // The page is minified: attribute values may be quoted or not.
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

test("loads at most 350 KB gzip of JavaScript first, and the heavy parts on demand", () => {
  const initial = initialScripts();
  expect(initial.length).toBeGreaterThan(0);
  const initialSize = initial.reduce((sum, file) => sum + gzipSize(file), 0);
  const lazy = readdirSync(DIST).filter((file) => file.endsWith(".js") && !initial.includes(file));
  const report = [
    `initial: ${initial.join(", ")} = ${kb(initialSize)} gzip (budget ${kb(BUDGET)})`,
    ...lazy.map((file) => `on demand: ${file} ${kb(gzipSize(file))} gzip`),
  ].join("\n");
  test.info().annotations.push({ type: "bundle", description: report });
  process.stdout.write(`${report}\n`);
  expect(initialSize).toBeLessThanOrEqual(BUDGET);

  const contains = (file: string, marker: string): boolean =>
    readFileSync(join(DIST, file), "utf8").includes(marker);
  // SheetJS announces itself in its source; the Excel adapter is the only code that calls Excel.run.
  for (const file of initial) {
    expect(contains(file, "SheetJS"), `${file} must not hold the xlsx library`).toBe(false);
    expect(contains(file, "Excel.run"), `${file} must not hold the Excel adapter`).toBe(false);
  }
  expect(lazy.some((file) => contains(file, "SheetJS"))).toBe(true);
  expect(lazy.some((file) => contains(file, "Excel.run"))).toBe(true);
});
