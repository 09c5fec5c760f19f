import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { t } from "../../src/i18n/translate";
import { submissionSet } from "../engine/consolidate/submissionFixtures";
import { PLANS_DIR } from "../helpers/fixtures";
import { GIB, longStringBomb, nulSheetBomb, sheetXml, workbookWith } from "../helpers/hostileWorkbooks";
import { memoryIo } from "../helpers/memoryIo";

const ROOT = join(__dirname, "..", "..");
const PLAN = join(PLANS_DIR, "001_hlukhiv_roma_plan_2024-2025.xlsx");
const dir = mkdtempSync(join(tmpdir(), "plancheck-limits-"));
const file = (name: string, bytes: Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const bomb = file("bomb.xlsx", nulSheetBomb());
const partLimit = (locale: "uk" | "bg" | "en", part: string): string =>
  t(locale, "read.limit.partBytes", { part, value: 256 });

/** A zip bomb or a file over a grid limit: exit 2 and one line in the user's language naming file and limit. */
describe("plancheck refuses files over a reading limit in one line", () => {
  it.each(["uk", "bg", "en"] as const)("validate a 2 GB zip bomb (--lang %s)", async (locale) => {
    const run = memoryIo();
    expect(await runCli(["validate", bomb, "--lang", locale], run.io)).toBe(2);
    expect(run.stderr()).toBe(
      `plancheck: ${t(locale, "cli.error.cannotRead", { file: bomb, reason: partLimit(locale, "xl/worksheets/sheet1.xml") })}\n`,
    );
    expect(run.stdout()).toBe("");
  });

  it("validate --out on a bomb writes nothing", async () => {
    const run = memoryIo();
    const out = join(dir, "annotated.xlsx");
    expect(await runCli(["validate", bomb, "--out", out], run.io)).toBe(2);
    expect(run.written.size).toBe(0);
    expect(run.stderr().split("\n")).toHaveLength(2);
  });

  it("a 2 GB string declaring 10 KB is a damaged file", async () => {
    const lying = file("string.xlsx", longStringBomb(2 * GIB, 10_000));
    const run = memoryIo();
    expect(await runCli(["validate", lying, "--lang", "bg"], run.io)).toBe(2);
    expect(run.stderr()).toBe(
      `plancheck: ${t("bg", "cli.error.cannotRead", { file: lying, reason: t("bg", "read.corrupt") })}\n`,
    );
  });

  it("a sheet of more than 250,000 rows, named", async () => {
    const tall = file(
      "tall.xlsx",
      workbookWith({
        "xl/worksheets/sheet1.xml": sheetXml('<row r="400000"><c r="A400000"><v>1</v></c></row>'),
      }),
    );
    const run = memoryIo();
    expect(await runCli(["validate", tall, "--lang", "uk"], run.io)).toBe(2);
    const reason = t("uk", "read.limit.sheetRows", { sheet: "План", value: 250_000 });
    expect(reason).toBe("аркуш «План» має понад 250\u00a0000 рядків, а PlanCheck читає на аркуші не більше");
    expect(run.stderr()).toBe(`plancheck: ${t("uk", "cli.error.cannotRead", { file: tall, reason })}\n`);
  });

  it("consolidate with the bomb as the plan, or from standard input", async () => {
    const returns = submissionSet("000").returnPaths.slice(0, 1);
    const run = memoryIo();
    expect(await runCli(["consolidate", bomb, ...returns, "--lang", "en"], run.io)).toBe(2);
    expect(run.stderr()).toContain(partLimit("en", "xl/worksheets/sheet1.xml"));
    const piped = memoryIo({}, { stdin: nulSheetBomb() });
    expect(await runCli(["validate", "-"], piped.io)).toBe(2);
    expect(piped.stderr()).toBe(
      `plancheck: ${t("en", "cli.error.cannotRead", { file: t("en", "cli.stdin"), reason: partLimit("en", "xl/worksheets/sheet1.xml") })}\n`,
    );
  });

  it("a bomb among many returns read in worker threads is a problem of that file naming the limit, in the user's language", () => {
    const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.js")], { encoding: "utf8" });
    expect(build.status).toBe(0);
    const set = submissionSet("000");
    const argv = [
      "consolidate",
      set.planFile,
      ...set.returnPaths,
      bomb,
      ...set.returnPaths,
      "--lang",
      "uk",
      "--json",
    ];
    const result = spawnSync(process.execPath, [join(ROOT, "bin", "plancheck.js"), ...argv], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // the other returns are consolidated: exit 1, the bomb one problem naming the part and the limit
    expect(result.status).toBe(1);
    const doc = JSON.parse(result.stdout) as { problems: { code: string; file: string; message: string }[] };
    const unreadable = doc.problems.filter((p) => p.code === "return-unreadable");
    expect(unreadable.map((p) => p.file)).toEqual(["bomb.xlsx"]);
    expect(unreadable[0]?.message).toContain(partLimit("uk", "xl/worksheets/sheet1.xml"));
  }, 120_000);

  it("templates from a bomb write no folder", async () => {
    const out = join(dir, "templates");
    const run = memoryIo();
    expect(await runCli(["templates", bomb, "--out", out], run.io)).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr()).toContain(partLimit("en", "xl/worksheets/sheet1.xml"));
  });

  it("a real plan still reads", async () => {
    const run = memoryIo();
    expect(await runCli(["validate", PLAN], run.io)).toBe(1);
    expect(run.stderr()).toBe("");
  });
});
