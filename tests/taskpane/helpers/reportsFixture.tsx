import "./browserShims";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkbook, type CellValue, type WorkbookGrid } from "../../../src/engine";
import {
  Consolidator,
  prepareReturn,
  type Consolidation,
  type ExecutorEntry,
  type PreparedReturn,
} from "../../../src/engine/consolidate";
import type { Locale } from "../../../src/i18n/Locale";
import { ReportsBody } from "../../../src/taskpane/components/ReportsBody";
import { browserKit } from "../../../src/taskpane/returns/browserKit";
import type { ConsolidationKit, ReturnReader } from "../../../src/taskpane/returns/ConsolidationKit";
import type { ReportsSource } from "../../../src/taskpane/hooks/useReports";
import type { WorkbookHost } from "../../../src/host/WorkbookHost";
import { readWorkbookWithInfo } from "../../../src/xlsx/readWorkbook";
import { renderPane } from "./renderPane";
import { configure } from "@testing-library/react";

// Reading real workbooks in jsdom takes a while when the suite runs beside others.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

const FIXTURES = join(__dirname, "..", "..", "fixtures");
const RETURNS = join(FIXTURES, "submissions", "000");

/** Plan 000 of the fixtures as the host reads it. */
export function plan000(): WorkbookGrid {
  const bytes = readFileSync(join(FIXTURES, "plans", "000_luhansk_oblast_roma_plan_2022-2023.xlsx"));
  return readWorkbookWithInfo(new Uint8Array(bytes)).grid;
}

export const RETURN_NAMES = readdirSync(RETURNS)
  .filter((file) => file.endsWith(".xlsx"))
  .sort();

/** The five returns of plan 000 as files the user picked. */
export function returnFiles(): File[] {
  return RETURN_NAMES.map((name) => new File([readFileSync(join(RETURNS, name))], name));
}

/** What the engine makes of plan 000 and its returns (no roster: executors from the plan). */
export function expectedConsolidation(grid: WorkbookGrid): Consolidation {
  const consolidator = new Consolidator(validateWorkbook(grid).plan);
  for (const name of RETURN_NAMES) {
    const { grid: workbook } = readWorkbookWithInfo(new Uint8Array(readFileSync(join(RETURNS, name))));
    consolidator.add({ name, workbook });
  }
  return consolidator.finish();
}

/**
 * A return nobody can be told from: it reports only measure 1/2, which names five departments, and the two
 * of them with four measures each (economy, construction) tie.
 */
export function anonymousReturn(grid: WorkbookGrid, name = "zvit.xlsx"): PreparedReturn {
  const rows = grid.sheets[0]!.cells;
  const header: CellValue[] = [...rows[2]!.slice(0, 8), "Статус", "Стан виконання"];
  const measure: CellValue[] = [rows[4]![0] ?? null, rows[4]![1] ?? null, ...rows[5]!.slice(2, 8)];
  while (measure.length < 8) measure.push(null);
  const workbook: WorkbookGrid = {
    sheets: [{ name: "Звіт", cells: [header, [...measure, "виконано", "Моніторинг проведено"]], merges: [] }],
  };
  return prepareReturn({ name, workbook });
}

/** A reader whose reads the test settles one by one. */
export function manualReader(): ReturnReader & {
  settle(prepared?: PreparedReturn): Promise<void>;
  waiting(): number;
} {
  const queue: { name: string; resolve: (p: PreparedReturn) => void }[] = [];
  return {
    read: (name) => new Promise((resolve) => queue.push({ name, resolve })),
    dispose: () => undefined,
    waiting: () => queue.length,
    async settle(prepared) {
      const next = queue.shift();
      next?.resolve(prepared ?? prepareReturn({ name: next.name, workbook: { sheets: [] } }));
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

export type ReportsOptions = {
  host: WorkbookHost;
  grid?: WorkbookGrid;
  reader?: ReturnReader;
  savedRoster?: readonly ExecutorEntry[] | null;
  locale?: Locale;
};

/** The Reports tab's body over a checked plan (plan 000 by default), with the browser's kit. */
export function renderReports(options: ReportsOptions) {
  const grid = options.grid ?? plan000();
  const saveRoster = jest.fn(async (_roster: readonly ExecutorEntry[] | null) => undefined);
  const kit: ConsolidationKit =
    options.reader === undefined ? browserKit : { ...browserKit, createReader: () => options.reader! };
  const source: ReportsSource = {
    host: options.host,
    checked: { grid, ...validateWorkbook(grid) },
    locale: options.locale ?? "en",
    savedRoster: options.savedRoster ?? null,
    saveRoster,
    enqueue: (task) => task(),
  };
  const view = renderPane(<ReportsBody kit={kit} source={source} />, options.locale ?? "en");
  return { ...view, saveRoster, source };
}
