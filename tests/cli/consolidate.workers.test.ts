import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { t } from "../../src/i18n/translate";
import { submissionSet } from "../engine/consolidate/submissionFixtures";
import { run } from "./consolidateHelpers";

const ROOT = join(__dirname, "..", "..");

// The built CLI reads many returns in worker threads; the result must be the one read in a single thread.
it("consolidates many returns in worker threads exactly as in one thread", async () => {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.js")], { encoding: "utf8" });
  expect(build.status).toBe(0);
  const set = submissionSet("003");
  const argv = ["consolidate", set.planFile, ...set.returnPaths, ...set.returnPaths, "--json"];
  const inWorkers = spawnSync(process.execPath, [join(ROOT, "bin", "plancheck.js"), ...argv], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const single = await run(argv);
  expect(inWorkers.status).toBe(single.code);
  expect(JSON.parse(inWorkers.stdout)).toEqual(JSON.parse(single.stdout));
  expect(inWorkers.stderr).toMatch(/Reading return 10 of 10/);
}, 180_000);

/** Many returns, one of them unreadable: read in worker threads by the built CLI. */
function manyWithOneUnreadable(): { bogus: string; argv: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "plancheck-workers-"));
  const bogus = join(dir, "bogus.xlsx");
  writeFileSync(bogus, zipSync({ "word/document.xml": strToU8("<w:document/>") }));
  const set = submissionSet("000");
  const argv = ["consolidate", set.planFile, ...set.returnPaths, bogus, ...set.returnPaths, "--json"];
  expect(argv.length - 3).toBeGreaterThanOrEqual(8);
  return { bogus, argv };
}

// A worker sends why a file cannot be read as a code; the main thread words it like any other message, and
// the file is a problem of its own: the rest is consolidated.
it.each(["en", "uk", "bg"] as const)(
  "reads one unreadable return of many in a worker as a problem of that file, worded in %s as one thread does",
  async (locale) => {
    const { argv } = manyWithOneUnreadable();
    const result = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "plancheck.js"), ...argv, "--lang", locale],
      {
        encoding: "utf8",
        maxBuffer: 1 << 26,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n").filter((l) => l.startsWith("plancheck:"))).toEqual([]);
    const doc = JSON.parse(result.stdout) as { problems: { code: string; file: string; message: string }[] };
    const unreadable = doc.problems.filter((p) => p.code === "return-unreadable");
    expect(unreadable.map((p) => p.file)).toEqual(["bogus.xlsx"]);
    expect(unreadable[0]?.message).toContain(t(locale, "read.not-a-workbook"));
    // the rest is consolidated as in one thread, the second copy of each return counted once
    const single = await run([...argv, "--lang", locale]);
    expect(single.code).toBe(1);
    expect(JSON.parse(single.stdout)).toEqual(doc);
    const set = submissionSet("000");
    expect(doc.problems.filter((p) => p.code === "duplicate-return")).toHaveLength(set.returnPaths.length);
  },
  60_000,
);
