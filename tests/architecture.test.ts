import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
// The same rule ESLint applies (plancheck/layers in eslint.config.mjs), run here over every import of src/.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LAYERS, layerViolation } = require("../scripts/layers.cjs") as {
  LAYERS: Record<string, string[]>;
  layerViolation: (
    srcRoot: string,
    fromFile: string,
    spec: string,
    exists: (file: string) => boolean,
  ) => string | undefined;
};

const SRC = join(__dirname, "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Source with comments and string literals blanked out. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
    .replace(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'/g, '""');
}

/** Every module a file imports or re-exports, static or dynamic, as TypeScript reads them. */
function imports(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((ref) => ref.fileName);
}

describe("architecture: layers import toward the engine, through front doors", () => {
  it("every import in src keeps the rule", () => {
    const sources = files(SRC);
    expect(sources.length).toBeGreaterThan(100);
    const offenders = sources.flatMap((file) =>
      imports(file).flatMap((spec) => {
        const why = layerViolation(SRC, file, spec, existsSync);
        return why === undefined ? [] : [`${relative(SRC, file)} → ${spec}: ${why}`];
      }),
    );
    expect(offenders).toEqual([]);
  });

  it("every folder of src is a known layer, and every layer others import has a front door", () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(LAYERS).sort());
    const imported = new Set(Object.values(LAYERS).flat());
    const withoutDoor = [...imported].filter((layer) => !existsSync(join(SRC, layer, "index.ts")));
    expect(withoutDoor).toEqual([]);
    expect(imported.has("taskpane") || imported.has("cli")).toBe(false);
  });

  it("the engine and the catalogues use no host globals", () => {
    const globals = /\b(Office|Excel|OfficeExtension|window|document|process|require)\s*[.(]/;
    const offenders = [...files(join(SRC, "engine")), ...files(join(SRC, "i18n"))]
      .filter((file) => globals.test(codeOnly(readFileSync(file, "utf8"))))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});

describe("the layer rule", () => {
  // A made-up tree: src/engine with a room (consolidate/match) behind a door, src/xlsx, src/cli.
  const root = "/p/src";
  const tree = new Set(
    [
      "engine/index.ts",
      "engine/grid/SheetGrid.ts",
      "engine/consolidate/index.ts",
      "engine/consolidate/Consolidator.ts",
      "engine/consolidate/match/index.ts",
      "engine/consolidate/match/jaccard.ts",
      "engine/checks/validate.ts",
      "xlsx/index.ts",
      "xlsx/read/readWorkbook.ts",
      "cli/main.ts",
      "taskpane/App.tsx",
    ].map((file) => `${root}/${file}`),
  );
  const exists = (file: string) => tree.has(file);
  const why = (from: string, spec: string) => layerViolation(root, `${root}/${from}`, spec, exists);

  it("lets a layer import a layer it points to through its front door", () => {
    expect(why("xlsx/read/readWorkbook.ts", "../../engine")).toBeUndefined();
    expect(why("cli/main.ts", "../xlsx/index.js")).toBeUndefined();
    expect(why("cli/main.ts", "../engine/index")).toBeUndefined();
  });

  it("refuses an import past another layer's front door", () => {
    expect(why("cli/main.ts", "../engine/grid/SheetGrid")).toMatch(/src\/engine through its front door/);
    expect(why("cli/main.ts", "../xlsx/read/readWorkbook.js")).toMatch(/src\/xlsx through its front door/);
  });

  it("refuses arrows pointing away from the engine", () => {
    expect(why("engine/checks/validate.ts", "../../xlsx")).toMatch(/src\/engine may not import src\/xlsx/);
    expect(why("xlsx/read/readWorkbook.ts", "../../cli/main")).toMatch(/may not import src\/cli/);
    expect(why("engine/checks/validate.ts", "../../taskpane/App")).toMatch(/may not import src\/taskpane/);
  });

  it("keeps rooms inside a layer behind their doors, and lets a room use its own files", () => {
    expect(why("engine/checks/validate.ts", "../consolidate/match/jaccard")).toMatch(
      /engine\/consolidate through/,
    );
    expect(why("engine/checks/validate.ts", "../consolidate")).toBeUndefined();
    expect(why("engine/consolidate/Consolidator.ts", "./match/jaccard")).toMatch(
      /engine\/consolidate\/match/,
    );
    expect(why("engine/consolidate/Consolidator.ts", "./match")).toBeUndefined();
    expect(why("engine/consolidate/match/jaccard.ts", "../../grid/SheetGrid")).toBeUndefined();
    expect(why("engine/checks/validate.ts", "../grid/SheetGrid")).toBeUndefined();
  });

  it("leaves packages and unresolved paths to other checks", () => {
    expect(why("cli/main.ts", "node:fs")).toBeUndefined();
    expect(why("cli/main.ts", "../engine/missing")).toBeUndefined();
  });
});
