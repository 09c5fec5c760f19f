// Inside Excel the pane loads the Excel adapter (and not the xlsx reader) and speaks Office's language. A real
// Excel cannot run here; an Office.js stand-in reports a Bulgarian Excel without the API sets the add-in needs,
// which the built pane must explain instead of failing silently.
import { expect, test } from "@playwright/test";
import { t } from "../../src/i18n/translate";
import { harness } from "./paneHarness";

test("inside an Excel too old for the add-in, says so in Office's language", async ({ page }) => {
  const traffic = await harness(page, "old-excel");
  await page.goto("taskpane.html");
  await expect(page.getByText(t("bg", "excel.error.api-missing"))).toBeVisible();
  await expect(page.getByRole("heading", { name: t("bg", "pane.standalone.title") })).toHaveCount(0);
  expect(traffic.served.some((path) => /\/excel\.[0-9a-f]+\.js$/.test(path))).toBe(true);
  expect(traffic.served.filter((path) => /xlsx/.test(path))).toEqual([]);
  expect(traffic.pageErrors).toEqual([]);
  expect(traffic.leaked).toEqual([]);
});
