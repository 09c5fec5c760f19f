// The built pane in a plain browser tab (no Excel): open a fixture plan, see its findings, filter them,
// go to one, and download an annotated copy that is then read back and checked.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { read, utils } from "@e965/xlsx";
import { readFileSync } from "node:fs";
import { t } from "../../src/i18n/translate";
import { issueAnnotations } from "../../src/report/issueAnnotations";
import { OoxmlPackage } from "../../src/xlsx/annotate/OoxmlPackage";
import { workbookParts } from "../../src/xlsx/annotate/workbookParts";
import { FILL_RGB } from "../../src/xlsx/ooxml/styleTraits";
import { nulSheetBomb } from "../helpers/hostileWorkbooks";
import { cellStyle } from "../xlsx/helpers/xmlChecks";
import { harness, ownViolations } from "./paneHarness";
import { checkedPlan, PLAN_FILES } from "./planFixtures";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);
const severityLabel = (severity: "error" | "warning" | "info", count: number): string =>
  en("pane.filter.severity", { label: en(`pane.severity.${severity}`), count });

/**
 * The findings list holds `count` findings. It draws only those in view, each saying its place in the whole
 * (aria-posinset of aria-setsize), so the size is read there and the drawn rows must be the first ones.
 */
async function expectListed(list: Locator, count: number) {
  const items = list.getByRole("listitem");
  await expect(items.first()).toHaveAttribute("aria-setsize", String(count));
  const drawn = await items.count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThanOrEqual(count);
  for (let i = 0; i < drawn; i++) {
    await expect(items.nth(i)).toHaveAttribute("aria-setsize", String(count));
    await expect(items.nth(i)).toHaveAttribute("aria-posinset", String(i + 1));
  }
  // the last finding is there too: End on the list reaches it
  await list.locator("li [data-roving]").first().focus();
  await list.page().keyboard.press("End");
  await expect
    .poll(() =>
      list
        .page()
        .evaluate(() => document.activeElement?.closest("li")?.getAttribute("aria-posinset") ?? null),
    )
    .toBe(String(count));
  await list.page().keyboard.press("Home");
}

async function openPlan(page: Page, file: string) {
  await page.goto("taskpane.html");
  await expect(page.getByRole("heading", { name: en("pane.standalone.title") })).toBeVisible();
  await page.getByLabel(en("pane.standalone.open")).setInputFiles(checkedPlan(file).path);
  return page.getByRole("region", { name: en("pane.summary.label") });
}

for (const file of PLAN_FILES) {
  test(`shows the measures and findings the engine finds in ${file}`, async ({ page }) => {
    const traffic = await harness(page);
    const expected = checkedPlan(file);
    const summary = await openPlan(page, file);
    await expect(summary).toContainText(en("pane.summary.measures", { count: expected.measures }));
    for (const severity of ["error", "warning", "info"] as const)
      await expect(
        summary.getByText(severityLabel(severity, expected.result.counts[severity])),
      ).toBeVisible();
    const list = page.getByRole("region", { name: en("pane.list.label") });
    await expectListed(list, expected.listed.length);
    expect(traffic.leaked).toEqual([]);
    expect(traffic.pageErrors).toEqual([]);
    expect(await ownViolations(page)).toEqual([]);
  });
}

test("opens a workbook dropped on the pane", async ({ page }) => {
  await harness(page);
  const expected = checkedPlan(PLAN_FILES[2]!);
  await page.goto("taskpane.html");
  const opener = page.getByRole("region", { name: en("pane.standalone.title") });
  const transfer = await page.evaluateHandle(
    ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name));
      return data;
    },
    { base64: Buffer.from(expected.bytes).toString("base64"), name: PLAN_FILES[2]! },
  );
  await opener.dispatchEvent("dragenter", { dataTransfer: transfer });
  await opener.dispatchEvent("dragover", { dataTransfer: transfer });
  await opener.dispatchEvent("drop", { dataTransfer: transfer });
  const summary = page.getByRole("region", { name: en("pane.summary.label") });
  await expect(summary).toContainText(en("pane.summary.measures", { count: expected.measures }));
  await expect(summary).toContainText(en("pane.summary.file", { name: PLAN_FILES[2]! }));
});

