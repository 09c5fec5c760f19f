import type { CellValue } from "../../../src/engine";
import { readWorkbookWithInfo } from "../../../src/xlsx/readWorkbook";
import type { ExpectedConsolidation } from "../../engine/consolidate/submissionFixtures";
import { messyLabel } from "../plan/messyLabel";
import { Random } from "../Random";
import { saveWorkbook, type Format } from "../saveWorkbook";
import { HEADER_LABELS, type ColumnRole } from "../wordings/headerLabels";
import type { Language } from "../wordings/Language";
import { N_OF_M, REPORT_LABELS, STATUS_TEXTS, type ReportRole, type Status } from "../wordings/reportWords";
import { fixtureNumber, formatNumber, NUMBER_STYLES, type NumberStyle } from "./formatNumber";
import {
  columnRoles,
  copySheet,
  dropColumn,
  isHeaderRow,
  type ReturnRole,
  type ReturnSheet,
} from "./ReturnGrid";

export type ReturnVariant = {
  /** "000#3": return set and variant number; PLANCHECK_VARIANT=r000#3 runs just this one. */
  readonly id: string;
  readonly applied: readonly string[];
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  /** The fixture's expected consolidation with the new file names, raw statuses and raw values. */
  readonly expected: ExpectedConsolidation;
};

// The fixtures' status words and the contract status each stands for (tests/fixtures/README.md, rule 11).
const FIXTURE_STATUS: Record<string, Status> = {
  виконано: "done",
  виконується: "in_progress",
  "не виконано": "not_done",
  текущ: "in_progress",
  предстоящ: "not_done",
};

const REPORT_ROLES = new Set<ReturnRole>(["status", "value", "report_text"]);
const DROPPABLE: readonly ReturnRole[] = [
  "deadline",
  "financing",
  "financing_amount",
  "indicator",
  "target_value",
];

const LANGS: Record<"000" | "003", readonly Language[]> = {
  "000": ["uk", "uk", "ru", "en"],
  "003": ["bg", "bg", "en"],
};

type Change = { statusRaw?: string; valueRaw?: CellValue; numberAsText?: boolean; text?: string };

/**
 * One seeded variant of a fixture return set: report columns worded in another language, statuses in other
 * forms, numbers in other locales' formats, plan columns dropped, other file formats. The expected
 * consolidation is the fixture's, with only the raw texts that changed.
 */
