import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlan } from "../../../src/engine/plan/parsePlan";
import type { Plan } from "../../../src/engine/plan/Plan";
import type { ReturnFile } from "../../../src/engine/consolidate/returns/ReturnRow";
import type { Roster } from "../../../src/engine/consolidate/roster/Roster";
import { readWorkbookWithInfo } from "../../../src/xlsx/readWorkbook";
import { FIXTURES } from "../../helpers/fixtures";

export type ExpectedReport = {
  agency: string;
  file: string;
  sheet: string;
  row: number;
  match: string;
  status_raw: string;
  status: string | null;
  value_raw: string | number | null;
  value_type: string;
  value_number: number | null;
  report_text: string;
  sub_rows?: { row: number; value_number: number | null }[];
};

export type ExpectedMeasure = {
  measure_id: string;
  sheet: string;
  row: number;
  match_key: string;
  measure_text: string;
  expected_agencies: string[];
  reported_agencies: string[];
  missing_agencies: string[];
  unexpected_agencies: string[];
  reports: ExpectedReport[];
};

export type ExpectedConsolidation = {
  language: "uk" | "bg";
  roster: { agency: string; name: string; file: string | null; expected_measures: string[] }[];
  measures: ExpectedMeasure[];
  unmatched_rows: { agency: string; file: string; sheet: string; row: number; reason: string }[];
  conflicts: { measure_id: string; agency: string; rows: { file: string; sheet: string; row: number }[] }[];
  warnings: {
    type: string;
    agency: string;
    file?: string;
    row?: number;
    measure_id?: string;
    parsed?: number;
  }[];
};

export type SubmissionSet = {
  id: string;
  plan: Plan;
  planBytes: Uint8Array;
  planFile: string;
  returns: ReturnFile[];
  returnPaths: string[];
  expected: ExpectedConsolidation;
};

/** A return set of tests/fixtures/submissions with its plan and the expected consolidation. */
export function submissionSet(id: "000" | "003"): SubmissionSet {
  const dir = join(FIXTURES, "submissions", id);
  const planName = readdirSync(join(FIXTURES, "plans")).find((f) => f.startsWith(id) && f.endsWith(".xlsx"));
  const planFile = join(FIXTURES, "plans", planName ?? "");
  const planBytes = new Uint8Array(readFileSync(planFile));
  const returnPaths = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => join(dir, f));
  return {
    id,
    plan: parsePlan(readWorkbookWithInfo(planBytes).grid),
    planBytes,
    planFile,
    returns: returnPaths.map((path) => returnFile(path)),
    returnPaths,
    expected: JSON.parse(
      readFileSync(join(dir, `expected_consolidation_${id}.json`), "utf8"),
    ) as ExpectedConsolidation,
  };
}

export function returnFile(path: string, bytes = new Uint8Array(readFileSync(path))): ReturnFile {
  const { grid, sheetInfo } = readWorkbookWithInfo(bytes);
  const hiddenSheets = new Set(sheetInfo.filter((s) => s.hidden).map((s) => s.name));
  return { name: path.split("/").pop() ?? path, workbook: grid, hiddenSheets };
}

/** The roster of the expected consolidation, as the coordinator would give it (ids, names, files). */
export function expectedRoster(expected: ExpectedConsolidation, withFiles = true): Roster {
  return {
    source: "roster",
    entries: expected.roster.map((agency) => ({
      id: agency.agency,
      name: agency.name,
      aliases: [],
      file: withFiles ? agency.file : null,
      byConsent: false,
    })),
  };
}

/** The expected JSON's statuses in the contract's four values (see statusWords for the BG phases). */
export function contractStatus(status: string | null): string | null {
  if (status === "current") return "in_progress";
  if (status === "upcoming") return "not_done";
  return status;
}

/** The plan sheet and row of a truth measure id. */
export function byMeasureId(
  expected: ExpectedConsolidation,
  id: string | undefined,
): { sheet: string; row: number } {
  const m = expected.measures.find((x) => x.measure_id === id);
  return { sheet: m?.sheet ?? "?", row: m?.row ?? -1 };
}
