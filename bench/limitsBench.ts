import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { READ_LIMITS } from "../src/engine";
import { longStringBomb, nulSheetBomb } from "./hostileWorkbooks";
import { writeLargePlan } from "./writeLargePlan";

const ROWS = 1_000_000;
/** A real plan is far smaller; this one must still read (exit 0 or 1). */
const LARGE_ROWS = 100_000;
/** Just over the sheet-row limit, with a sheet part under the part limit: refused by the row count. */
const OVER_ROWS = READ_LIMITS.sheetRows + 10_000;
/** What the issue asks of any hostile file: one clear line, in under 5 s and under 500 MB. */
const REFUSAL_MS = 5_000;
const REFUSAL_MB = 500;

type Measured = {
  readonly ms: number;
  readonly peakMb: number;
  readonly code: number | null;
  readonly line: string;
};

/**
 * `plancheck <args>` in a fresh process (bench/consolidateEntry.ts: the CLI, then its peak resident set
 * size, worker threads included, from process.resourceUsage()), timed from spawn to exit.
 */
function measureCli(root: string, args: readonly string[]): Measured {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(root, "build", "bench", "consolidateEntry.js"), ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = child.stderr.toString();
  const peakMb = Number(/maxRSS (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
  const line = stderr.split("\n").find((l) => l.startsWith("plancheck:")) ?? "";
  return { ms, peakMb, code: child.status, line };
}

function show(label: string, m: Measured): string {
  const said = m.line === "" ? "" : `\n      ${m.line.length > 160 ? `${m.line.slice(0, 157)}…` : m.line}`;
  return `  ${label.padEnd(44)} ${m.ms.toFixed(0).padStart(6)} ms  ${m.peakMb.toFixed(0).padStart(5)} MB  exit ${m.code}${said}`;
}

/** A refusal as the issue asks: exit 2, one line, fast and small. */
function refusedWell(m: Measured): boolean {
  return m.code === 2 && m.line !== "" && m.ms < REFUSAL_MS && m.peakMb < REFUSAL_MB;
}

/**
 * The hostile and huge files of issue 8, built here: a 1,000,000-row plan (streamed to disk, never held
 * whole), validated and validated with --out; a 2 GB NUL-byte sheet and a 2 GB shared string, each about
 * 2 MB zipped. Prints wall time and peak memory of each `plancheck` run. 1,000,000 rows is over the sheet-row
 * limit (READ_LIMITS.sheetRows), so what is measured is the refusal: it must come as one line, in under
 * 5 s and 500 MB, whatever the file.
 */
export function benchLimits(root: string, out: string): boolean {
  const dir = join(out, "limits");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const plan = join(dir, `plan-${ROWS}.xlsx`);
  const made = process.hrtime.bigint();
  const measures = writeLargePlan(plan, ROWS);
  const madeMs = Number(process.hrtime.bigint() - made) / 1e6;
  const large = join(dir, `plan-${LARGE_ROWS}.xlsx`);
  writeLargePlan(large, LARGE_ROWS);
  const over = join(dir, `plan-${OVER_ROWS}.xlsx`);
  writeLargePlan(over, OVER_ROWS);
  const nul = join(dir, "nul-sheet-2GB.xlsx");
  writeFileSync(nul, nulSheetBomb());
  const text = join(dir, "long-string-2GB.xlsx");
  writeFileSync(text, longStringBomb());
  const mb = (path: string): string => `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `limits: a ${ROWS.toLocaleString("en")}-row plan (${measures.toLocaleString("en")} measures, ${mb(plan)}, built in ${madeMs.toFixed(0)} ms) and two zip bombs (${dir}); sheet-row limit ${READ_LIMITS.sheetRows.toLocaleString("en")}`,
  );
  console.log(`  ${"plancheck …".padEnd(44)} ${"time".padStart(9)}  ${"peak".padStart(8)}`);
  const copy = join(dir, "checked.xlsx");
  const runs: [string, Measured][] = [
    [`validate (${ROWS.toLocaleString("en")} rows)`, measureCli(root, ["validate", plan])],
    [
      `validate --out (${ROWS.toLocaleString("en")} rows)`,
      measureCli(root, ["validate", plan, "--out", copy]),
    ],
    ["validate, 2 GB NUL sheet (2 MB zipped)", measureCli(root, ["validate", nul])],
    ["validate, 2 GB shared string (2 MB zipped)", measureCli(root, ["validate", text])],
    ["validate --out, 2 GB NUL sheet", measureCli(root, ["validate", nul, "--out", copy])],
  ];
  runs.push([
    `validate --out (${OVER_ROWS.toLocaleString("en")} rows)`,
    measureCli(root, ["validate", over, "--out", copy]),
  ]);
  for (const [label, m] of runs) console.log(show(label, m));
  const wrote = existsSync(copy);
  if (wrote) console.log("  a refused file left an output behind");
  const reads: [string, Measured][] = [
    [`validate (${LARGE_ROWS.toLocaleString("en")} rows, reads)`, measureCli(root, ["validate", large])],
    [
      `validate --out (${LARGE_ROWS.toLocaleString("en")} rows, reads)`,
      measureCli(root, ["validate", large, "--out", join(dir, "large.checked.xlsx")]),
    ],
  ];
  for (const [label, m] of reads) console.log(show(label, m));
  const read = reads.every(([, m]) => m.code === 0 || m.code === 1);
  if (!read) console.log(`  a ${LARGE_ROWS.toLocaleString("en")}-row plan did not read`);
  const ok = runs.every(([, m]) => refusedWell(m)) && !wrote && read;
  console.log(
    `  every refusal: exit 2 with one line, under ${REFUSAL_MS / 1000} s and ${REFUSAL_MB} MB — ${ok ? "met" : "MISSED"}`,
  );
  return ok;
}

/**
 * The fuzz tests (tests/fuzz) once more with PLANCHECK_FUZZ_FACTOR (2 by default here: `BENCH_FUZZ_FACTOR`),
 * in one jest process: each property's cases per second, from the cases it ran and jest's time for the test.
 */
export function benchFuzz(root: string, out: string): boolean {
  const factor = process.env.BENCH_FUZZ_FACTOR ?? "2";
  const report = join(out, "fuzz-runs.tsv");
  const results = join(out, "fuzz-results.json");
  rmSync(report, { force: true });
  const jest = require.resolve("jest/bin/jest");
  const child = spawnSync(
    process.execPath,
    [jest, "--runInBand", "--silent", "--json", `--outputFile=${results}`, join("tests", "fuzz")],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, PLANCHECK_FUZZ_FACTOR: factor, PLANCHECK_FUZZ_REPORT: report },
      maxBuffer: 1 << 26,
    },
  );
  if (!existsSync(results) || !existsSync(report)) {
    console.log(`fuzz: jest did not run (${child.stderr.toString().slice(0, 300)})`);
    return false;
  }
  const runs = new Map(
    readFileSync(report, "utf8")
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => {
        const [name, count] = l.split("\t");
        return [name ?? "", Number(count)] as const;
      }),
  );
  const doc = JSON.parse(readFileSync(results, "utf8")) as {
    success: boolean;
    testResults: { assertionResults: { fullName: string; duration?: number; status: string }[] }[];
  };
  console.log(`fuzz: tests/fuzz with PLANCHECK_FUZZ_FACTOR=${factor} (one jest process)`);
  let cases = 0;
  let ms = 0;
  for (const test of doc.testResults.flatMap((file) => file.assertionResults)) {
    const count = runs.get(test.fullName) ?? 0;
    const took = test.duration ?? 0;
    cases += count;
    ms += took;
    const rate = took > 0 ? (count / (took / 1000)).toFixed(1) : "—";
    const name = test.fullName.length > 90 ? `${test.fullName.slice(0, 87)}…` : test.fullName;
    console.log(
      `  ${name.padEnd(90)} ${String(count).padStart(5)} cases ${took.toFixed(0).padStart(7)} ms  ${rate.padStart(7)} /s  ${test.status}`,
    );
  }
  console.log(
    `  all properties: ${cases} cases in ${(ms / 1000).toFixed(1)} s = ${(cases / (ms / 1000)).toFixed(1)} cases/s`,
  );
  return doc.success;
}
