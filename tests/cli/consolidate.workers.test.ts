import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { submissionSet } from "../engine/consolidate/submissionFixtures";
import { t } from "../../src/i18n/translate";
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

it("stops the workers and names the file, in the user's language, when one of many returns cannot be read", () => {
  const dir = mkdtempSync(join(tmpdir(), "plancheck-workers-"));
  const bogus = join(dir, "bogus.xlsx");
  writeFileSync(bogus, zipSync({ "word/document.xml": strToU8("<w:document/>") }));
  const set = submissionSet("000");
  const argv = ["consolidate", set.planFile, ...set.returnPaths, bogus, ...set.returnPaths, "--json"];
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "plancheck.js"), ...argv, "--lang", "uk"], {
    encoding: "utf8",
  });
  expect(result.status).toBe(2);
  // worded by the main thread from the catalogue, as when the return is read in one thread
  expect(result.stderr).toContain(
    `plancheck: ${t("uk", "cli.error.cannotRead", { file: bogus, reason: t("uk", "read.not-a-workbook") })}\n`,
  );
  expect(result.stdout).toBe("");
}, 60_000);
