import { readFileSync } from "node:fs";
import { cannotRead, readFailureOf } from "../../src/cli/readFailure";
import { t } from "../../src/i18n/translate";
import { WorkbookReadError } from "../../src/xlsx/readNamedWorkbookAsync";

describe("readFailureOf / cannotRead", () => {
  it("keeps the reader's problem as a code, worded in the receiver's language", () => {
    const failure = readFailureOf(new WorkbookReadError("encrypted", "The workbook is protected (English)."));
    expect(failure).toEqual({ problem: "encrypted" });
    // what crosses a thread is plain data
    expect(structuredClone(failure)).toEqual(failure);
    expect(cannotRead("a.xlsx", failure!, "bg").message).toBe(
      t("bg", "cli.error.cannotRead", { file: "a.xlsx", reason: t("bg", "read.encrypted") }),
    );
    expect(cannotRead("-", failure!, "uk").message).toBe(
      t("uk", "cli.error.cannotRead", { file: t("uk", "cli.stdin"), reason: t("uk", "read.encrypted") }),
    );
  });

  it("keeps the system's words when the file itself cannot be read", () => {
    let error: unknown;
    try {
      readFileSync("/no/such/folder/plan.xlsx");
    } catch (caught) {
      error = caught;
    }
    const failure = readFailureOf(error);
    expect(failure).toEqual({ problem: "system", reason: (error as Error).message });
    expect(cannotRead("plan.xlsx", failure!, "uk").message).toBe(
      t("uk", "cli.error.cannotRead", { file: "plan.xlsx", reason: (error as Error).message }),
    );
  });

  it("is null for a bug, which is not the user's to fix", () => {
    expect(readFailureOf(new TypeError("x is undefined"))).toBeNull();
    expect(readFailureOf("text")).toBeNull();
  });
});
