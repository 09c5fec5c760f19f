// The pinned font set of the layout tests (tests/e2e/pinnedFonts.json: DejaVu Sans, installed by .ci/run and
// checked by npm test's preflight), as a fontconfig setup that knows nothing else: Chromium (the pane) and
// LibreOffice (the PDF exports) get it through FONTCONFIG_FILE, so every font a page or a workbook asks for
// ("Segoe UI", Calibri…) falls back to the same font on every machine.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PINNED_FONTS from "../e2e/pinnedFonts.json";

export { PINNED_FONTS };

/** Writes the fontconfig file into `dir` and returns the environment that makes Chromium or LibreOffice use it. */
export function pinnedFontEnv(dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "fonts.conf");
  const alias = (generic: string) =>
    `  <alias binding="strong"><family>${generic}</family><prefer><family>${PINNED_FONTS.family}</family></prefer></alias>`;
  writeFileSync(
    file,
    [
      `<?xml version="1.0"?>`,
      `<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">`,
      `<fontconfig>`,
      `  <dir>${PINNED_FONTS.dir}</dir>`,
      `  <cachedir>${join(dir, "cache")}</cachedir>`,
      alias("sans-serif"),
      alias("serif"),
      alias("monospace"),
      `</fontconfig>`,
      ``,
    ].join("\n"),
  );
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  return { ...env, FONTCONFIG_FILE: file };
}
