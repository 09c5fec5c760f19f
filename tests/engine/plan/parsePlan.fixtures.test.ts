import { validatePlan } from "../../../src/engine/checks/validatePlan";
import { parsePlan } from "../../../src/engine/plan/parsePlan";
import { readWorkbook } from "../../../src/xlsx/readWorkbook";
import { planFixtures } from "../../helpers/fixtures";

const REQUIRED = ["responsible", "deadline", "indicator"] as const;

describe.each(planFixtures())("parsePlan + validatePlan on $name", ({ truth, bytes }) => {
  const plan = parsePlan(readWorkbook(bytes));
  const result = validatePlan(plan);
  const measures = plan.sheets.flatMap((sheet) => sheet.measures);
  const at = (sheet: string, row: number) =>
    measures.find((m) => m.sheet === sheet && m.rowIndex + 1 === row);

  it("finds every truth measure at its sheet and row, and nothing else", () => {
    expect(measures.map((m) => `${m.sheet}!${m.rowIndex + 1}`)).toEqual(
      truth.measures.map((m) => `${m.sheet}!${m.row}`),
    );
  });

  it("flags exactly the truth's missing responsible bodies, deadlines and indicators", () => {
    const byId = new Map(truth.measures.map((m) => [m.id, m]));
    const expected = REQUIRED.flatMap((field) =>
      (truth.missing_fields[field] ?? []).map((id) => `${byId.get(id)?.sheet}!${byId.get(id)?.row}:${field}`),
    ).sort();
    const errors = result.issues.filter((issue) => issue.severity === "error");
    expect(errors.map((issue) => `${issue.sheet}!${issue.row}:${issue.field}`).sort()).toEqual(expected);
  });

  it("normalises every deadline as the truth says", () => {
    for (const truthMeasure of truth.measures) {
      const normalized = truthMeasure.fields.deadline?.normalized ?? null;
      const deadline = at(truthMeasure.sheet, truthMeasure.row)?.deadline ?? null;
      const ours =
        deadline === null ? null : { kind: deadline.kind, start: deadline.start, end: deadline.end };
      expect({ id: truthMeasure.id, deadline: ours }).toEqual({ id: truthMeasure.id, deadline: normalized });
    }
  });

  it("reads measure numbers and tasks into the truth's match keys", () => {
    const keys = truth.measures.map((m) => {
      const ours = at(m.sheet, m.row);
      const priority = /Приоритет (\d+)/.exec(m.sheet)?.[1];
      return priority === undefined ? ours?.key : `P${priority}/${ours?.key}`;
    });
    expect(keys).toEqual(truth.measures.map((m) => m.match_key));
  });

  it("keeps sub-rows with their measure", () => {
    for (const truthMeasure of truth.measures) {
      const subRows = (truthMeasure.sub_rows ?? []).map((row) => row.row);
      expect(at(truthMeasure.sheet, truthMeasure.row)?.subRows.map((row) => row.rowIndex + 1)).toEqual(
        subRows,
      );
    }
  });

  it("reports the truth's numbering and plan-period anomalies at their rows, and no others", () => {
    const kinds: Record<string, string> = {
      numbering_gap: "numbering-gap",
      duplicate_number: "duplicate-number",
      number_goal_mismatch: "number-goal-mismatch",
      deadline_outside_plan_period: "deadline-outside-period",
    };
    const expected = truth.anomalies
      .filter((a) => kinds[a.type] !== undefined)
      .map(
        (a) => `${kinds[a.type]}@${a.where.sheet}!${a.where.row ?? a.where.rows?.[a.where.rows.length - 1]}`,
      )
      .sort();
    const ours = result.issues
      .filter((issue) => Object.values(kinds).includes(issue.code))
      .map((issue) => `${issue.code}@${issue.sheet}!${issue.row}`)
      .sort();
    expect(ours).toEqual(expected);
  });

  it("reads the plan title and period from the title rows", () => {
    const years = /(\d{4})\s*-\s*(\d{4})/.exec(truth.workbook);
    expect(plan.period).toEqual({ startYear: Number(years?.[1]), endYear: Number(years?.[2]) });
    expect(plan.title?.replace(/\s+/g, " ")).toContain(truth.title.text.replace(/\s+/g, " ").slice(0, 40));
  });
});
