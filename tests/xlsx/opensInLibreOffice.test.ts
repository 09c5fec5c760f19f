import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/engine/text/cellText";
import { annotateWorkbook, type WorkbookAnnotations } from "../../src/xlsx/annotateWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { planFixtures, readBytes } from "./helpers/fixtures";
import { readFods, type FodsDocument } from "./helpers/fodsGrid";
import { FORMULA_LIKE, sampleSpec, STATUSES } from "./helpers/sampleSpec";

/** LibreOffice's first start builds a profile; on a busy two-core CI machine that alone can take a minute. */
const SOFFICE_TIMEOUT_MS = 240_000;

/**
 * Opens what we write in a real spreadsheet application: LibreOffice converts every annotated plan and a
 * written workbook to flat ODS in one headless run, and the result must show our values, fills, notes,
 * links and sheet settings. Fails (does not skip) without `soffice`: CI installs LibreOffice.
 */
jest.setTimeout(60_000);

const plans = planFixtures();
const work = mkdtempSync(join(tmpdir(), "plancheck-lo-"));
const converted = new Map<string, FodsDocument>();

function annotationsFor(sheet: string): WorkbookAnnotations {
  return {
    author: "PlanCheck",
    marks: [
      { sheet, rowIndex: 0, colIndex: 0, severity: "error", note: "Помилка: немає відповідальних" },
      { sheet, rowIndex: 0, colIndex: 0, severity: "warning", note: "і ще одне" },
      { sheet, rowIndex: 2, colIndex: 12, severity: "warning", note: "Клітинка поза таблицею" },
    ],
    issuesSheet: {
      name: "Зауваження",
      columns: ["Рівень", "Клітинка", "Опис"],
      rows: FORMULA_LIKE.map((text) => ({
        cells: ["помилка", "A1", text],
        link: { sheet, rowIndex: 0, colIndex: 0, column: 1 },
      })),
    },
  };
}

beforeAll(() => {
  const files: string[] = [];
  for (const plan of plans) {
    const original = readBytes(plan.path);
    const first = readWorkbook(original).sheets[0]?.name ?? "";
    const file = join(work, plan.name);
    writeFileSync(file, annotateWorkbook(original, annotationsFor(first)));
    files.push(file);
  }
  files.push(join(work, "written.xlsx"));
  writeFileSync(join(work, "written.xlsx"), writeWorkbook(sampleSpec()));
  const profile = `file://${join(work, "profile")}`;
  const out = join(work, "out");
  convert([
    "--headless",
    "--norestore",
    `-env:UserInstallation=${profile}`,
    "--convert-to",
    "fods",
    "--outdir",
    out,
    ...files,
  ]);

  for (const file of files) {
    const fods = join(out, file.slice(work.length + 1).replace(/\.xlsx$/, ".fods"));
    if (existsSync(fods)) converted.set(file.slice(work.length + 1), readFods(readFileSync(fods, "utf8")));
  }
}, SOFFICE_TIMEOUT_MS + 10_000);

/** Runs soffice once for all files; a missing LibreOffice is an error with a clear message, not a skip. */
function convert(args: string[]): void {
  try {
    execFileSync("soffice", args, { timeout: SOFFICE_TIMEOUT_MS, stdio: "pipe" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(
        "soffice (LibreOffice) is not installed; install it with: apt-get install -y libreoffice-calc",
      );
    }
    throw error;
  }
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(plans)("LibreOffice opens the annotated $name", ({ name, path }) => {
  const original = readWorkbook(readBytes(path));

  it("with every original sheet and value, then the issues sheet", () => {
    const doc = converted.get(name);
    expect(doc?.sheets.map((s) => s.name)).toEqual([...original.sheets.map((s) => s.name), "Зауваження"]);
    original.sheets.forEach((sheet, i) => {
      sheet.cells.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value !== "string") return;
          const shown = doc?.sheets[i]?.cells[r]?.[c]?.text ?? "";
          expect([r, c, shown]).toEqual([r, c, cellText(value).replace(/\r\n?/g, "\n")]);
        }),
      );
    });
  });

  it("with the fill and the joined note on the marked cell", () => {
    const cell = converted.get(name)?.sheets[0]?.cells[0]?.[0];
    expect(cell?.background).toBe("#ffc7ce");
    expect(cell?.annotation).toContain("Помилка: немає відповідальних\nі ще одне");
    expect(converted.get(name)?.sheets[0]?.cells[2]?.[12]?.background).toBe("#ffeb9c");
  });

  it("with formula-like issue texts as plain text and links to the cell", () => {
    const issues = converted.get(name)?.sheets.at(-1);
    expect(issues?.cells[0]?.slice(0, 3).map((c) => c.text)).toEqual(["Рівень", "Клітинка", "Опис"]);
    expect(
      issues?.cells.slice(1, 1 + FORMULA_LIKE.length).map((row) => [row[2]?.text, row[2]?.type]),
    ).toEqual(FORMULA_LIKE.map((text) => [text, "string"]));
    expect(issues?.cells[1]?.[1]?.link).toBe(`#'${original.sheets[0]?.name}'.A1`);
  });
});

describe("LibreOffice opens a written workbook", () => {
  it("with its values, hidden sheets, protection, validation list, table and names", () => {
    const doc = converted.get("written.xlsx");
    expect(doc?.sheets.map((s) => [s.name, s.hidden, s.protected])).toEqual([
      ["Звіт", false, true],
      ["Списки", true, false],
      ["_meta", true, false],
      ["Дані", false, false],
    ]);
    const report = doc?.sheets[0]?.cells ?? [];
    expect(report[2]?.slice(0, 7).map((c) => c.text)).toEqual([
      "№",
      "Захід",
      "Відповідальні",
      "Строк",
      "Статус",
      "Значення",
      "Примітка",
    ]);
    expect(report.slice(3, 3 + FORMULA_LIKE.length).map((row) => [row[2]?.text, row[2]?.type])).toEqual(
      FORMULA_LIKE.map((text) => [text, "string"]),
    );
    expect(report[3]?.[3]?.value).toBe("2024-12-31");
    expect(report[3]?.[4]?.background).toBe("#c6efce");
    expect(report[3]?.[1]?.annotation).toContain("Перевірте текст\nзаходу");
    expect(report[6]?.[5]?.value).toBe("1234.5");
    expect(doc?.validations).toEqual([
      `of:cell-content-is-in-list(${STATUSES.map((s) => `"${s}"`).join(";")})`,
    ]);
    expect(doc?.databaseRanges).toContain("Заходи");
    expect(doc?.namedRanges.sort()).toEqual(["План.Версія", "Статуси"]);
    expect(doc?.sheets[1]?.cells.slice(0, 4).map((row) => row[0]?.text)).toEqual(STATUSES);
  });
});
