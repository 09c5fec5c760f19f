// Excel's task pane is about 320 px wide: the pane must fit without sideways scrolling in every language,
// with the pinned fallback font (DejaVu Sans, the widest common one; see pinnedFonts.ts), and work from the
// keyboard. The screenshot in docs/pane.png comes from here (PLANCHECK_UPDATE_DOCS=1 npm run test:e2e).
import { expect, test, type Page } from "@playwright/test";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "../../src/i18n/Locale";
import { t } from "../../src/i18n/translate";
import { harness } from "./paneHarness";
import { expectPinnedFont } from "./pinnedFonts";
import { checkedPlan, PLAN_FILES } from "./planFixtures";

type Key = Parameters<typeof t>[1];
const TABS: readonly Key[] = ["pane.tabs.issues", "pane.tabs.settings", "pane.tabs.reports"];
const LANGUAGES: readonly { locale: Locale; tag: string; plan: string }[] = [
  { locale: "uk", tag: "uk-UA", plan: PLAN_FILES[1]! },
  { locale: "bg", tag: "bg-BG", plan: PLAN_FILES[2]! },
  { locale: "en", tag: "en-US", plan: PLAN_FILES[0]! },
];

const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Every element that reaches past the pane's right edge (tag and text), none expected. */
const outside = (page: Page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((element) => `${element.tagName} ${(element.textContent ?? "").slice(0, 40)}`),
  );

async function openPlan(page: Page, locale: Locale, plan: string) {
  await harness(page);
  await page.goto("taskpane.html");
  await page.getByLabel(t(locale, "pane.standalone.open")).setInputFiles(checkedPlan(plan).path);
  const list = page.getByRole("region", { name: t(locale, "pane.list.label") });
  await expect(list).toBeVisible();
  return list;
}

for (const { locale, tag, plan } of LANGUAGES) {
  test.describe(`at 320 px in ${tag}`, () => {
    test.use({ viewport: { width: 320, height: 900 }, locale: tag });

    test("every tab, the summary and the findings fit, drawn in the pinned font", async ({ page }) => {
      await openPlan(page, locale, plan);
      const tabs = page.getByRole("tablist");
      await expectPinnedFont(page, tabs.locator(".fui-Tab__content"));
      for (const key of TABS) {
        const tab = tabs.getByRole("tab", { name: t(locale, key) });
        await expect(tab).toBeVisible();
        const box = await tab.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(320);
      }
      await expect(tabs.getByRole("button", { name: t(locale, "pane.tabs.more") })).toHaveCount(0);
      expect(await outside(page)).toEqual([]);
      expect(await fits(page)).toBe(true);
      for (const key of TABS.slice(1)) {
        await tabs.getByRole("tab", { name: t(locale, key) }).click();
        expect(await outside(page)).toEqual([]);
      }
    });
  });
}

test.describe("in a pane narrower than the tabs", () => {
  test.use({ viewport: { width: 250, height: 900 }, locale: "uk-UA" });

  test("tabs that do not fit move into a menu, and the menu opens them", async ({ page }) => {
    await openPlan(page, "uk", PLAN_FILES[1]!);
    const tabs = page.getByRole("tablist");
    const more = tabs.getByRole("button", { name: t("uk", "pane.tabs.more") });
    await expect(more).toBeVisible();
    await expect(tabs.getByRole("tab", { name: t("uk", "pane.tabs.reports") })).toBeHidden();
    expect(await fits(page)).toBe(true);
    await more.click();
    await page.getByRole("menuitem", { name: t("uk", "pane.tabs.reports") }).click();
    // the chosen tab is selected and shown in the bar; another one gives way
    const reports = tabs.getByRole("tab", { name: t("uk", "pane.tabs.reports") });
    await expect(reports).toBeVisible();
    await expect(reports).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("button", { name: t("uk", "pane.reports.templates") })).toBeVisible();
    expect(await fits(page)).toBe(true);
  });
});

test.describe("at 320 px, from the keyboard", () => {
  test.use({ viewport: { width: 320, height: 900 }, locale: "uk-UA" });

  test("is usable from the keyboard", async ({ page }) => {
    const uk = (key: Key, params?: Parameters<typeof t>[2]): string => t("uk", key, params);
    const list = await openPlan(page, "uk", PLAN_FILES[1]!);
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
    expect(await fits(page)).toBe(true);
  });
});
