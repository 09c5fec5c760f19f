import { sheetNameProblem, uniqueSheetName, uniqueSheetNames } from "../../../src/engine";

describe("sheet names made valid for Excel", () => {
  it("keeps a valid name as it is", () => {
    expect(uniqueSheetName("План заходів", [])).toBe("План заходів");
    expect(uniqueSheetName("Plan (2024)", ["Other"])).toBe("Plan (2024)");
  });

  it.each([
    ["План заходів з реалізації Стратегії на 2024-2025 роки", "План заходів з реалізації Страт"],
    ["План [1]/2: a?*", "План 1 2 a"],
    ["'Звіт'", "Звіт"],
    ["a\u001b[2Jb\u0000", "a 2Jb"],
    ["", "Sheet"],
    ["   ", "Sheet"],
    ["History", "Sheet"],
    ["///", "Sheet"],
    ["😀".repeat(20), "😀".repeat(15)],
  ])("%j becomes %j", (wanted, expected) => {
    const name = uniqueSheetName(wanted, []);
    expect(name).toBe(expected);
    expect(sheetNameProblem(name)).toBeNull();
  });

  it("never reuses a name, without regard to case, and keeps the suffix within 31 characters", () => {
    expect(uniqueSheetName("PlanCheck", ["plancheck"])).toBe("PlanCheck (2)");
    expect(uniqueSheetName("PlanCheck", ["PLANCHECK", "PlanCheck (2)"])).toBe("PlanCheck (3)");
    const long = "Д".repeat(40);
    const names = uniqueSheetNames([long, long, long.toLowerCase()], []);
    expect(names).toEqual(["Д".repeat(31), `${"Д".repeat(27)} (2)`, `${"д".repeat(27)} (3)`]);
    for (const name of names) expect(sheetNameProblem(name)).toBeNull();
  });

  it("gives every one of many clashing names a distinct valid name", () => {
    const wanted = Array.from({ length: 120 }, () => "Аркуш: зауваження / PlanCheck / 2024");
    const names = uniqueSheetNames(wanted, ["Аркуш  зауваження   PlanCheck"]);
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(120);
    for (const name of names) expect(sheetNameProblem(name)).toBeNull();
  });
});
