import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

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

function imports(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)[^'"]*from\s+["']([^"']+)["']/gm)].map(
    (m) => m[1] ?? "",
  );
}

describe("architecture: dependencies point toward the engine", () => {
  const layers: Record<string, RegExp> = {
    engine:
      /^(node:|react|@fluentui|office-|@microsoft|@e965|fflate|fs$|path$)|\/(excel|taskpane|cli|xlsx|report|host|i18n)\//,
    i18n: /^(node:|react|@fluentui|office-|@microsoft|@e965|fflate)|\/(excel|taskpane|cli|xlsx|report|host)\//,
    xlsx: /^(node:|react|@fluentui|office-)|\/(excel|taskpane|cli)\//,
    excel: /^(node:|react|@fluentui)|\/(taskpane|cli)\//,
    cli: /\/(taskpane|excel)\/|^(react|@fluentui)/,
  };
  it.each(Object.entries(layers))("src/%s imports nothing it must not", (layer, forbidden) => {
    const offenders = files(join(SRC, layer)).flatMap((file) =>
      imports(file)
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${relative(SRC, file)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("the engine and the catalogues use no host globals", () => {
    const globals = /\b(Office|Excel|OfficeExtension|window|document|process|require)\s*[.(]/;
    const offenders = [...files(join(SRC, "engine")), ...files(join(SRC, "i18n"))]
      .filter((file) => globals.test(codeOnly(readFileSync(file, "utf8"))))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
