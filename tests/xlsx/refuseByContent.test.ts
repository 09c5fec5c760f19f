import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readNamedWorkbookAsync, WorkbookReadError } from "../../src/xlsx/readNamedWorkbookAsync";
import { PLANS_DIR } from "../helpers/fixtures";

const encode = (text: string) => new TextEncoder().encode(text);
const plan = new Uint8Array(readFileSync(join(PLANS_DIR, "001_hlukhiv_roma_plan_2024-2025.xlsx")));

async function problem(data: Uint8Array, name: string | null): Promise<string | null> {
  try {
    await readNamedWorkbookAsync(data, name);
    return null;
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.problem;
    throw error;
  }
}

describe("files are refused by what they hold, not by their name", () => {
  it("refuses text renamed to .xlsx, .xls or .ods, even when it has columns", async () => {
    const csv = encode("№;Захід;Відповідальні\n1;Навчання;УСЗН\n");
    for (const name of ["plan.xlsx", "PLAN.XLS", "plan.ods", "plan.xlsm"])
      expect(await problem(csv, name)).toBe("not-a-workbook");
  });

  it("refuses text without a single column separator (a letter, notes), whatever the name", async () => {
    const letter = encode("Шановні колеги!\nНадсилаємо план заходів\n\nЗ повагою\n");
    for (const name of ["plan.csv", "plan.txt", null])
      expect(await problem(letter, name)).toBe("not-a-workbook");
  });

  it("reads real tables: CSV with separators under any text name, and a workbook under any name", async () => {
    const csv = encode("№\tЗахід\tВідповідальні\n1\tНавчання\tУСЗН\n");
    for (const name of ["plan.csv", "plan.txt", null]) expect(await problem(csv, name)).toBeNull();
    for (const name of ["plan.xlsx", "plan.csv", "plan", null]) expect(await problem(plan, name)).toBeNull();
  });
});
