// The layers of src/ and the one rule for imports between them, shared by ESLint (eslint.config.mjs, rule
// plancheck/layers) and tests/architecture.test.ts.
//
// 1. Arrows point toward the engine: a layer imports only the layers listed for it below.
// 2. Front doors: a folder with an index.ts is entered only through it. An import from outside such a folder may
//    name the folder (or its index), never a module inside it — for other layers (every layer has an index.ts) and
//    for rooms inside a layer (src/engine/consolidate/match, …) alike.
"use strict";
const path = require("node:path");

/** Each layer of src/ and the layers it may import. taskpane and cli are applications: nothing imports them. */
const LAYERS = {
  engine: [],
  i18n: ["engine"],
  xlsx: ["engine"],
  report: ["engine", "i18n", "xlsx"],
  host: ["engine"],
  excel: ["engine", "i18n", "xlsx", "report", "host"],
  taskpane: ["engine", "i18n", "xlsx", "report", "host", "excel"],
  cli: ["engine", "i18n", "xlsx", "report"],
};

const SOURCE_EXTENSIONS = [".ts", ".tsx"];

/** The module file a relative import names, or undefined when none exists. */
function resolveImport(fromFile, spec, exists) {
  // ESM-style specifiers name the emitted ".js"; the source is ".ts".
  const base = path.resolve(path.dirname(fromFile), spec.replace(/\.js$/, ""));
  const candidates = [
    ...SOURCE_EXTENSIONS.map((ext) => base + ext),
    ...SOURCE_EXTENSIONS.map((ext) => path.join(base, "index" + ext)),
  ];
  return candidates.find((file) => exists(file));
}

function hasDoor(dir, exists) {
  return SOURCE_EXTENSIONS.some((ext) => exists(path.join(dir, "index" + ext)));
}

function isInside(dir, file) {
  const rel = path.relative(dir, file);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/**
 * Why an import breaks the rules, or undefined when it is allowed.
 * @param {string} srcRoot absolute path of src/
 * @param {string} fromFile absolute path of the importing file
 * @param {string} spec the import specifier as written
 * @param {(file: string) => boolean} exists
 */
function layerViolation(srcRoot, fromFile, spec, exists) {
  if (!spec.startsWith(".")) return undefined;
  const target = resolveImport(fromFile, spec, exists);
  if (target === undefined) return undefined; // TypeScript reports unresolved imports.
  const layerOf = (file) => path.relative(srcRoot, file).split(path.sep)[0];
  const from = layerOf(fromFile);
  const to = layerOf(target);
  if (from !== to && from in LAYERS) {
    if (!(to in LAYERS)) return `src/${to} is not a known layer (scripts/layers.cjs)`;
    if (!LAYERS[from].includes(to)) {
      return `src/${from} may not import src/${to}: dependencies point toward the engine (${from} → ${LAYERS[from].join(", ") || "nothing"})`;
    }
  }
  // The outermost folder with a front door that holds the target but not the importer.
  let door;
  for (let dir = path.dirname(target); isInside(srcRoot, dir) || dir === srcRoot; dir = path.dirname(dir)) {
    if (dir === srcRoot) break;
    if (!isInside(dir, fromFile) && hasDoor(dir, exists)) door = dir;
  }
  if (door === undefined) return undefined;
  const doorIndex = resolveImport(path.join(door, "index.ts"), "./index", exists);
  if (target === doorIndex) return undefined;
  const rel = path.relative(srcRoot, door).split(path.sep).join("/");
  return `import src/${rel} through its front door (${rel}/index.ts), not ${spec}`;
}

module.exports = { LAYERS, layerViolation, resolveImport };
