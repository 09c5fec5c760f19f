import type { Plan, ValidationResult } from "../../../src/engine";
import type { PlanVariant } from "./generatePlanVariant";

// What a variant's check found wrong, one line each, worded so that a failure says its cause.

const at = (sheet: string | null, row: number | null): string => `${sheet ?? "?"}!${row ?? "?"}`;

function describeRow(variant: PlanVariant, sheet: string, row: number): string {
  const added = variant.synthetic.find((s) => s.sheet === sheet && s.row === row);
  if (added !== undefined) return `${added.kind} row «${added.text.replace(/\s+/g, " ").slice(0, 40)}»`;
  const measure = variant.measures.find((m) => m.sheet === sheet && m.row === row);
  return measure !== undefined ? `measure ${measure.id}` : "a fixture row that is no measure";
}

const labels = (variant: PlanVariant): string =>
  [...variant.labels].map(([column, label]) => `${column}=«${label.replace(/\n/g, "⏎")}»`).join(", ");

/** Every truth measure at its moved row, and no other measure. */
export function measureFindings(variant: PlanVariant, plan: Plan): string[] {
  const ours = plan.sheets.flatMap((s) => s.measures.map((m) => at(m.sheet, m.rowIndex + 1)));
  const wanted = new Map(variant.measures.map((m) => [at(m.sheet, m.row), m.id]));
  const missing = [...wanted]
    .filter(([place]) => !ours.includes(place))
    .map(([place, id]) => `measure ${id} not found at ${place}`);
  const extra = ours
    .filter((place) => !wanted.has(place))
    .map((place) => {
      const [sheet = "", row = ""] = place.split("!");
      return `extra measure at ${place}: ${describeRow(variant, sheet, Number(row))}`;
    });
  return [...missing, ...extra];
}

/** Exactly the truth's missing responsible bodies, deadlines and indicators are errors; nothing else is. */
export function errorFindings(variant: PlanVariant, result: ValidationResult): string[] {
  const wanted = new Set(
    variant.missing.map((m) => {
      const [place = "", field = ""] = m.split(":");
      return `missing-${field}@${place}`;
    }),
  );
  const errors = result.issues.filter((i) => i.severity === "error");
  const keys = errors.map((i) =>
    i.code === "missing-column" ? `missing-column:${i.field}` : `${i.code}@${at(i.sheet, i.row)}`,
  );
  const unexpected = errors.flatMap((issue, n) => {
    const key = keys[n] as string;
    if (wanted.has(key)) return [];
    if (issue.code === "missing-column")
      return [`unexpected missing-column for ${issue.field} (labels: ${labels(variant)})`];
    return [`unexpected ${key} on ${describeRow(variant, issue.sheet ?? "", issue.row ?? 0)}`];
  });
  const unflagged = [...wanted].filter((k) => !keys.includes(k)).map((k) => `not flagged: ${k}`);
  return [...new Set([...unexpected, ...unflagged])];
}

/** Every deadline normalises to the truth's {kind, start, end}. */
export function deadlineFindings(variant: PlanVariant, plan: Plan): string[] {
  const measures = plan.sheets.flatMap((s) => s.measures);
  return variant.measures.flatMap((m) => {
    const ours = measures.find((x) => x.sheet === m.sheet && x.rowIndex + 1 === m.row);
    if (ours === undefined) return [];
    const got =
      ours.deadline === null
        ? null
        : { kind: ours.deadline.kind, start: ours.deadline.start, end: ours.deadline.end };
    if (JSON.stringify(got) === JSON.stringify(m.deadline)) return [];
    const show = (d: { kind: string; start: string | null; end: string | null } | null): string =>
      d === null ? "null" : `${d.kind} ${d.start} … ${d.end}`;
    const raw = ours.deadline === null ? "" : JSON.stringify(ours.deadline.raw);
    const other =
      raw !== "" && raw !== m.deadlineCell && !m.deadlineCell.startsWith("Date")
        ? ` (from another cell: ${raw})`
        : "";
    return [`${m.id} deadline ${m.deadlineCell} read as ${show(got)}${other}, expected ${show(m.deadline)}`];
  });
}

/** Totals, notes, page numbers, signatures, titles, headers and column numbers never are (part of) a measure. */
export function addedRowFindings(variant: PlanVariant, plan: Plan): string[] {
  const measures = plan.sheets.flatMap((s) => s.measures);
  return variant.synthetic.flatMap((row) => {
    const place = at(row.sheet, row.row);
    const what = `${row.kind} row «${row.text.replace(/\s+/g, " ").slice(0, 40)}» at ${place}`;
    const r = row.row - 1;
    if (measures.some((m) => m.sheet === row.sheet && m.rowIndex === r)) return [`${what} read as a measure`];
    const holder = measures.find(
      (m) => m.sheet === row.sheet && (m.subRows.some((s) => s.rowIndex === r) || m.joinedRows.includes(r)),
    );
    return holder === undefined
      ? []
      : [`${what} joined to the measure at ${at(holder.sheet, holder.rowIndex + 1)}`];
  });
}

/** Numbers restarting under every goal are no duplicates and no gaps (the 000 fixture has neither). */
export function numberingFindings(variant: PlanVariant, result: ValidationResult): string[] {
  if (!variant.renumbered) return [];
  return result.issues
    .filter((i) => i.code === "duplicate-number" || i.code === "numbering-gap")
    .map((i) => `${i.code} at ${at(i.sheet, i.row)} although numbers restart per goal`);
}
