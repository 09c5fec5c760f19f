import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
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

it("reads one unreadable return of many in a worker as a problem of that file, worded in --lang", async () => {
  const dir = mkdtempSync(join(tmpdir(), "plancheck-workers-"));
  const bogus = join(dir, "bogus.xlsx");
  writeFileSync(bogus, zipSync({ "word/document.xml": strToU8("<w:document/>") }));
  const set = submissionSet("000");
  const argv = [
    "consolidate",
    set.planFile,
    ...set.returnPaths,
    bogus,
    ...set.returnPaths,
    "--json",
    "--lang",
    "uk",
  ];
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "plancheck.js"), ...argv], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  expect(result.status).toBe(1);
  expect(result.stderr).not.toMatch(/Cannot|error/i);
  const doc = JSON.parse(result.stdout) as { problems: { code: string; file: string; message: string }[] };
  expect(doc.problems.filter((p) => p.code === "return-unreadable")).toEqual([
    expect.objectContaining({
      file: "bogus.xlsx",
      message: "Не вдається прочитати: це не книга Excel (.xlsx); інші звіти зведено",
    }),
  ]);
  // the rest is consolidated as in one thread, the second copy of each return counted once
  const single = await run(argv);
  expect(JSON.parse(result.stdout)).toEqual(JSON.parse(single.stdout));
  expect(doc.problems.filter((p) => p.code === "duplicate-return")).toHaveLength(set.returnPaths.length);
}, 60_000);
