import { GROUP_LABELS, HEADER_LABELS } from "../wordings/headerLabels";
import type { Language } from "../wordings/Language";
import { messyLabel } from "./messyLabel";
import {
  firstColumn,
  insertColumn,
  insertRows,
  isOriginal,
  syntheticRow,
  type ModelColumn,
  type ModelRow,
  type ModelSheet,
  type PlanModel,
} from "./PlanModel";
import type { VariantContext } from "./VariantContext";

export const isHeaderRow = (row: ModelRow): boolean => isOriginal(row, "header") || row.tag.kind === "header";

const columnsOfEverySheet = (model: PlanModel, id: string): ModelColumn[] =>
  model.sheets.flatMap((s) => s.columns.filter((c) => c.id === id));

/** Every role column gets a label from the variant's language (one wording per role, made messy now and then). */
export function relabel(model: PlanModel, ctx: VariantContext): void {
  const lang = ctx.labelLanguage;
  const chosen = new Map<string, string>();
  for (const sheet of model.sheets) {
    for (const column of sheet.columns) {
      if (column.role === null || column.role === "financing_year") continue;
      const role = column.role;
      const label =
        chosen.get(column.id) ??
        messyLabel(ctx.random.pick(HEADER_LABELS[role][lang]), role, lang, ctx.random);
      chosen.set(column.id, label);
      ctx.labels.set(column.id, label);
      for (const row of sheet.rows.filter(isHeaderRow)) {
        if (label === "") row.cells.delete(column);
        else row.cells.set(column, label);
      }
    }
  }
  ctx.applied.push(`labels:${lang}`);
}

/** Marks adjacent columns that a two-row header puts under one upper cell. */
export function groupColumns(model: PlanModel, ctx: VariantContext): void {
  const template = model.sheets[0];
  if (template === undefined) return;
  const adjacent = (roles: readonly string[]): ModelColumn[] | null => {
    const cols = roles.map((r) => template.columns.find((c) => c.role === r));
    if (cols.some((c) => c === undefined)) return null;
    const idx = cols.map((c) => template.columns.indexOf(c as ModelColumn));
    return idx.every((v, i) => i === 0 || v === (idx[i - 1] as number) + 1) ? (cols as ModelColumn[]) : null;
  };
  const financing = adjacent(["financing", "financing_amount"]);
  const indicator = adjacent(["indicator", "current_value", "target_value"]);
  const groups = [financing === null ? null : "financing", indicator === null ? null : "indicator"].filter(
    (g): g is string => g !== null,
  );
  if (groups.length === 0) return;
  const group = ctx.random.pick(groups);
  for (const column of (group === "financing" ? financing : indicator) ?? [])
    for (const same of columnsOfEverySheet(model, column.id)) same.group = group;
  ctx.applied.push(`grouped:${group}`);
}

/** The financing amount split into year sub-columns (plus sometimes a total), with amounts on measure rows. */
export function financingYears(model: PlanModel, ctx: VariantContext): void {
  const years: number[] = [];
  for (let y = ctx.period.start; y <= ctx.period.end && years.length < 4; y++) years.push(y);
  const withTotal = ctx.random.chance(0.4);
  for (const sheet of model.sheets) {
    const anchor = firstColumn(sheet, "financing_amount") ?? firstColumn(sheet, "financing");
    if (anchor === undefined) continue;
    const at = sheet.columns.indexOf(anchor) + 1;
    const added = [...(withTotal ? ["total"] : []), ...years.map(String)].map((id): ModelColumn => ({
      id: `y${id}`,
      role: "financing_year",
      group: "years",
    }));
    added.forEach((column, i) => insertColumn(sheet, at + i, column));
    for (const row of sheet.rows.filter((r) => isOriginal(r, "data"))) {
      for (const column of added) {
        const roll = ctx.random.next();
        if (roll < 0.6) row.cells.set(column, Math.round(ctx.random.next() * 5000) / 10);
        else if (roll < 0.8) row.cells.set(column, "-");
      }
    }
  }
  ctx.applied.push(`financing-by-year:${years.join("/")}${withTotal ? "+total" : ""}`);
}

/** A column the plan did not have: notes, mostly empty. */
export function notesColumn(model: PlanModel, ctx: VariantContext): void {
  for (const sheet of model.sheets) {
    const column: ModelColumn = { id: "notes", role: "notes", group: null };
    insertColumn(sheet, sheet.columns.length, column);
    for (const header of sheet.rows.filter(isHeaderRow))
      header.cells.set(column, pickFrom(ctx, HEADER_LABELS.notes));
    for (const row of sheet.rows.filter((r) => isOriginal(r, "data")))
      if (ctx.random.chance(0.15))
        row.cells.set(
          column,
          ctx.random.pick(["за згодою", "—", "див. примітку", "по съгласуване", "see note"]),
        );
  }
  ctx.applied.push("notes-column");
}

