// What every end-to-end test does around the page: Office.js from the @microsoft/office-js package instead
// of Microsoft's CDN (no network here, and tests must not depend on it), every other request that would
// leave the machine refused and recorded, and page errors and CSP violations collected.
import type { Page } from "@playwright/test";
import { existsSync } from "node:fs";
import { join, normalize } from "node:path";

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_PACKAGE = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");

export type OfficeJs = "package" | "unreachable" | "silent" | "old-excel";

export type PaneTraffic = {
  /** Files the page loaded from the test server. */
  readonly served: string[];
  /** Requests to anywhere but the test server and the (substituted) Office.js CDN. */
  readonly leaked: string[];
  /** Files of the Office.js CDN the page asked for. */
  readonly officeFiles: string[];
  readonly pageErrors: string[];
};

/** Office.js that loads but never answers, as when its helper files are blocked by a firewall. */
const SILENT_OFFICE = "window.Office = { onReady: function () { return new Promise(function () {}); } };";

/** Office.js inside a Bulgarian Excel that has none of the API sets the add-in needs (and no `Excel` API). */
const OLD_EXCEL = `window.Office = {
  onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
  context: { displayLanguage: "bg-BG", requirements: { isSetSupported: function () { return false; } } }
};`;

export async function harness(page: Page, officeJs: OfficeJs = "package"): Promise<PaneTraffic> {
  const traffic: PaneTraffic = { served: [], leaked: [], officeFiles: [], pageErrors: [] };
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith("http://127.0.0.1:")) {
      traffic.served.push(new URL(url).pathname);
      return route.continue();
    }
    if (url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const path = new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length);
      traffic.officeFiles.push(path);
      if (officeJs === "unreachable") return route.abort("namenotresolved");
      if (officeJs === "silent")
        return route.fulfill({ contentType: "text/javascript", body: SILENT_OFFICE });
      if (officeJs === "old-excel") return route.fulfill({ contentType: "text/javascript", body: OLD_EXCEL });
      const file = normalize(join(OFFICE_PACKAGE, path));
      if (!file.startsWith(OFFICE_PACKAGE) || !existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ path: file, contentType: "text/javascript" });
    }
    traffic.leaked.push(url);
    return route.abort("blockedbyclient");
  });
  await page.addInitScript(() => {
    const violations: { directive: string; blocked: string }[] = [];
    (window as unknown as { cspViolations: typeof violations }).cspViolations = violations;
    document.addEventListener("securitypolicyviolation", (event) =>
      violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
  page.on("pageerror", (error) => traffic.pageErrors.push(error.message));
  return traffic;
}

/**
 * The CSP violations of the page: none are expected. (Office.js outside Office used to try to frame
 * Microsoft's telemetry page; the pane now stops it, see src/taskpane/platform/quietOfficeTelemetry.ts.)
 */
export async function ownViolations(page: Page): Promise<{ directive: string; blocked: string }[]> {
  return page.evaluate(
    () => (window as unknown as { cspViolations: { directive: string; blocked: string }[] }).cspViolations,
  );
}
