#!/usr/bin/env node
"use strict";
// Builds the CLI (src → build/) unless the build is newer than every source file. Runs on `npm install`
// (prepare) and before `npm run bench`; it must be quick when up to date.
const { spawnSync } = require("node:child_process");
const { existsSync, readdirSync, statSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const stamp = join(root, "build", ".stamp");
// bench/excelBench.ts also builds the Excel adapter and the recording fake it runs on.
const sources = [
  "src/cli",
  "src/engine",
  "src/i18n",
  "src/xlsx",
  "src/report",
  "src/excel",
  "src/host",
  "tests/excel/fake",
  "tests/excel/helpers.ts",
  "bench",
].map((dir) => join(root, dir));
const extra = ["tsconfig.json", "tsconfig.cli.json", "package.json"].map((file) => join(root, file));

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changed = Math.max(...sources.map(newestMtime), ...extra.map(newestMtime));
if (built > changed && process.argv[2] !== "--force") process.exit(0);

const tsc = require.resolve("typescript/bin/tsc");
const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.cli.json")], {
  stdio: "inherit",
});
if (result.status !== 0) {
  process.stderr.write("plancheck: building the CLI failed (see the TypeScript errors above).\n");
  process.exit(result.status ?? 1);
}
writeFileSync(stamp, new Date().toISOString());
