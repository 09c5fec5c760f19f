// Consolidation in the browser mode, end to end: plan 000 of the fixtures, its five returns imported at
// once, the preview checked against the expected consolidation of the fixtures, consolidated.xlsx
// downloaded and read back. A second run at Excel's pane width, in Ukrainian, makes the docs' screenshot.
import { expect, test, type Page } from "@playwright/test";
import { read, utils } from "@e965/xlsx";
import { strFromU8, unzipSync } from "fflate";
import { copyFileSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { t } from "../../src/i18n/translate";
import type { Locale } from "../../src/i18n/Locale";
import { HISTORY_SHEET } from "../../src/report";
import { expectPinnedFont } from "./pinnedFonts";
import { harness, ownViolations } from "./paneHarness";
import { PLANS_DIR } from "./planFixtures";

const RETURNS = join(__dirname, "..", "fixtures", "submissions", "000");
const RETURN_PATHS = readdirSync(RETURNS)
  .filter((file) => file.endsWith(".xlsx"))
  .map((file) => join(RETURNS, file));
const PLAN = join(PLANS_DIR, "000_luhansk_oblast_roma_plan_2022-2023.xlsx");

type Expected = {
  roster: { agency: string; name: string; file: string | null }[];
  measures: {
    measure_id: string;
    match_key: string;
    reported_agencies: string[];
    missing_agencies: string[];
  }[];
  unmatched_rows: unknown[];
  conflicts: { measure_id: string; agency: string }[];
  summary: { report_rows_matched: number };
};
const expected = JSON.parse(
  readFileSync(join(RETURNS, "expected_consolidation_000.json"), "utf8"),
) as Expected;

async function importReturns(page: Page, locale: Locale) {
  const text = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
  await page.goto("taskpane.html");
  await page.getByLabel(text("pane.standalone.open")).setInputFiles(PLAN);
  await expect(page.getByRole("region", { name: text("pane.summary.label") })).toBeVisible();
  await page.getByRole("tab", { name: text("pane.tabs.reports") }).click();
  await page.getByLabel(text("pane.returns.add")).setInputFiles(RETURN_PATHS);
  const preview = page.getByRole("region", { name: text("pane.preview.title") });
  await expect(preview).toBeVisible();
  // every return read: the returns' progress line is gone (the pane's live region, also a status, stays)
  const said = text("pane.returns.progress", { done: 7, total: 8 }).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const reading = new RegExp(said.replace("7", "\\d+").replace("8", "\\d+"));
  await expect(page.getByRole("status").filter({ hasText: reading })).toHaveCount(0);
  return preview;
}

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);

test("imports five returns, previews them as the fixtures expect, and downloads consolidated.xlsx", async ({
  page,
}) => {
  const traffic = await harness(page);
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  const preview = await importReturns(page, "en");
  const count = (key: "matched" | "conflicts" | "unmatched", value: number) =>
    preview.getByText(en("pane.preview.count", { label: en(`pane.preview.${key}`), count: value }));
  await expect(count("matched", expected.summary.report_rows_matched)).toBeVisible();
  await expect(count("conflicts", expected.conflicts.length)).toBeVisible();
  await expect(count("unmatched", expected.unmatched_rows.length)).toBeVisible();

  // every file attributed to the executor the fixtures say returned it
  for (const entry of expected.roster.filter((e) => e.file !== null)) {
    const item = page.getByRole("listitem", { name: entry.file! });
    await expect(item).toContainText(
      `${en("pane.file.executor", { name: entry.name, how: "" }).slice(0, -3)}`,
    );
  }

  // per executor: reported and missing as expected; "db" sent nothing
  await preview.getByRole("button", { name: en("pane.preview.byExecutor") }).click();
  for (const entry of expected.roster) {
    const reported = expected.measures.filter((m) => m.reported_agencies.includes(entry.agency)).length;
    const missing = expected.measures.filter((m) => m.missing_agencies.includes(entry.agency)).length;
    const row = preview.getByRole("listitem", { name: entry.name, exact: true });
    await expect(row).toContainText(
      en("pane.preview.executorCounts", { reported, expected: reported + missing }),
    );
    if (missing > 0)
      await expect(row).toContainText(
        en("pane.preview.count", { label: en("pane.preview.missing"), count: missing }),
      );
    if (entry.file === null) await expect(row).toContainText(en("pane.preview.noFile"));
  }
  expect(expected.roster.filter((e) => e.file === null).map((e) => e.agency)).toEqual(["db"]);

  // the conflict is on measure 15/2
  await preview.getByRole("button", { name: en("pane.preview.byMeasure") }).click();
  const conflicts = preview
    .getByRole("list", { name: en("pane.preview.byMeasure") })
    .getByRole("listitem")
    .filter({ hasText: en("pane.preview.conflict") });
  const key = expected.measures.find((m) => m.measure_id === expected.conflicts[0]!.measure_id)!.match_key;
  await expect(conflicts).toHaveCount(1);
  await expect(conflicts.first()).toContainText(`${key} ·`);

  await expect(page.getByText(en("pane.output.browserNote"))).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: en("pane.output.download") }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("consolidated.xlsx");
  const bytes = new Uint8Array(readFileSync(await download.path()));
  const book = read(bytes, { type: "array" });
  // the four sheets shown, then the hidden history of periods (kept for the next period's consolidation)
  expect(book.SheetNames).toEqual([
    en("consolidate.sheet.consolidated"),
    en("consolidate.sheet.completeness"),
    en("consolidate.sheet.problems"),
    en("consolidate.sheet.files"),
    HISTORY_SHEET,
  ]);
  expect(book.Workbook?.Sheets?.map((sheet) => (sheet.Hidden ?? 0) > 0)).toEqual([
    false,
    false,
    false,
    false,
    true,
  ]);
  const parts = unzipSync(bytes);
  const sheets = Object.keys(parts).filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
  expect(sheets).toHaveLength(5);
  for (const path of sheets) expect(strFromU8(parts[path]!), path).not.toMatch(/<f[\s>]/);
  const consolidated = book.Sheets[en("consolidate.sheet.consolidated")]!;
  const cells = Object.entries(consolidated).filter(([address]) => !address.startsWith("!"));
  const hyperlink = cells.find(([, cell]) => String((cell as { v?: unknown }).v).startsWith("=HYPERLINK("));
  expect(hyperlink?.[1]).toMatchObject({ t: "s", v: '=HYPERLINK("http://example.invalid","x")' });
  expect((hyperlink?.[1] as { f?: string }).f).toBeUndefined();
  const rows = utils.sheet_to_json<unknown[]>(consolidated, { header: 1 });
  expect(rows).toHaveLength(expected.measures.length + 1);

  expect(workers.some((url) => /plancheck-read/.test(url))).toBe(true);
  expect(traffic.leaked).toEqual([]);
  expect(traffic.pageErrors).toEqual([]);
  expect(await ownViolations(page)).toEqual([]);
});