export function generateReturnVariant(
  setId: "000" | "003",
  returnPaths: readonly string[],
  readBytes: (path: string) => Uint8Array,
  expected: ExpectedConsolidation,
  index: number,
): ReturnVariant {
  const random = new Random(Number(setId) * 31337 + index * 104729 + 5);
  const lang: Language = random.pick(LANGS[setId]);
  const relabelPlan = random.chance(0.5);
  const relabelReports = random.chance(0.9);
  const dropCount = random.chance(0.4) ? 1 + random.int(2) : 0;
  const format = random.pick<Format>(["xlsx", "xlsx", "xls", "ods"]);
  const applied = [
    `report-labels:${relabelReports ? lang : "kept"}`,
    ...(relabelPlan ? [`plan-labels:${lang}`] : []),
  ];
  const changes = new Map<string, Change>();
  const renames = new Map<string, string>();
  const files = returnPaths.map((path) => {
    const name = path.split("/").pop() ?? path;
    const sheets = readWorkbookWithInfo(readBytes(path)).grid.sheets.map(copySheet);
    const reportRows = new Set(
      expected.measures.flatMap((m) =>
        m.reports.filter((r) => r.file === name).map((r) => `${r.sheet}!${r.row}`),
      ),
    );
    const statusWords = new Map<Status, string>(
      (["done", "in_progress", "not_done"] as const).map((s) => [s, random.pick(STATUS_TEXTS[s][lang])]),
    );
    const styles =
      lang === "en"
        ? ["en", "space", "nbsp"]
        : setId === "003"
          ? ["space", "nbsp", "thin", "bg"]
          : ["space", "nbsp", "thin"];
    const style = NUMBER_STYLES[random.pick(styles)] as NumberStyle;
    const percent = random.chance(0.3);
    const numbersAsText = random.chance(0.5);
    const nOfM = random.chance(0.6);
    const labels = new Map<ReturnRole, string>();
    const labelFor = (role: ReturnRole): string | null => {
      const isReport = REPORT_ROLES.has(role);
      if (isReport ? !relabelReports : !relabelPlan) return null;
      if (!labels.has(role)) {
        const list = isReport
          ? REPORT_LABELS[role as ReportRole][lang]
          : HEADER_LABELS[role as ColumnRole][lang];
        labels.set(role, messyLabel(random.pick(list), role, lang, random));
      }
      return labels.get(role) ?? null;
    };
    const rolesOf = new Map(sheets.map((sheet) => [sheet.name, columnRoles(sheet)]));
    for (const sheet of sheets) {
      const roles = rolesOf.get(sheet.name) ?? new Map<number, ReturnRole>();
      const column = (role: ReturnRole): number => [...roles].find(([, r]) => r === role)?.[0] ?? -1;
      const statusCol = column("status");
      const valueCol = column("value");
      sheet.cells.forEach((row, r) => {
        if (isHeaderRow(row)) {
          for (const [c, role] of roles) {
            const label = labelFor(role);
            if (label !== null) row[c] = label === "" ? null : label;
          }
          return;
        }
        const key = `${name}|${sheet.name}|${r + 1}`;
        const change: Change = {};
        const status = row[statusCol];
        const contract = typeof status === "string" ? FIXTURE_STATUS[status.trim().toLowerCase()] : undefined;
        if (contract !== undefined) {
          row[statusCol] = statusWords.get(contract) ?? status ?? null;
          change.statusRaw = String(row[statusCol]);
        }
        const value = row[valueCol];
        if (reportRows.has(`${sheet.name}!${r + 1}`) && value !== undefined && value !== null) {
          const rewritten = rewriteValue(value, style, percent, numbersAsText, nOfM ? N_OF_M[lang] : null);
          if (rewritten !== value) {
            row[valueCol] = rewritten;
            change.valueRaw = rewritten;
            change.numberAsText = typeof value === "number";
          }
        }
        if (change.statusRaw !== undefined || change.valueRaw !== undefined)
          changes.set(key, { ...changes.get(key), ...change });
      });
    }
    const shown = [...labels].map(([role, label]) => `${role}=«${label.replace(/\n/g, "⏎")}»`).join(" ");
    applied.push(
      `${name.slice(0, 4)}:${[...statusWords.values()].join("/")},${style.name}${percent ? ",%" : ""}${numbersAsText ? ",numbers-as-text" : ""}${shown === "" ? "" : ` ${shown}`}`,
    );
    if (dropCount > 0) {
      const present = [...(rolesOf.get(sheets[0]?.name ?? "") ?? new Map<number, ReturnRole>()).values()];
      const drop = random.shuffle(present.filter((r) => DROPPABLE.includes(r))).slice(0, dropCount);
      for (const sheet of sheets) {
        const roles = rolesOf.get(sheet.name) ?? new Map<number, ReturnRole>();
        const cols = [...roles]
          .filter(([, r]) => drop.includes(r))
          .map(([c]) => c)
          .sort((a, b) => b - a);
        for (const c of cols) {
          dropColumn(sheet, c);
          const shifted = new Map<number, ReturnRole>();
          for (const [k, r] of roles) if (k !== c) shifted.set(k > c ? k - 1 : k, r);
          rolesOf.set(sheet.name, shifted);
          roles.clear();
          shifted.forEach((r, k) => roles.set(k, r));
        }
      }
      if (drop.length > 0) applied.push(`${name.slice(0, 4)}:dropped ${drop.join("+")}`);
    }
    const newName = format === "xlsx" ? name : name.replace(/\.xlsx$/, `.${format}`);
    renames.set(name, newName);
    const bytes = saveWorkbook(sheets, format);
    keepWhatTheFileSays(name, sheets, rolesOf, readWorkbookWithInfo(bytes).grid.sheets, changes);
    return { name: newName, bytes };
  });
  applied.push(format);
  return { id: `r${setId}#${index}`, applied, files, expected: updateExpected(expected, changes, renames) };
}

