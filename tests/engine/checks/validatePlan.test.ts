import { validatePlan } from "../../../src/engine/checks/validatePlan";
import { settings, ukPlan } from "../../helpers/plans";

const incomplete = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    `${i + 1}.`,
    `Захід ${i + 1}`,
    null,
    "2024",
    "відповідне забезпечення",
    "бюджет",
  ]);

describe("validatePlan", () => {
  it("returns an explicit ok result for a plan without problems", () => {
    const result = validatePlan(
      ukPlan([["1.", "Навчання", "Відділ освіти", "2024", "кількість осіб", "бюджет"]]),
    );
    expect(result).toMatchObject({
      status: "ok",
      truncated: false,
      counts: { error: 0, warning: 0, info: 0 },
    });
    expect(result.issues).toEqual([]);
  });

  it("caps the list, keeps errors first, counts everything and says the limit was reached", () => {
    const result = validatePlan(ukPlan(incomplete(30)), settings({ maxIssues: 10 }));
    expect(result.counts).toEqual({ error: 30, warning: 30, info: 0 });
    const listed = result.issues.filter((issue) => issue.code !== "limit-reached");
    expect(new Set(listed.map((issue) => issue.code))).toEqual(new Set(["missing-responsible"]));
    // the per-rule totals count what the cap left out too
    expect(result.byCode).toEqual({ "missing-responsible": 30, "vague-indicator": 30 });
    expect(result.truncated).toBe(true);
    expect(result.issues).toHaveLength(11);
    expect(result.issues.slice(0, 10).every((issue) => issue.severity === "error")).toBe(true);
    expect(result.issues[10]).toMatchObject({ code: "limit-reached", params: { limit: 10, total: 60 } });
  });

  it("applies per-rule severity overrides and turns rules off", () => {
    const result = validatePlan(
      ukPlan(incomplete(2)),
      settings({ rules: { "missing-responsible": "warning", "vague-indicator": "off" } }),
    );
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ["missing-responsible", "warning"],
      ["missing-responsible", "warning"],
    ]);
    expect(result.status).toBe("warnings");
  });

  it("lists findings in sheet, row and column order", () => {
    const result = validatePlan(ukPlan(incomplete(3)));
    const rows = result.issues.map((i) => [i.row, i.colIndex]);
    expect(rows).toEqual([...rows].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)));
  });
});