test("takes returns dropped on the returns area, and the opened plan stays open", async ({ page }) => {
  await harness(page);
  await importReturns(page, "en");
  const area = page.getByRole("region", { name: en("pane.reports.returns") });
  const dropped = ["extra_a.xlsx", "extra_b.xlsx"];
  const transfer = await page.evaluateHandle(
    ({ base64, names }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      for (const name of names) data.items.add(new File([bytes], name));
      return data;
    },
    { base64: readFileSync(RETURN_PATHS[0]!).toString("base64"), names: dropped },
  );
  await area.dispatchEvent("dragenter", { dataTransfer: transfer });
  await area.dispatchEvent("dragover", { dataTransfer: transfer });
  await area.dispatchEvent("drop", { dataTransfer: transfer });
  await expect(page.getByRole("region", { name: en("pane.returns.files", { count: 7 }) })).toBeVisible();
  // the dropped files are copies of a return already read: taken, and counted once
  for (const name of dropped) {
    const card = page.getByRole("listitem", { name });
    await expect(card).toContainText(en("pane.file.by.duplicate"));
    await expect(card).toContainText(
      en("consolidate.problem.duplicate-return", { of: basename(RETURN_PATHS[0]!) }),
    );
  }
  await expect(page.getByRole("region", { name: en("pane.summary.label") })).toContainText(
    en("pane.summary.file", { name: "000_luhansk_oblast_roma_plan_2022-2023.xlsx" }),
  );
});

test.describe("at Excel's pane width, in Ukrainian", () => {
  test.use({ viewport: { width: 320, height: 900 }, locale: "uk-UA" });

  test("the import preview fits and works from the keyboard", async ({ page }) => {
    await harness(page);
    const uk = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string =>
      t("uk", key, params);
    const preview = await importReturns(page, "uk");
    await expectPinnedFont(page, page.getByRole("tablist").locator(".fui-Tab__content"));
    const byExecutor = preview.getByRole("button", { name: uk("pane.preview.byExecutor") });
    await byExecutor.focus();
    await page.keyboard.press("Enter");
    await expect(preview.getByRole("list", { name: uk("pane.preview.byExecutor") })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // the last return's status, then the preview
    const files = page.getByRole("region", {
      name: uk("pane.returns.files", { count: RETURN_PATHS.length }),
    });
    await files
      .getByRole("listitem")
      .last()
      .evaluate((item) => item.scrollIntoView({ block: "start" }));
    const screenshot = test.info().outputPath("import-preview.png");
    await page.screenshot({ path: screenshot, animations: "disabled" });
    if (process.env.PLANCHECK_UPDATE_DOCS === "1")
      copyFileSync(screenshot, join(__dirname, "..", "..", "docs", "import-preview.png"));

    // the executors' editors (a merge list of long names) and the templates fit too
    await page.getByRole("button", { name: /^Виконавці \(\d+\)$/ }).click();
    await page
      .getByRole("group", { name: uk("pane.roster.list") })
      .getByRole("button")
      .first()
      .click();
    await expect(page.getByRole("combobox", { name: uk("pane.roster.mergeLabel") })).toBeVisible();
    await page.getByRole("button", { name: uk("pane.reports.templates") }).click();
    await expect(page.getByRole("button", { name: /^Завантажити всі/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
