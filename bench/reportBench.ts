import { join } from "node:path";
import { writeReturnSet } from "./writeReturnSet";
import { timeCommand } from "./timing";

const EXECUTORS = 500;
const ROWS_PER_RETURN = 20;
const EXECUTORS_PER_MEASURE = 5;
const TARGET = 1.5;

/**
 * The report for the head of a 2,000-measure plan with 500 generated returns (20 rows each): `plancheck report
 * --out report.docx` and `--out report.xlsx` (fresh processes, as a user runs them) against the consolidation
 * alone, `plancheck consolidate --json` on the same files. Both read and consolidate the same returns; the
 * report adds building, wording and writing the document. Target: the .docx run at most 1.5× the
 * consolidation.
 */
export function benchReport(root: string, out: string, runs: number): boolean {
  const dir = join(out, "report");
  const { plan, returns, measures } = writeReturnSet(dir, EXECUTORS, ROWS_PER_RETURN, EXECUTORS_PER_MEASURE);
  const node = process.execPath;
  const cli = join(root, "bin", "plancheck.js");
  const files = [plan, ...returns];
  const consolidation = timeCommand(node, [cli, "consolidate", ...files, "--json"], runs, [0, 1]);
  const docx = timeCommand(
    node,
    [cli, "report", ...files, "--period", "2025", "--out", join(dir, "report.docx")],
    runs,
    [0, 1],
  );
  const xlsx = timeCommand(
    node,
    [cli, "report", ...files, "--period", "2025", "--out", join(dir, "report.xlsx")],
    runs,
    [0, 1],
  );
  const times = (ms: number): string =>
    `${ms.toFixed(0)} ms  = ${(ms / consolidation).toFixed(2)}x the consolidation`;
  console.log(
    `report: plan of ${measures} measures naming ${EXECUTORS} executors, ${returns.length} returns of ${ROWS_PER_RETURN} rows (${dir})`,
  );
  console.log(`  plancheck consolidate --json (the consolidation alone):    ${consolidation.toFixed(0)} ms`);
  console.log(
    `  plancheck report --out report.docx (whole CLI run):        ${times(docx)} (target <= ${TARGET}x)`,
  );
  console.log(`  plancheck report --out report.xlsx (print-ready sheet):    ${times(xlsx)}`);
  return docx / consolidation <= TARGET;
}
