import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { validatePlan } from "../src/engine/checks/validatePlan";
import { parsePlan } from "../src/engine/plan/parsePlan";
import { readWorkbook } from "../src/xlsx/readWorkbook";
import { benchConsolidate } from "./consolidateBench";
import { benchExcelWeb } from "./excelBench";
import { generatePlan } from "./generatePlan";
import { benchRead } from "./readBench";
import { benchReport } from "./reportBench";
import { benchStartup } from "./startupBench";
import { timeCommand, timeFunction } from "./timing";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "bench", "out");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MEASURES = 20_000;

function benchValidate(): boolean {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `plan-${MEASURES}.xlsx`);
  const { workbook, measures } = generatePlan(MEASURES);
  writeFileSync(
    file,
    XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer,
  );
  const node = process.execPath;
  const bare = timeCommand(node, [join(ROOT, "build", "bench", "bareParse.js"), file], RUNS);
  const cli = timeCommand(
    node,
    [join(ROOT, "bin", "plancheck.js"), "validate", file, "--json"],
    RUNS,
    [0, 1],
  );
  const grid = readWorkbook(new Uint8Array(readFileSync(file)));
  // The first run in a fresh process (JIT cold, as in one CLI call), then the steady state the target is about.
  const coldMs = timeFunction(() => void validatePlan(parsePlan(grid)), 1, 0);
  const engineMs = timeFunction(() => void validatePlan(parsePlan(grid)), RUNS, 3);
  const measuresPerSecond = Math.round(measures / (engineMs / 1000));
  const ratio = cli / bare;
  console.log(`validate: generated plan with ${measures} measures (${file})`);
  console.log(`  bare SheetJS parse (fresh node process):   ${bare.toFixed(0)} ms`);
  console.log(
    `  plancheck validate --json (whole CLI run): ${cli.toFixed(0)} ms  = ${ratio.toFixed(2)}x the bare parse (target <= 1.3x)`,
  );
  console.log(
    `  engine alone (parsePlan + validatePlan):   ${engineMs.toFixed(0)} ms  = ${measuresPerSecond.toLocaleString("en")} measures/s (target >= 100,000; first run ${coldMs.toFixed(0)} ms)`,
  );
  benchRead(file, RUNS);
  return ratio <= 1.3 && measuresPerSecond >= 100_000;
}

/** `npm run bench` runs every bench; `npm run bench -- report consolidate` only those named. */
const ONLY = new Set(process.argv.slice(2));
const wanted = (name: string): boolean => ONLY.size === 0 || ONLY.has(name);

async function main(): Promise<void> {
  const started = wanted("startup") ? benchStartup(ROOT, RUNS) : true;
  const validated = wanted("validate") ? benchValidate() : true;
  const consolidated = wanted("consolidate") ? benchConsolidate(ROOT, OUT, RUNS) : true;
  const reported = wanted("report") ? benchReport(ROOT, OUT, RUNS) : true;
  const excel = wanted("excel") ? await benchExcelWeb() : true;
  const ok = started && validated && consolidated && reported && excel;
  console.log(ok ? "bench: all targets met" : "bench: a target was missed");
  process.exitCode = ok ? 0 : 1;
}

void main();
