import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { writeReturnSet } from "./writeReturnSet";
import { timeCommand } from "./timing";

const EXECUTORS = 500;
const ROWS_PER_RETURN = 50;
const EXECUTORS_PER_MEASURE = 5;
const MEMORY_LIMIT_MB = 1024;

/**
 * 500 generated returns of 50 rows each, consolidated by `plancheck consolidate` (a fresh process, as a user
 * runs it), against a bare SheetJS parse of the same files (plan and returns) in a fresh process. The target
 * is on the `--json` run, as the validate bench's; the run that also writes the consolidated workbook is
 * shown beside it. Peak memory is the consolidating process's maximum resident set size (worker threads are
 * in the same process).
 */
export function benchConsolidate(root: string, out: string, runs: number): boolean {
  const dir = join(out, "consolidate");
  const { plan, returns, measures } = writeReturnSet(dir, EXECUTORS, ROWS_PER_RETURN, EXECUTORS_PER_MEASURE);
  const result = join(dir, "consolidated.xlsx");
  const node = process.execPath;
  const bare = timeCommand(node, [join(root, "build", "bench", "bareParse.js"), plan, ...returns], runs);
  const args = ["consolidate", plan, ...returns];
  const cli = join(root, "bin", "plancheck.js");
  const json = timeCommand(node, [cli, ...args, "--json"], runs, [0, 1]);
  const written = timeCommand(node, [cli, ...args, "--out", result], runs, [0, 1]);
  const measured = spawnSync(
    node,
    [join(root, "build", "bench", "consolidateEntry.js"), ...args, "--out", result],
    {
      stdio: ["ignore", "ignore", "pipe"],
      maxBuffer: 1 << 30,
    },
  );
  const peakMb = Number(/maxRSS (\d+)/.exec(measured.stderr.toString())?.[1] ?? NaN) / 1024;
  const ratio = json / bare;
  const times = (ms: number): string => `${ms.toFixed(0)} ms  = ${(ms / bare).toFixed(2)}x the bare parse`;
  console.log(
    `consolidate: ${returns.length} returns of ${ROWS_PER_RETURN} rows, plan of ${measures} measures naming ${EXECUTORS} executors (${dir})`,
  );
  console.log(`  bare SheetJS parse of plan + returns (fresh node process): ${bare.toFixed(0)} ms`);
  console.log(`  plancheck consolidate --json (whole CLI run):             ${times(json)} (target <= 1.3x)`);
  console.log(
    `  plancheck consolidate --out consolidated.xlsx:            ${times(written)} (also writes the workbook)`,
  );
  console.log(
    `  peak memory of the --out run (max RSS, incl. workers):    ${peakMb.toFixed(0)} MB (target < ${MEMORY_LIMIT_MB} MB)`,
  );
  return ratio <= 1.3 && peakMb < MEMORY_LIMIT_MB;
}
