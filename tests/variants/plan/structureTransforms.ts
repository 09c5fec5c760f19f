import type { CellValue } from "../../../src/engine";
import { HEADER_LABELS } from "../wordings/headerLabels";
import { TITLE_TEXTS } from "../wordings/rowTexts";
import {
  insertColumn,
  insertRows,
  isOriginal,
  mergeAcross,
  removeRows,
  syntheticRow,
  type ModelColumn,
  type ModelRow,
  type ModelSheet,
  type PlanModel,
} from "./PlanModel";
import type { VariantContext } from "./VariantContext";

export type HierarchyMode = "merged" | "repeated" | "first-only";

const isHeader = (row: ModelRow): boolean =>
  isOriginal(row, "header") || (row.tag.kind === "header" && row.tag.text !== "upper");

const textOf = (row: ModelRow): string =>
  [...row.cells.values()].find((v): v is string => typeof v === "string" && v.trim() !== "") ?? "";

/** Goal blocks of a sheet: each section row's text and the data rows under it. */
function goalBlocks(sheet: ModelSheet): { text: string; rows: ModelRow[] }[] {
  const blocks: { text: string; rows: ModelRow[] }[] = [];
  for (const row of sheet.rows) {
    if (isOriginal(row, "section")) blocks.push({ text: textOf(row), rows: [] });
    else if (isOriginal(row, "data")) blocks[blocks.length - 1]?.rows.push(row);
  }
  return blocks;
}

/** The last data row of every goal block, recorded before anything moves (totals go there). */
export function recordBlockEnds(model: PlanModel, ctx: VariantContext): void {
  for (const sheet of model.sheets) {
    const ends = goalBlocks(sheet).flatMap((b) =>
      b.rows.length > 0 ? [b.rows[b.rows.length - 1] as ModelRow] : [],
    );
    ctx.blockEnds.set(sheet.name, ends);
  }
}

function fill(
  column: ModelColumn,
  rows: ModelRow[],
  value: string,
  mode: HierarchyMode,
  sheet: ModelSheet,
): void {
  const position = new Map(sheet.rows.map((r, i) => [r, i]));
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return;
  const contiguous = (position.get(last) ?? 0) - (position.get(first) ?? 0) === rows.length - 1;
  if (mode === "repeated") rows.forEach((r) => r.cells.set(column, value));
  else first.cells.set(column, value);
  if (mode === "merged" && contiguous && rows.length > 1)
    sheet.merges.push({ top: first, bottom: last, columns: new Set([column]) });
}

/**
 * Goal rows become a goal column on the left (merged down, repeated on every row, or only on the first row
 * with blanks below); for the Bulgarian plan sometimes a priority column too. Repeated headers go: one header
 * stays on top.
 */
export function hierarchyToColumns(model: PlanModel, ctx: VariantContext, mode: HierarchyMode): void {
  const withPriority = ctx.planLanguage === "bg" && ctx.random.chance(0.5);
  for (const sheet of model.sheets) {
    const blocks = goalBlocks(sheet);
    if (blocks.length === 0) continue;
    const goal: ModelColumn = { id: "goal", role: "goal", group: null };
    const firstHeader = sheet.rows.find(isHeader);
    removeRows(sheet, (r) => isOriginal(r, "section") || (isHeader(r) && r !== firstHeader));
    insertColumn(sheet, 0, goal);
    firstHeader?.cells.set(goal, HEADER_LABELS.goal[ctx.planLanguage][0] ?? "");
    for (const block of blocks) fill(goal, block.rows, block.text, mode, sheet);
    if (withPriority) {
      const priority: ModelColumn = { id: "priority", role: "priority", group: null };
      insertColumn(sheet, 0, priority);
      firstHeader?.cells.set(priority, HEADER_LABELS.priority.bg[0] ?? "");
      const path = ctx.truth.measures.find((m) => m.sheet === sheet.name)?.path["priority"];
      fill(
        priority,
        blocks.flatMap((b) => b.rows),
        typeof path === "string" ? path : sheet.name,
        mode,
        sheet,
      );
    }
  }
  ctx.hierarchyInColumns = true;
  ctx.applied.push(`hierarchy-in-columns:${mode}${withPriority ? "+priority" : ""}`);
}

/** The header row repeated under every goal row (as the Ruse plan does). */
export function repeatHeaders(model: PlanModel, ctx: VariantContext): void {
  for (const sheet of model.sheets) {
    const header = sheet.rows.find(isHeader);
    if (header === undefined) continue;
    for (let i = sheet.rows.length - 1; i >= 0; i--) {
      const row = sheet.rows[i] as ModelRow;
      const next = sheet.rows[i + 1];
      if (!isOriginal(row, "section") || (next !== undefined && isHeader(next))) continue;
      if (sheet.rows.indexOf(header) > i) continue;
      insertRows(sheet, i + 1, [syntheticRow("header", "repeated", [...header.cells.entries()])]);
    }
  }
  ctx.applied.push("headers-repeated-under-goals");
}

/** Title rows removed (with the blank rows above the header), or others added on top. */
export function retitle(model: PlanModel, ctx: VariantContext): void {
  if (ctx.random.chance(0.5)) {
    for (const sheet of model.sheets) {
      const header = sheet.rows.findIndex(isHeader);
      const above = new Set(sheet.rows.slice(0, Math.max(0, header)));
      removeRows(sheet, (r) => above.has(r) && (isOriginal(r, "title") || r.cells.size === 0));
    }
    ctx.applied.push("titles-removed");
    return;
  }
  const texts = ctx.random.shuffle(TITLE_TEXTS[ctx.labelLanguage]).slice(0, 1 + ctx.random.int(2));
  for (const sheet of model.sheets) {
    const first = sheet.columns[0] as ModelColumn;
    const rows = texts.map((text) => syntheticRow("title", text, [[first, text]]));
    insertRows(sheet, 0, rows);
    rows.forEach((r) => mergeAcross(sheet, r));
  }
  ctx.applied.push(`titles-added:${texts.length}`);
}

const LEADING = new Set(["priority", "goal", "number", "task", "measure"]);

/** Field columns in another order (groups of a two-row header move together); number/measure stay left. */
export function reorderColumns(model: PlanModel, ctx: VariantContext): void {
  const template = model.sheets[0];
  if (template === undefined) return;
  const lead = template.columns.filter((c) => c.role !== null && LEADING.has(c.role));
  const rest = template.columns.filter((c) => !lead.includes(c));
  const blocks: ModelColumn[][] = [];
  for (const column of rest) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && column.group !== null && last[0]?.group === column.group) last.push(column);
    else blocks.push([column]);
  }
  let shuffled = ctx.random.shuffle(blocks);
  if (blocks.length > 1 && shuffled.every((b, i) => b === blocks[i]))
    shuffled = [...blocks.slice(1), blocks[0] as ModelColumn[]];
  const order = [...lead, ...shuffled.flat()].map((c) => c.id);
  for (const sheet of model.sheets)
    sheet.columns = [...sheet.columns].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  ctx.applied.push(`columns-reordered:${order.join(",")}`);
}

export const cellText = (value: CellValue | undefined): string =>
  typeof value === "string" ? value : String(value ?? "");
