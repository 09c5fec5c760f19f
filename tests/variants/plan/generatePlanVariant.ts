import type { Normalized } from "../deadlines/DeadlineValue";
import { Random } from "../Random";
import { saveWorkbook, type Format } from "../saveWorkbook";
import type { Language } from "../wordings/Language";
import { readWorkbook } from "../../../src/xlsx/readWorkbook";
import { rerenderDeadlines, restartNumbering } from "./cellTransforms";
import {
  columnNumberRows,
  financingYears,
  groupColumns,
  notesColumn,
  relabel,
  twoRowHeaders,
} from "./headerTransforms";
import { buildModel, materialize, originalRow, type PlanTruth, type SyntheticKind } from "./PlanModel";
import { notes, pageNumbers, signature, totals } from "./rowTransforms";
import {
  hierarchyToColumns,
  recordBlockEnds,
  reorderColumns,
  repeatHeaders,
  retitle,
  type HierarchyMode,
} from "./structureTransforms";
import type { VariantContext } from "./VariantContext";

export type ExpectedMeasure = {
  readonly id: string;
  readonly sheet: string;
  /** 1-based row in the variant. */
  readonly row: number;
  /** The deadline's truth, re-rendered or as the fixture says; null when the cell is empty. */
  readonly deadline: Normalized | null;
  readonly deadlineCell: string;
};

export type PlanVariant = {
  /** "003#7": fixture id and variant number; PLANCHECK_VARIANT=003#7 runs just this one. */
  readonly id: string;
  readonly format: Format;
  readonly applied: readonly string[];
  readonly bytes: Uint8Array;
  readonly measures: readonly ExpectedMeasure[];
  /** "sheet!row:field" of every required field the truth says is missing. */
  readonly missing: readonly string[];
  /** Rows the generator added, by 1-based row: none may become (part of) a measure. */
  readonly synthetic: readonly { sheet: string; row: number; kind: SyntheticKind; text: string }[];
  readonly renumbered: boolean;
  /** Header label per column id, for messages. */
  readonly labels: ReadonlyMap<string, string>;
};

const REQUIRED = ["responsible", "deadline", "indicator"] as const;

/** Languages a plan's labels and deadlines may come in: its own, English, and Russian for Ukrainian plans. */
const LANGS: Record<"uk" | "bg", readonly Language[]> = {
  uk: ["uk", "uk", "ru", "en"],
  bg: ["bg", "bg", "en"],
};

/**
 * One seeded variant of a fixture plan: the same (fixture, index) gives the same bytes and the same
 * truth on every machine. Each transformation says what it did in `applied`.
 */
export function generatePlanVariant(truth: PlanTruth, fixtureBytes: Uint8Array, index: number): PlanVariant {
  const random = new Random(Number(truth.plan_id) * 100_003 + index * 7919 + 17);
  const years = /(\d{4})-(\d{4})/.exec(truth.workbook);
  const ctx: VariantContext = {
    random,
    truth,
    planLanguage: truth.language,
    period: { start: Number(years?.[1] ?? 2024), end: Number(years?.[2] ?? 2027) },
    labelLanguage: random.pick(LANGS[truth.language]),
    deadlineLanguage: random.pick(LANGS[truth.language]),
    deadlines: new Map(),
    blockEnds: new Map(),
    renumbered: false,
    hierarchyInColumns: false,
    labels: new Map(),
    applied: [],
  };
  const model = buildModel(readWorkbook(fixtureBytes), truth);
  recordBlockEnds(model, ctx);

  if (random.chance(0.8)) rerenderDeadlines(model, ctx);
  if (truth.plan_id === "000" && random.chance(0.4)) restartNumbering(model, ctx);
  if (random.chance(0.45))
    hierarchyToColumns(model, ctx, random.pick<HierarchyMode>(["merged", "repeated", "first-only"]));
  else if (truth.plan_id !== "003" && random.chance(0.4)) repeatHeaders(model, ctx);
  const years2 = random.chance(0.25);
  if (years2) financingYears(model, ctx);
  if (random.chance(0.35)) groupColumns(model, ctx);
  if (random.chance(0.2)) notesColumn(model, ctx);
  if (random.chance(0.85)) relabel(model, ctx);
  if (model.sheets.some((s) => s.columns.some((c) => c.group !== null))) twoRowHeaders(model, ctx);
  if (random.chance(0.5)) reorderColumns(model, ctx);
  if (random.chance(0.5)) retitle(model, ctx);
  if (random.chance(0.5)) totals(model, ctx);
  if (random.chance(0.5)) notes(model, ctx);
  if (random.chance(0.35)) pageNumbers(model, ctx);
  if (random.chance(0.4)) signature(model, ctx);
  if (random.chance(0.35)) columnNumberRows(model, ctx);
  const format = random.pick<Format>(["xlsx", "xlsx", "xls", "ods"]);

  const sheets = model.sheets.map((sheet) => ({ name: sheet.name, ...materialize(sheet) }));
  const rowOf = new Map<string, number>();
  const synthetic: PlanVariant["synthetic"][number][] = [];
  for (const sheet of model.sheets)
    sheet.rows.forEach((row, i) => {
      const original = originalRow(row);
      if (original !== null) rowOf.set(`${sheet.name}!${original}`, i + 1);
      else if (row.tag.kind !== "original" && row.tag.kind !== "blank")
        synthetic.push({ sheet: sheet.name, row: i + 1, kind: row.tag.kind, text: row.tag.text });
    });
  const moved = (sheet: string, row: number): number => {
    const to = rowOf.get(`${sheet}!${row}`);
    if (to === undefined) throw new Error(`variant ${truth.plan_id}#${index} lost ${sheet}!${row}`);
    return to;
  };
  const byId = new Map(truth.measures.map((m) => [m.id, m]));
  return {
    id: `${truth.plan_id}#${index}`,
    format,
    applied: [...ctx.applied, format],
    bytes: saveWorkbook(sheets, format),
    measures: truth.measures.map((m) => ({
      id: m.id,
      sheet: m.sheet,
      row: moved(m.sheet, m.row),
      deadline: ctx.deadlines.get(m.id) ?? m.fields["deadline"]?.normalized ?? null,
      deadlineCell: cellAt(sheets, m.sheet, moved(m.sheet, m.row), model, "deadline"),
    })),
    missing: REQUIRED.flatMap((field) =>
      (truth.missing_fields[field] ?? []).map((id) => {
        const m = byId.get(id);
        if (m === undefined) throw new Error(`no measure ${id}`);
        return `${m.sheet}!${moved(m.sheet, m.row)}:${field}`;
      }),
    ).sort(),
    synthetic,
    renumbered: ctx.renumbered,
    labels: ctx.labels,
  };
}

function cellAt(
  sheets: { name: string; cells: unknown[][] }[],
  sheet: string,
  row: number,
  model: ReturnType<typeof buildModel>,
  role: string,
): string {
  const ms = model.sheets.find((s) => s.name === sheet);
  const col = ms?.columns.findIndex((c) => c.role === role) ?? -1;
  const value = sheets.find((s) => s.name === sheet)?.cells[row - 1]?.[col];
  return value instanceof Date ? `Date ${value.toISOString().slice(0, 10)}` : JSON.stringify(value ?? null);
}
