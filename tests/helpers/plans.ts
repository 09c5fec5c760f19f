import type { CellValue } from "../../src/engine/grid/CellValue";
import { validatePlan } from "../../src/engine/checks/validatePlan";
import { parsePlan } from "../../src/engine/plan/parsePlan";
import {
  DEFAULT_SETTINGS,
  parseSettings,
  type Settings,
  type SettingsInput,
} from "../../src/engine/settings/Settings";
import { sheet } from "./grid";

export const UK_HEADER = [
  "№ з/п",
  "Найменування заходу",
  "Відповідальні за виконання",
  "Строк виконання",
  "Індикатор виконання",
  "Джерела фінансування",
];

/** A one-sheet plan: a title naming the period, the Ukrainian header, then the given rows. */
export function ukPlan(rows: CellValue[][], title = "План заходів на 2024-2025 роки") {
  return parsePlan({ sheets: [sheet("План", [[title], UK_HEADER, ...rows], null)] });
}

export function settings(input: SettingsInput = {}): Settings {
  const parsed = parseSettings(input);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.settings;
}

/** Findings of a code as "CELL" strings, for compact assertions. */
export function cellsOf(
  rows: CellValue[][],
  code: string,
  options: Settings = DEFAULT_SETTINGS,
  title?: string,
): string[] {
  return validatePlan(ukPlan(rows, title), options)
    .issues.filter((issue) => issue.code === code)
    .map((issue) => issue.cell ?? `row ${issue.row}`);
}
