// The pane must start in its browser mode whatever happens to Office.js: served (outside Office it says
// "no host"), unreachable (offline, blocked), or loaded but silent (its helper files blocked).
import { expect, test } from "@playwright/test";
import { t } from "../../src/i18n/translate";
import { OFFICE_TIMEOUT_MS } from "../../src/taskpane/platform/PaneEnvironment";
import { harness, type OfficeJs } from "./paneHarness";

const cases: { officeJs: OfficeJs; within: number; files: string[] }[] = [
  { officeJs: "package", within: OFFICE_TIMEOUT_MS, files: ["office.js", "o15apptofilemappingtable.js"] },
  { officeJs: "unreachable", within: OFFICE_TIMEOUT_MS, files: ["office.js"] },
  { officeJs: "silent", within: OFFICE_TIMEOUT_MS + 5_000, files: ["office.js"] },
];

for (const { officeJs, within, files } of cases) {
  test(`starts in the browser mode when Office.js is ${officeJs}`, async ({ page }) => {
    const traffic = await harness(page, officeJs);
    const started = Date.now();
    await page.goto("taskpane.html");
    const opener = page.getByRole("heading", { name: t("en", "pane.standalone.title") });
    await expect(opener).toBeVisible({ timeout: within });
    if (officeJs !== "silent") expect(Date.now() - started).toBeLessThan(OFFICE_TIMEOUT_MS);
    await expect(page.getByRole("button", { name: t("en", "pane.standalone.open") })).toBeEnabled();
    expect(traffic.officeFiles).toEqual(files);
    expect(traffic.pageErrors).toEqual([]);
    expect(traffic.leaked).toEqual([]);
  });
}
