#!/usr/bin/env node
"use strict";
// What `npm test` needs from the system besides Node: LibreOffice (opens every workbook we write and exports
// them to PDF; its Writer does the same for the Word reports), poppler's pdftotext and pdfinfo (read those PDFs), Debian's Chromium (runs the pane) and the
// fonts the layout tests are pinned to. `npm test` runs this first and stops
// at once, with one line naming what is missing and the command that installs it, instead of failing
// dozens of tests later. `.ci/run` installs the packages it lists:
//   node scripts/preflight.js                 check everything (exit 1 and one line on stderr if not)
//   node scripts/preflight.js e2e             only what the end-to-end tests need
//   node scripts/preflight.js --packages      print the Debian packages still missing, space-separated
const { accessSync, constants, existsSync, realpathSync } = require("node:fs");
const { delimiter, dirname, join } = require("node:path");

/**
 * The fonts the layout tests run with (tests/e2e/pinnedFonts.ts gives Chromium only this folder): DejaVu
 * Sans, Debian's default and the widest common fallback for Fluent's font stack (Excel on the web falls
 * back to it on Linux and ChromeOS).
 */
const PINNED_FONTS = require("../tests/e2e/pinnedFonts.json");

/** The program's path on PATH, or null. */
function findOnPath(program, env = process.env) {
  for (const dir of (env.PATH || "").split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return join(dir, program);
    } catch {
      // not here
    }
  }
  return null;
}

function onPath(program, env = process.env) {
  return findOnPath(program, env) !== null;
}

/** LibreOffice's Writer module (it opens .docx files) beside the soffice found on PATH. */
function hasWriter(env = process.env) {
  const soffice = findOnPath("soffice", env);
  if (soffice === null) return false;
  try {
    return existsSync(join(dirname(realpathSync(soffice)), "libswlo.so"));
  } catch {
    return false;
  }
}

function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** Each need: what it is called, the Debian package that brings it, whether it is here, who needs it. */
function needs(env = process.env) {
  return [
    {
      name: "LibreOffice (soffice)",
      package: "libreoffice-calc",
      present: () => onPath("soffice", env),
      for: ["jest"],
    },
    {
      name: "LibreOffice Writer",
      package: "libreoffice-writer",
      present: () => hasWriter(env),
      for: ["jest"],
    },
    {
      name: "pdftotext (poppler-utils)",
      package: "poppler-utils",
      present: () => onPath("pdftotext", env) && onPath("pdfinfo", env),
      for: ["jest"],
    },
    {
      name: `Chromium (${chromiumPath(env)})`,
      package: "chromium",
      present: () => existsSync(chromiumPath(env)),
      for: ["e2e"],
    },
    {
      name: `the ${PINNED_FONTS.family} font (${join(PINNED_FONTS.dir, PINNED_FONTS.file)})`,
      package: PINNED_FONTS.package,
      present: () => existsSync(join(PINNED_FONTS.dir, PINNED_FONTS.file)),
      for: ["e2e"],
    },
  ];
}

/** The needs of `scope` ("all", "jest" or "e2e") that are not met. */
function missing(scope = "all", env = process.env) {
  return needs(env).filter((need) => (scope === "all" || need.for.includes(scope)) && !need.present());
}

/** One line: what is missing and the command that installs it. */
function describeMissing(absent, isRoot = process.getuid?.() === 0) {
  const names = absent.map((need) => need.name);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const sudo = isRoot ? "" : "sudo ";
  const packages = absent.map((need) => need.package).join(" ");
  return (
    `npm test needs ${list}, not found on this machine; install with: ` +
    `${sudo}apt-get install -y --no-install-recommends ${packages}  (or run bash .ci/run)`
  );
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.includes("--packages")) {
    process.stdout.write(
      missing("all")
        .map((need) => need.package)
        .join(" ") + "\n",
    );
    process.exit(0);
  }
  const scope = args.find((arg) => !arg.startsWith("-")) || "all";
  const absent = missing(scope);
  if (absent.length > 0) {
    process.stderr.write(describeMissing(absent) + "\n");
    process.exit(1);
  }
}

module.exports = { PINNED_FONTS, missing, describeMissing };
