// Excel's task pane is about 320 px wide: the pane must fit without sideways scrolling, in Ukrainian (long
// words), and work from the keyboard. The screenshot in docs/pane.png comes from here
// (PLANCHECK_UPDATE_DOCS=1 npm run test:e2e).
import { expect, test } from "@playwright/test";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { t } from "../../src/i18n/translate";
import { harness } from "./paneHarness";
import { checkedPlan, PLAN_FILES } from "./planFixtures";

const uk = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("uk", key, params);

test.use({ viewport: { width: 320, height: 900 }, locale: "uk-UA" });

test("fits Excel's narrow pane and is usable from the keyboard", async ({ page }) => {
  await harness(page);
  await page.goto("taskpane.html");
  await page.getByLabel(uk("pane.standalone.open")).setInputFiles(checkedPlan(PLAN_FILES[1]!).path);
  const list = page.getByRole("region", { name: uk("pane.list.label") });
  await expect(list).toBeVisible();
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);

  const screenshot = test.info().outputPath("pane.png");
  await page.screenshot({ path: screenshot, animations: "disabled" });
  if (process.env.PLANCHECK_UPDATE_DOCS === "1")
    copyFileSync(screenshot, join(__dirname, "..", "..", "docs", "pane.png"));

  const check = page.getByRole("button", { name: uk("pane.toolbar.validate") });
  await check.focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: uk("pane.toolbar.clearMarks") })).toBeFocused();
  const first = list.getByRole("button").first();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(first).toHaveAttribute("aria-current", "true");

  await page.getByRole("tab", { name: uk("pane.tabs.settings") }).click();
  await expect(page.getByRole("combobox", { name: uk("pane.settings.language") })).toBeVisible();
  expect(await fits()).toBe(true);
});
