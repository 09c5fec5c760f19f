// Issue 12 item 10: the Content-Security-Policy the built pane is served with admits what Office.js needs from
// its CDN (its scripts: office.js, the host's file, the locale strings, the telemetry scripts it keeps on the
// CDN; the CDN's error page, which it frames when a host is not trusted), and nothing else: outside Office the
// pane stops Office.js from framing Microsoft's telemetry page (see src/taskpane/platform/quietOfficeTelemetry.ts).
import { expect, test } from "@playwright/test";
import { t } from "../../src/i18n/translate";
import { harness, OFFICE_CDN, ownViolations } from "./paneHarness";

const en = (key: Parameters<typeof t>[1]): string => t("en", key);
const TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

test("the served CSP admits the Office.js CDN's scripts and frames and refuses other origins", async ({
  page,
}) => {
  await harness(page);
  await page.goto("taskpane.html");
  await expect(page.getByRole("heading", { name: en("pane.standalone.title") })).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain(`script-src 'self' ${new URL(OFFICE_CDN).origin}`);
  const tried = await page.evaluate(
    async ({ cdn, telemetry }) => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
      const script = (src: string) =>
        new Promise<void>((resolve) => {
          const el = document.createElement("script");
          el.src = src;
          el.onload = el.onerror = () => resolve();
          document.head.append(el);
        });
      const frame = (src: string) => {
        const el = document.createElement("iframe");
        el.src = src;
        el.style.display = "none";
        document.body.append(el);
      };
      await script(`${cdn}excel-web-16.00.js`);
      await script(`${cdn}uk-ua/office_strings.js`);
      await script(`${cdn}ariatelemetry/aria-web-telemetry.js`);
      frame(`${cdn}AgaveErrorUX/index.html#{}`);
      await new Promise((r) => setTimeout(r, 300));
      const admitted = [...violations];
      frame(telemetry);
      await script("https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js");
      await new Promise((r) => setTimeout(r, 300));
      return { admitted, refused: violations.slice(admitted.length) };
    },
    { cdn: OFFICE_CDN, telemetry: TELEMETRY },
  );
  expect(tried.admitted).toEqual([]);
  expect(tried.refused.sort()).toEqual([
    `frame-src ${new URL(TELEMETRY).origin}`,
    "script-src-elem https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js",
  ]);
});

test("outside Office, Office.js does not try to frame Microsoft's telemetry page", async ({ page }) => {
  const traffic = await harness(page);
  await page.goto("taskpane.html");
  await expect(page.getByRole("heading", { name: en("pane.standalone.title") })).toBeVisible();
  // Office.js's legacy logger would frame the telemetry page 3 s after its host file loaded.
  await page.waitForTimeout(4_000);
  expect(traffic.officeFiles.length).toBeGreaterThan(1);
  expect(await ownViolations(page)).toEqual([]);
  expect(await page.locator("iframe").count()).toBe(0);
});
