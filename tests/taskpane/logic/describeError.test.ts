/**
 * @jest-environment node
 */
import { HostError } from "../../../src/host/WorkbookHost";
import { t } from "../../../src/i18n/translate";
import { UnreadableFileError } from "../../../src/taskpane/platform/UnreadableFileError";
import { describeError } from "../../../src/taskpane/logic/describeError";
import { settingsProblems } from "../../../src/taskpane/logic/settingsProblems";
import { splitFileName } from "../../../src/taskpane/logic/splitFileName";
import { makeText } from "../../../src/taskpane/text/makeText";

const uk = makeText("uk");

describe("describeError", () => {
  it.each([
    {
      description: "an Office failure on a sheet",
      error: new HostError("protected", "AccessDenied", { sheet: "План" }),
      expected: {
        message: t("uk", "excel.error.protected"),
        detail: t("uk", "excel.error.sheet", { sheet: "План" }),
      },
    },
    {
      description: "an Office failure at a range",
      error: new HostError("too-large", "payload", { sheet: "План заходів", range: "A1:H900" }),
      expected: {
        message: t("uk", "excel.error.too-large"),
        detail: t("uk", "pane.error.detail", { detail: "'План заходів'!A1:H900" }),
      },
    },
    {
      description: "an unknown Office failure, with its own words",
      error: new HostError("unknown", "Excel: GeneralException: boom"),
      expected: {
        message: t("uk", "excel.error.unknown"),
        detail: t("uk", "pane.error.detail", { detail: "Excel: GeneralException: boom" }),
      },
    },
    {
      description: "a file that is not a workbook",
      error: new UnreadableFileError("not-a-workbook", "a Word document"),
      expected: { message: t("uk", "pane.error.file.not-a-workbook"), detail: null },
    },
    {
      description: "a bug",
      error: new TypeError("x is undefined"),
      expected: {
        message: t("uk", "pane.error.unknown"),
        detail: t("uk", "pane.error.detail", { detail: "x is undefined" }),
      },
    },
  ])("explains $description", ({ error, expected }) => {
    expect(describeError(error, uk)).toEqual(expected);
  });
});

describe("settingsProblems", () => {
  it("names the sections in the pane's language, once each", () => {
    const problems = [
      "planPeriod.startYear: Invalid input",
      "planPeriod: the period must not end before it starts",
      "maxIssues: Too small",
      "(settings): odd",
    ];
    expect(settingsProblems(problems, uk)).toBe(
      [t("uk", "pane.settings.period"), t("uk", "pane.settings.maxIssues"), "(settings): odd"].join("; "),
    );
  });
});

describe("splitFileName", () => {
  it.each([
    { name: "plan.xlsx", base: "plan", extension: ".xlsx" },
    { name: "план 2024.2025.xlsm", base: "план 2024.2025", extension: ".xlsm" },
    { name: "plan", base: "plan", extension: ".xlsx" },
    { name: ".hidden", base: ".hidden", extension: ".xlsx" },
  ])("splits $name", ({ name, base, extension }) => {
    expect(splitFileName(name)).toEqual({ base, extension });
  });
});
