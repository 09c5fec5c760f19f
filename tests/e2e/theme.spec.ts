// The pane's theme in a real browser outside Office: it follows the system's colour scheme, as the page's
// media queries report it, and changes with it.
import { expect, test, type Page } from "@playwright/test";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { t } from "../../src/i18n/translate";
import { harness } from "./paneHarness";

const en = (key: Parameters<typeof t>[1]): string => t("en", key);

/** "#292929" as the browser computes it: "rgb(41, 41, 41)". */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

async function colours(page: Page) {
  const pane = page.locator(".fui-FluentProvider").first();
  return pane.evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, text: style.color };
  });
}

test("outside Office the pane follows the system's light or dark scheme, also when it changes", async ({
  page,
}) => {
  await harness(page, "unreachable");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("taskpane.html");
  await expect(page.getByRole("heading", { name: en("pane.standalone.title") })).toBeVisible();
  expect(await colours(page)).toEqual({
    background: rgb(webDarkTheme.colorNeutralBackground1),
    text: rgb(webDarkTheme.colorNeutralForeground1),
  });
  await page.emulateMedia({ colorScheme: "light" });
  await expect
    .poll(() => colours(page))
    .toEqual({
      background: rgb(webLightTheme.colorNeutralBackground1),
      text: rgb(webLightTheme.colorNeutralForeground1),
    });
});
