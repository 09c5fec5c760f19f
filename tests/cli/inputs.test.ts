import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { CliIo, DirEntry } from "../../src/cli/CliIo";
import { expandInputs } from "../../src/cli/expandInputs";
import { runCli } from "../../src/cli/main";
import { t } from "../../src/i18n/translate";
import { submissionSet } from "../engine/consolidate/submissionFixtures";
import { memoryIo, type MemoryIoOptions } from "../helpers/memoryIo";
import { rosterCsvOf } from "./consolidateHelpers";

const set = submissionSet("000");
const returnsDir = dirname(set.returnPaths[0]!);
const work = mkdtempSync(join(tmpdir(), "plancheck-inputs-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(
  argv: string[],
  options: MemoryIoOptions & { files?: Record<string, string | Uint8Array> } = {},
) {
  const mem = memoryIo({}, options);
  for (const [path, data] of Object.entries(options.files ?? {})) mem.written.set(path, data);
  const code = await runCli(argv, mem.io);
  return {
    code,
    stdout: mem.stdout(),
    stderr: mem.stderr(),
    written: mem.written,
    stdinReads: mem.stdinReads(),
  };
}

/** The consolidation as JSON, without what names the files (paths differ between runs). */
const consolidation = (stdout: string) => {
  const doc = JSON.parse(stdout) as { file: string; summary: unknown; measures: unknown; executors: unknown };
  return { summary: doc.summary, measures: doc.measures, executors: doc.executors };
};

describe("plancheck consolidate expands folders and patterns itself", () => {
  const roster = { "roster.csv": rosterCsvOf(set.expected) };
  let explicit: ReturnType<typeof consolidation>;
  beforeAll(async () => {
    const run = await cli(
      ["consolidate", set.planFile, ...set.returnPaths, "--roster", "roster.csv", "--json"],
      {
        files: roster,
      },
    );
    explicit = consolidation(run.stdout);
  });

  it("a folder gives its workbooks (not the expected JSON beside them)", async () => {
    const run = await cli(["consolidate", set.planFile, returnsDir, "--roster", "roster.csv", "--json"], {
      files: roster,
    });
    expect(run.stderr).toBe("");
    expect(consolidation(run.stdout)).toEqual(explicit);
  });

  it("a quoted pattern, as cmd and PowerShell pass it on", async () => {
    const run = await cli(
      ["consolidate", set.planFile, join(returnsDir, "*_zvit_2022.xlsx"), "--roster", "roster.csv", "--json"],
      { files: roster },
    );
    expect(run.stderr).toBe("");
    expect(consolidation(run.stdout)).toEqual(explicit);
  });

  it("leaves the plan, earlier output and Excel's lock files out of a folder", async () => {
    const dir = join(work, "mixed");
    mkdirSync(dir, { recursive: true });
    const plan = join(dir, "plan.xlsx");
    writeFileSync(plan, set.planBytes);
    for (const path of set.returnPaths) writeFileSync(join(dir, path.split("/").pop()!), readFileSync(path));
    writeFileSync(join(dir, "~$plan.xlsx"), "lock");
    writeFileSync(join(dir, "notes.txt"), "not a return");
    const run = await cli(["consolidate", plan, dir, "--roster", "roster.csv", "--json"], { files: roster });
    expect(run.stderr).toBe("");
    expect(consolidation(run.stdout)).toEqual(explicit);
  });

  it("says which pattern matched nothing and which folder holds no workbook, in one line", async () => {
    const none = await cli(["consolidate", set.planFile, join(returnsDir, "*.xls"), "--lang", "uk"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      `plancheck: ${t("uk", "cli.error.noMatch", { pattern: join(returnsDir, "*.xls") })}\n`,
    );
    const empty = join(work, "empty");
    mkdirSync(empty, { recursive: true });
    const folder = await cli(["consolidate", set.planFile, empty]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`plancheck: ${t("en", "cli.error.emptyFolder", { dir: empty })}\n`);
  });

  it("a folder where a workbook is expected is named as such, not EISDIR", async () => {
    const run = await cli(["validate", returnsDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`plancheck: ${t("en", "cli.error.isFolder", { file: returnsDir })}\n`);
  });
});

describe("expandInputs on both kinds of path", () => {
  /** A CliIo over an in-memory folder tree, paths written the platform's way. */
  function treeIo(platform: string, files: readonly string[]): CliIo {
    const sep = platform === "win32" ? "\\" : "/";
    const norm = (path: string) =>
      path
        .split(/[\\/]/)
        .filter((part) => part !== "" && part !== ".")
        .join("/");
    const dirs = new Set<string>([""]);
    for (const file of files) {
      const parts = norm(file).split("/");
      for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
    }
    const entries = (dir: string): DirEntry[] => {
      const prefix = dir === "" ? "" : `${dir}/`;
      const names = new Map<string, boolean>();
      for (const path of [...files.map(norm), ...dirs])
        if (path.startsWith(prefix) && path !== dir) {
          const rest = path.slice(prefix.length).split("/");
          names.set(rest[0]!, rest.length > 1 || dirs.has(`${prefix}${rest[0]}`));
        }
      return [...names].map(([name, directory]) => ({ name, directory }));
    };
    return {
      ...memoryIo().io,
      platform,
      exists: (path) => dirs.has(norm(path)) || files.map(norm).includes(norm(path)),
      isDirectory: (path) => dirs.has(norm(path)),
      listDir: (path) => {
        if (!dirs.has(norm(path))) throw new Error(`ENOENT ${path}${sep}`);
        return entries(norm(path));
      },
    };
  }

  const FILES = [
    "returns/b.xlsx",
    "returns/a.XLSX",
    "returns/c.ods",
    "returns/~$a.xlsx",
    "returns/readme.txt",
    "returns/2023/d.xlsx",
    "returns/2023/old/e.xlsx",
  ];

  it("expands * and ? in a segment, ** across folders, sorted by name", () => {
    const io = treeIo("linux", FILES);
    expect(expandInputs(["returns/*.xlsx"], io, "en")).toEqual(["returns/b.xlsx"]);
    expect(expandInputs(["returns/?.*"], io, "en")).toEqual([
      "returns/a.XLSX",
      "returns/b.xlsx",
      "returns/c.ods",
    ]);
    expect(expandInputs(["returns/**/*.xlsx"], io, "en")).toEqual([
      "returns/2023/d.xlsx",
      "returns/2023/old/e.xlsx",
      "returns/b.xlsx",
    ]);
    expect(expandInputs(["returns/[ab].*"], io, "en")).toEqual(["returns/a.XLSX", "returns/b.xlsx"]);
    expect(expandInputs(["returns"], io, "en")).toEqual([
      "returns/a.XLSX",
      "returns/b.xlsx",
      "returns/c.ods",
    ]);
  });

  it("on Windows, takes backslashes and ignores case, as cmd users write", () => {
    const io = treeIo("win32", FILES);
    expect(expandInputs(["returns\\*.xlsx"], io, "en")).toEqual(["returns\\a.XLSX", "returns\\b.xlsx"]);
    expect(expandInputs([".\\returns\\2023\\*.xlsx"], io, "en")).toEqual([".\\returns\\2023\\d.xlsx"]);
  });

  it("keeps names as given when they are files, and refuses - among returns", () => {
    const io = treeIo("linux", FILES);
    expect(expandInputs(["returns/b.xlsx", "returns/c.ods"], io, "en")).toEqual([
      "returns/b.xlsx",
      "returns/c.ods",
    ]);
    expect(() => expandInputs(["-"], io, "bg")).toThrow(t("bg", "cli.error.stdinReturns"));
  });
});

describe("- reads standard input", () => {
  it("validate - checks the plan piped in, exactly as the file", async () => {
    const fromFile = await cli(["validate", set.planFile, "--json"]);
    const piped = await cli(["validate", "-", "--json"], { stdin: set.planBytes });
    expect(piped.code).toBe(fromFile.code);
    expect(piped.stdinReads).toBe(1);
    const strip = (stdout: string) => ({ ...(JSON.parse(stdout) as object), file: null });
    expect(strip(piped.stdout)).toEqual(strip(fromFile.stdout));
  });

  it("--roster - reads the roster from standard input", async () => {
    const withFile = await cli(["consolidate", set.planFile, returnsDir, "--roster", "r.csv", "--json"], {
      files: { "r.csv": rosterCsvOf(set.expected) },
    });
    const piped = await cli(["consolidate", set.planFile, returnsDir, "--roster", "-", "--json"], {
      stdin: rosterCsvOf(set.expected),
    });
    expect(piped.stderr).toBe("");
    expect(consolidation(piped.stdout)).toEqual(consolidation(withFile.stdout));
  });

  it("only once, and an unreadable plan on standard input is named as such", async () => {
    const twice = await cli(["consolidate", "-", returnsDir, "--roster", "-"], { stdin: "x" });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe(`plancheck: ${t("en", "cli.error.stdinTwice")}\n`);
    expect(twice.stdinReads).toBe(0);
    const text = await cli(["validate", "-", "--lang", "uk"], { stdin: "just some text\n" });
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(new RegExp(`^plancheck: .*${t("uk", "cli.stdin")}`));
  });
});

describe("option errors in the user's language", () => {
  it.each([
    [["validate", "plan.xlsx", "--frobnicate"], "cli.error.unknownOption", { option: "--frobnicate" }],
    [["validate", "plan.xlsx", "--out"], "cli.error.optionNeedsValue", { option: "--out" }],
    [["validate", "plan.xlsx", "--json=yes"], "cli.error.optionTakesNoValue", { option: "--json" }],
    [
      ["consolidate", "plan.xlsx", "r.xlsx", "--rooster", "r.csv"],
      "cli.error.unknownOption",
      { option: "--rooster" },
    ],
    [["validate", "plan.xlsx", "--period", "2024/25"], "cli.error.badPeriod", { value: "2024/25" }],
    [["validate", "plan.xlsx", "--max-issues", "lots"], "cli.error.badMaxIssues", { value: "lots" }],
  ] as const)("%j", async (argv, key, params) => {
    for (const locale of ["uk", "bg"] as const) {
      const run = await cli(["--lang", locale, ...argv]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`plancheck: ${t(locale, key, params)}\n`);
    }
    const english = await cli([...argv]);
    expect(english.stderr).toBe(`plancheck: ${t("en", key, params)}\n`);
  });

  it("names every wrong setting in the user's words, none of the schema library's", async () => {
    const settings = JSON.stringify({
      planPeriod: { startYear: 1800, endYear: 2025 },
      maxIssues: 2.5,
      rules: { "vague-indicator": "loud" },
      columns: { "План заходів": { deadline: "12" } },
      colour: "red",
    });
    const run = await cli(["validate", set.planFile, "--settings", "s.json", "--lang", "uk"], {
      files: { "s.json": settings },
    });
    expect(run.code).toBe(2);
    const line = run.stderr;
    expect(line.split("\n").filter(Boolean)).toHaveLength(1);
    expect(line).toContain(`planPeriod.startYear: ${t("uk", "cli.settings.tooSmall", { limit: 1990 })}`);
    expect(line).toContain(`maxIssues: ${t("uk", "cli.settings.wholeNumber")}`);
    expect(line).toContain(
      `rules.vague-indicator: ${t("uk", "cli.settings.choice", { values: "error, warning, info, off" })}`,
    );
    expect(line).toContain(`columns.План заходів.deadline: ${t("uk", "cli.settings.columnLetter")}`);
    expect(line).toContain(t("uk", "cli.settings.unknownKey", { keys: "colour" }));
    expect(line).not.toMatch(/Invalid|Too small|expected|Unrecognized/);
  });
});

describe("a roster saved by Excel as CSV on a Ukrainian Windows", () => {
  /** Windows-1251 for the letters a roster uses (Ukrainian and Russian Cyrillic, ASCII). */
  function cp1251(text: string): Uint8Array {
    const special: Record<string, number> = {
      Ё: 0xa8,
      ё: 0xb8,
      Є: 0xaa,
      є: 0xba,
      І: 0xb2,
      і: 0xb3,
      Ї: 0xaf,
      ї: 0xbf,
      Ґ: 0xa5,
      ґ: 0xb4,
      "’": 0x92,
      "«": 0xab,
      "»": 0xbb,
      "–": 0x96,
      "—": 0x97,
      "№": 0xb9,
    };
    return new Uint8Array(
      [...text].map((ch) => {
        const code = ch.codePointAt(0)!;
        if (code < 0x80) return code;
        if (special[ch] !== undefined) return special[ch];
        if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
        throw new Error(`no Windows-1251 byte for ${ch}`);
      }),
    );
  }

  it("reads as the same roster as its UTF-8 copy", async () => {
    const text = rosterCsvOf(set.expected).replace(/^\ufeff/, "");
    expect(text).toMatch(/[іїєґ]/);
    const utf8 = await cli(["consolidate", set.planFile, returnsDir, "--roster", "r.csv", "--json"], {
      files: { "r.csv": text },
    });
    const ansi = await cli(["consolidate", set.planFile, returnsDir, "--roster", "r.csv", "--json"], {
      files: { "r.csv": cp1251(text) },
    });
    expect(ansi.stderr).toBe("");
    expect(consolidation(ansi.stdout)).toEqual(consolidation(utf8.stdout));
    expect(JSON.parse(ansi.stdout).executors.map((e: { name: string }) => e.name)).toEqual(
      set.expected.roster.map((agency) => agency.name),
    );
  });
});