const pickFrom = (ctx: VariantContext, lists: Record<Language, readonly string[]>): string =>
  ctx.random.pick(lists[ctx.labelLanguage]);

/** Sub-labels under the upper cell of a group, in column order. */
function subLabels(ctx: VariantContext, group: string, columns: ModelColumn[]): string[] {
  const g = GROUP_LABELS;
  return columns.map((c) => {
    if (group === "financing")
      return pickFrom(ctx, c.role === "financing" ? g.financing.source : g.financing.amount);
    if (group === "indicator")
      return pickFrom(
        ctx,
        c.role === "indicator"
          ? g.indicator.name
          : c.role === "current_value"
            ? g.indicator.current
            : g.indicator.target,
      );
    if (c.id === "ytotal") return pickFrom(ctx, g.years.total);
    const year = c.id.slice(1);
    const forms: Record<Language, readonly string[]> = {
      uk: [year, `${year} р.`, `${year} рік`],
      ru: [year, `${year} г.`, `${year} год`],
      bg: [year, `${year} г.`, `${year} година`],
      en: [
        year,
        `Y${Number(year) - Number(columns.find((x) => x.id !== "ytotal")?.id.slice(1) ?? year) + 1} (${year})`,
      ],
    };
    return ctx.random.pick(forms[ctx.labelLanguage]);
  });
}

/**
 * Each header becomes two rows: grouped columns get an upper cell spanning their lower cells ("Financing:
 * source / amount", "Indicator: name / current / target", financing years); every other column's label is
 * merged down over both rows.
 */
export function twoRowHeaders(model: PlanModel, ctx: VariantContext): void {
  const uppers = new Map<string, string>();
  const subs = new Map<string, string[]>();
  const groupNames: string[] = [];
  for (const sheet of model.sheets) {
    for (const header of sheet.rows.filter(isHeaderRow)) {
      const upper = syntheticRow("header", "upper");
      insertRows(sheet, sheet.rows.indexOf(header), [upper]);
      const done = new Set<ModelColumn>();
      for (const column of sheet.columns) {
        if (done.has(column)) continue;
        if (column.group === null) {
          const label = header.cells.get(column);
          if (label !== undefined) upper.cells.set(column, label);
          header.cells.delete(column);
          sheet.merges.push({ top: upper, bottom: header, columns: new Set([column]) });
          continue;
        }
        const members = sheet.columns.filter((c) => c.group === column.group);
        members.forEach((c) => done.add(c));
        const group = column.group;
        if (!uppers.has(group)) {
          groupNames.push(group);
          const lists =
            group === "financing"
              ? GROUP_LABELS.financing.upper
              : group === "indicator"
                ? GROUP_LABELS.indicator.upper
                : GROUP_LABELS.years.upper;
          uppers.set(group, pickFrom(ctx, lists));
          subs.set(group, subLabels(ctx, group, members));
        }
        upper.cells.set(column, uppers.get(group) ?? "");
        sheet.merges.push({ top: upper, bottom: upper, columns: new Set(members) });
        members.forEach((c, i) => header.cells.set(c, subs.get(group)?.[i] ?? ""));
      }
    }
  }
  for (const [group, label] of uppers)
    ctx.labels.set(`group:${group}`, `${label} / ${(subs.get(group) ?? []).join(" / ")}`);
  ctx.applied.push(`two-row-header:${groupNames.join("+")}`);
}

/** A "1 2 3 …" row under every header block. */
export function columnNumberRows(model: PlanModel, ctx: VariantContext): void {
  const asText = ctx.random.chance(0.4);
  for (const sheet of model.sheets) {
    for (let i = sheet.rows.length - 1; i >= 0; i--) {
      const row = sheet.rows[i] as ModelRow;
      const next = sheet.rows[i + 1];
      if (!isHeaderRow(row) || (next !== undefined && isHeaderRow(next))) continue;
      const numbers = sheet.columns.map((c, n): [ModelColumn, string | number] => [
        c,
        asText ? String(n + 1) : n + 1,
      ]);
      insertRows(sheet, i + 1, [syntheticRow("column-numbers", "1 2 3 …", numbers)]);
    }
  }
  ctx.applied.push(`column-number-row${asText ? ":text" : ""}`);
}

export const sheetWidth = (sheet: ModelSheet): number => sheet.columns.length;
