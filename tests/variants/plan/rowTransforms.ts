import type { CellValue } from "../../../src/engine";
import { NOTE_TEXTS, PAGE_TEXTS, SIGNATURE_BLOCKS, TOTAL_TEXTS } from "../wordings/rowTexts";
import {
  firstColumn,
  insertRows,
  isOriginal,
  isSafeBoundary,
  mergeAcross,
  syntheticRow,
  type ModelColumn,
  type ModelRow,
  type ModelSheet,
  type PlanModel,
} from "./PlanModel";
import type { VariantContext } from "./VariantContext";

const AMOUNT_ROLES = new Set(["financing_amount", "financing_year"]);

/** A totals row: its text in one of the columns plans put it in, sums in the amount columns, "х" elsewhere. */
function totalRow(sheet: ModelSheet, ctx: VariantContext, text: string): ModelRow {
  const cells: [ModelColumn, CellValue][] = [];
  const placements = [
    sheet.columns[0],
    firstColumn(sheet, "number"),
    firstColumn(sheet, "measure"),
    firstColumn(sheet, "task"),
  ];
  const at = ctx.random.pick(placements.filter((c): c is ModelColumn => c !== undefined));
  cells.push([at, text]);
  const crossed = ctx.random.chance(0.3);
  for (const column of sheet.columns) {
    if (column === at) continue;
    if (column.role !== null && AMOUNT_ROLES.has(column.role))
      cells.push([column, Math.round(ctx.random.next() * 90000) / 10]);
    else if (
      crossed &&
      column.role !== null &&
      ["deadline", "responsible", "indicator"].includes(column.role)
    )
      cells.push([column, "х"]);
  }
  const row = syntheticRow("total", text, cells);
  if (ctx.random.chance(0.3) && at === sheet.columns[0]) {
    const span = sheet.columns
      .slice(0, 2 + ctx.random.int(2))
      .filter((c) => c.role === null || !AMOUNT_ROLES.has(c.role));
    if (span.length > 1) sheet.merges.push({ top: row, bottom: row, columns: new Set(span) });
  }
  return row;
}

/** Subtotals under each goal block and a grand total under the table. */
export function totals(model: PlanModel, ctx: VariantContext): void {
  const words = TOTAL_TEXTS[ctx.random.chance(0.7) ? ctx.planLanguage : ctx.labelLanguage];
  let count = 0;
  for (const sheet of model.sheets) {
    const ends = ctx.blockEnds.get(sheet.name) ?? [];
    ends.forEach((end, n) => {
      const index = sheet.rows.indexOf(end) + 1;
      if (index === 0 || !isSafeBoundary(sheet, index) || !ctx.random.chance(0.7)) return;
      insertRows(sheet, index, [
        totalRow(sheet, ctx, ctx.random.pick(words.goal).replace("{n}", String(n + 1))),
      ]);
      count++;
    });
    const last = lastTableRow(sheet);
    insertRows(sheet, last + 1, [totalRow(sheet, ctx, ctx.random.pick(words.grand))]);
    count++;
  }
  ctx.applied.push(`totals:${count}`);
}

function lastTableRow(sheet: ModelSheet): number {
  let last = -1;
  sheet.rows.forEach((r, i) => {
    if (isOriginal(r, "data") || r.tag.kind === "total" || isOriginal(r, "note")) last = i;
  });
  return last;
}

/** Notes under the table (and sometimes between goal blocks): "Примітка: …", "* …", "Забележка", "Note:". */
export function notes(model: PlanModel, ctx: VariantContext): void {
  const texts = NOTE_TEXTS[ctx.random.chance(0.7) ? ctx.planLanguage : ctx.labelLanguage];
  for (const sheet of model.sheets) {
    const make = (): ModelRow => {
      const text = ctx.random.pick(texts);
      const row = syntheticRow("note", text, [[sheet.columns[0] as ModelColumn, text]]);
      if (ctx.random.chance(0.5)) mergeAcross(sheet, row);
      return row;
    };
    const ends = ctx.blockEnds.get(sheet.name) ?? [];
    const middle = ends.length > 1 ? ends[ctx.random.int(ends.length - 1)] : undefined;
    if (middle !== undefined && ctx.random.chance(0.4)) {
      const index = sheet.rows.indexOf(middle) + 1;
      if (index > 0 && isSafeBoundary(sheet, index)) insertRows(sheet, index, [make()]);
    }
    insertRows(
      sheet,
      lastTableRow(sheet) + 1,
      ctx.random.chance(0.5) ? [make()] : [syntheticRow("blank", ""), make()],
    );
  }
  ctx.applied.push("notes");
}

/** Page numbers left between measures by a PDF conversion. */
export function pageNumbers(model: PlanModel, ctx: VariantContext): void {
  let page = 1;
  let count = 0;
  for (const sheet of model.sheets) {
    const candidates = sheet.rows
      .map((_, i) => i)
      .filter(
        (i) =>
          i > 0 &&
          isOriginal(sheet.rows[i - 1] as ModelRow, "data") &&
          isOriginal(sheet.rows[i] as ModelRow, "data"),
      )
      .filter((i) => isSafeBoundary(sheet, i));
    const chosen = ctx.random
      .shuffle(candidates)
      .slice(0, 1 + ctx.random.int(2))
      .sort((a, b) => b - a);
    for (const index of chosen) {
      const template = ctx.random.pick(PAGE_TEXTS);
      const text = template.replace("{n}", String(++page)).replace("{m}", String(page + 3));
      const column = ctx.random.chance(0.5)
        ? (sheet.columns[Math.floor(sheet.columns.length / 2)] as ModelColumn)
        : (sheet.columns[sheet.columns.length - 1] as ModelColumn);
      const value: CellValue = template === "{n}" && ctx.random.chance(0.5) ? page : text;
      insertRows(sheet, index, [syntheticRow("page-number", text, [[column, value]])]);
      count++;
    }
  }
  ctx.applied.push(`page-numbers:${count}`);
}

/** A signature block under the table: position, signature line, name. */
export function signature(model: PlanModel, ctx: VariantContext): void {
  const block = ctx.random.pick(
    SIGNATURE_BLOCKS[ctx.random.chance(0.7) ? ctx.planLanguage : ctx.labelLanguage],
  );
  for (const sheet of model.sheets) {
    const rows = block.map((cells) =>
      syntheticRow(
        "signature",
        cells.filter((c) => c !== "").join(" "),
        cells.flatMap((text, i): [ModelColumn, CellValue][] => {
          const column = sheet.columns[Math.min(i, sheet.columns.length - 1)];
          return text === "" || column === undefined ? [] : [[column, text]];
        }),
      ),
    );
    sheet.rows.push(syntheticRow("blank", ""), ...rows);
  }
  ctx.applied.push("signature");
}
