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

// A worker sends why a file cannot be read as a code; the main thread words it like any other message.
it.each(["en", "uk", "bg"] as const)(
  "stops the workers and names the unreadable one of many returns in %s, as one thread does",
  async (locale) => {
    const { bogus, argv } = manyWithOneUnreadable();
    const result = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "plancheck.js"), ...argv, "--lang", locale],
      {
        encoding: "utf8",
      },
    );
    const line = `plancheck: ${t(locale, "cli.error.cannotRead", { file: bogus, reason: t(locale, "read.not-a-workbook") })}`;
    expect(result.status).toBe(2);
    const errors = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("plancheck:"));
    expect(errors(result.stderr)).toEqual([line]);
    expect(result.stdout).toBe("");
    const single = await run([...argv, "--lang", locale]);
    expect(single.code).toBe(2);
    expect(errors(single.stderr)).toEqual([line]);
  },
  60_000,
);