/**
 * The expectation follows what the written file holds: SheetJS's .ods writer drops spaces at line ends (a
 * writer artefact, not a transformation), so where a report cell reads back differently, that is its text.
 */
function keepWhatTheFileSays(
  file: string,
  written: readonly ReturnSheet[],
  rolesOf: ReadonlyMap<string, ReadonlyMap<number, ReturnRole>>,
  readBack: readonly { name: string; cells: readonly (readonly CellValue[])[] }[],
  changes: Map<string, Change>,
): void {
  for (const sheet of written) {
    const back = readBack.find((s) => s.name === sheet.name);
    const roles = rolesOf.get(sheet.name);
    if (back === undefined || roles === undefined) continue;
    for (const [c, role] of roles) {
      if (role !== "status" && role !== "value" && role !== "report_text") continue;
      sheet.cells.forEach((row, r) => {
        const before = row[c] ?? null;
        const after = back.cells[r]?.[c] ?? null;
        if (typeof before !== "string" || before === after) return;
        const key = `${file}|${sheet.name}|${r + 1}`;
        const change = changes.get(key) ?? {};
        if (role === "status") change.statusRaw = typeof after === "string" ? after : "";
        else if (role === "value") change.valueRaw = after;
        else change.text = typeof after === "string" ? after : "";
        changes.set(key, change);
      });
    }
  }
}

/**
 * A value as another return would type it: text numbers in another locale's format (sometimes with "%"),
 * numeric cells of four digits or more typed as text, "12 / 7" as "12 of 7". Values without a number stay.
 */
function rewriteValue(
  value: CellValue,
  style: NumberStyle,
  percent: boolean,
  asText: boolean,
  of: string | null,
): CellValue {
  if (typeof value === "number")
    return asText && Math.abs(value) >= 1000 ? formatNumber(value, style) : value;
  if (typeof value !== "string") return value;
  const n = fixtureNumber(value);
  if (n !== null) return `${formatNumber(n, style)}${percent && n < 100 && !Number.isInteger(n) ? "%" : ""}`;
  const pair = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  return pair !== null && of !== null ? `${pair[1]} ${of} ${pair[2]}` : value;
}

function updateExpected(
  expected: ExpectedConsolidation,
  changes: ReadonlyMap<string, Change>,
  renames: ReadonlyMap<string, string>,
): ExpectedConsolidation {
  const copy = JSON.parse(JSON.stringify(expected)) as ExpectedConsolidation;
  const added: ExpectedConsolidation["warnings"] = [];
  for (const measure of copy.measures) {
    for (const report of measure.reports) {
      const change = changes.get(`${report.file}|${report.sheet}|${report.row}`);
      if (change === undefined) continue;
      if (change.statusRaw !== undefined) report.status_raw = change.statusRaw;
      if (change.valueRaw !== undefined) report.value_raw = change.valueRaw as string | number | null;
      if (change.text !== undefined) report.report_text = change.text;
      if (change.numberAsText === true)
        added.push({
          type: "number_as_text",
          agency: report.agency,
          file: report.file,
          row: report.row,
          measure_id: measure.measure_id,
        });
    }
  }
  copy.warnings.push(...added);
  let text = JSON.stringify(copy);
  for (const [from, to] of renames) text = text.split(JSON.stringify(from)).join(JSON.stringify(to));
  return JSON.parse(text) as ExpectedConsolidation;
}
