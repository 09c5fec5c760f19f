import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { validatePlan } from "../src/engine/checks/validatePlan";
import { parsePlan } from "../src/engine/plan/parsePlan";
import { readWorkbook } from "../src/xlsx/readWorkbook";
import { benchConsolidate } from "./consolidateBench";
import { benchExcelWeb } from "./excelBench";
import { benchPane } from "./paneBench";
import { generatePlan } from "./generatePlan";
import { benchFuzz, benchLimits } from "./limitsBench";
import { benchRead } from "./readBench";
import { benchReport } from "./reportBench";
import { benchStartup } from "./startupBench";
import { timeCommand, timeFunction } from "./timing";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "bench", "out");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MEASURES = 20_000;

/** BENCH_ONLY=pane,validate… runs only those sections (start-up, validate, consolidate, report, excel, pane, limits, fuzz). */
const ONLY = process.env.BENCH_ONLY?.split(",").map((s) => s.trim()) ?? null;
const wanted = (section: string): boolean => ONLY === null || ONLY.includes(section);

/** The 20,000-measure plan, generated once per run. */
function planFile(): { file: string; measures: number } {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `plan-${MEASURES}.xlsx`);
  const { workbook, measures } = generatePlan(MEASURES);
  writeFileSync(
    file,
    XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer,
  );
  return { file, measures };
}

function benchValidate(file: string, measures: number): boolean {
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

async function main(): Promise<void> {
  const plan = planFile();
  const started = !wanted("start-up") || benchStartup(ROOT, RUNS);
  const validated = !wanted("validate") || benchValidate(plan.file, plan.measures);
  const consolidated = !wanted("consolidate") || benchConsolidate(ROOT, OUT, RUNS);
  const reported = !wanted("report") || benchReport(ROOT, OUT, RUNS);
  const excel = !wanted("excel") || (await benchExcelWeb());
  // The browser runs are slow: a few of them (BENCH_PANE_RUNS, default 3).
  const pane =
    !wanted("pane") || (await benchPane(ROOT, OUT, plan.file, Number(process.env.BENCH_PANE_RUNS ?? 3)));
  // The hostile and huge files (a 1,000,000-row plan, two zip bombs) and the fuzz properties' throughput.
  const limited = !wanted("limits") || benchLimits(ROOT, OUT);
  const fuzzed = !wanted("fuzz") || process.env.BENCH_FUZZ === "0" || benchFuzz(ROOT, OUT);
  const ok = started && validated && consolidated && reported && excel && pane && limited && fuzzed;
  console.log(ok ? "bench: all targets met" : "bench: a target was missed");
  process.exitCode = ok ? 0 : 1;
}

void main();