test("filters by severity and rule, and marks the finding it went to", async ({ page }) => {
  await harness(page);
  const { listed } = checkedPlan(PLAN_FILES[1]!);
  await openPlan(page, PLAN_FILES[1]!);
  const list = page.getByRole("region", { name: en("pane.list.label") });
  await expectListed(list, listed.length);

  const errors = listed.filter((i) => i.severity === "error").length;
  const warnings = page.getByRole("button", { name: severityLabel("warning", listed.length - errors) });
  await warnings.click();
  await expect(warnings).toHaveAttribute("aria-pressed", "false");
  await expectListed(list, errors);
  await warnings.click();

  const rule = listed.find((i) => i.severity === "warning")!.code;
  await page.getByRole("combobox", { name: en("pane.filter.rule") }).selectOption(rule);
  await expectListed(list, listed.filter((i) => i.code === rule).length);
  const first = list.getByRole("button").first();
  await expect(first).toContainText(en(`pane.rule.${rule}`));
  await first.click();
  await expect(first).toHaveAttribute("aria-current", "true");
});

test("downloads an annotated copy: every finding listed, problem cells noted and filled, data kept", async ({
  page,
}) => {
  const traffic = await harness(page);
  const file = PLAN_FILES[1]!;
  const expected = checkedPlan(file);
  await openPlan(page, file);
  await expect(page.getByRole("region", { name: en("pane.list.label") })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: en("pane.toolbar.download") }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    `${en("pane.download.fileName", { name: file.replace(/\.xlsx$/, "") })}.xlsx`,
  );
  const bytes = new Uint8Array(readFileSync(await download.path()));
  const copy = read(bytes, { type: "array" });
  const original = read(expected.bytes, { type: "array" });

  const sheetName = en("annotate.sheetName");
  expect(copy.SheetNames).toEqual([...original.SheetNames, sheetName]);
  const rows = utils.sheet_to_json<unknown[]>(copy.Sheets[sheetName]!, { header: 1 });
  expect(rows.slice(1).map((row) => row[3])).toEqual(expected.result.issues.map((issue) => issue.code));

  const { marks } = issueAnnotations(expected.result.issues, "en");
  expect(marks.length).toBeGreaterThan(0);
  const pkg = OoxmlPackage.open(bytes);
  const parts = workbookParts(pkg);
  const styles = pkg.requireText(parts.stylesPath!);
  for (const mark of marks) {
    const address = utils.encode_cell({ r: mark.rowIndex, c: mark.colIndex });
    const cell = copy.Sheets[mark.sheet]![address];
    expect(cell?.c?.map((comment: { t?: string }) => comment.t).join("\n"), address).toContain(
      mark.note.split("\n")[0],
    );
    const sheetXml = pkg.requireText(parts.sheets.find((entry) => entry.name === mark.sheet)!.path);
    expect(cellStyle(sheetXml, styles, address).fillRgb, address).toBe(FILL_RGB[mark.severity]);
  }
  for (const name of original.SheetNames) {
    expect(utils.sheet_to_json(copy.Sheets[name]!, { header: 1 })).toEqual(
      utils.sheet_to_json(original.Sheets[name]!, { header: 1 }),
    );
  }
  expect(traffic.leaked).toEqual([]);
});

test("a 2 GB zip bomb is refused in the reading worker with a message; the tab stays alive and opens a plan", async ({
  page,
}) => {
  const traffic = await harness(page);
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto("taskpane.html");
  await page.getByLabel(en("pane.standalone.open")).setInputFiles({
    name: "bomb.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(nulSheetBomb()),
  });
  await expect(page.getByText(en("pane.error.file.too-large"))).toBeVisible();
  await expect(
    page.getByText(
      en("pane.error.detail", {
        detail: en("read.limit.partBytes", { part: "xl/worksheets/sheet1.xml", value: 256 }),
      }),
    ),
  ).toBeVisible();
  // read off the main thread: in the check worker, which reads and checks a plan
  expect(workers.some((url) => /plancheck-(check|read)/.test(url))).toBe(true);
  const expected = checkedPlan(PLAN_FILES[0]!);
  await page.getByLabel(en("pane.standalone.open")).setInputFiles(expected.path);
  await expect(page.getByRole("region", { name: en("pane.summary.label") })).toContainText(
    en("pane.summary.measures", { count: expected.measures }),
  );
  expect(traffic.pageErrors).toEqual([]);
  expect(await ownViolations(page)).toEqual([]);
});
