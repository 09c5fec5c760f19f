/**
 * Stops Office.js from framing Microsoft's telemetry page when the pane runs outside Office.
 *
 * What Office.js needs from the network is its CDN's origin (appsforoffice.microsoft.com): office.js, the
 * host's file, the locale strings, its telemetry scripts, and the CDN's error page it frames when a host is not
 * trusted. The page's Content-Security-Policy (webpack.config.js) admits exactly that. Outside Office (the
 * pane's browser mode) Office.js knows no host and loads its legacy desktop file (excel-win32-16.00.js), whose
 * logger frames https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html three
 * seconds later to post its logs to; the files of the current hosts (Excel on the web, Windows 16.01, Mac) have
 * a logger that does nothing. The frame is not needed — Microsoft calls its failing to load harmless
 * (OfficeDev/office-js-docs-pr#1125, office-js#696) — and admitting it would let a page that is working on a
 * government plan in a plain browser contact Microsoft's telemetry, against "nothing leaves the machine". So
 * the CSP keeps it out, and, once the pane knows it runs outside Office, this switches the legacy logger off so
 * that it does not try (the browser would report every attempt as a CSP violation). It touches only that
 * logger's two methods, and nothing when they are not there.
 */
export function quietOfficeTelemetry(scope: unknown = globalThis): void {
  const endpoint = (scope as { OSF?: { Logger?: { ulsEndpoint?: unknown } } }).OSF?.Logger?.ulsEndpoint;
  if (typeof endpoint !== "object" || endpoint === null) return;
  const logger = endpoint as { loadProxyFrame?: unknown; writeLog?: unknown };
  if (typeof logger.loadProxyFrame === "function") logger.loadProxyFrame = () => undefined;
  if (typeof logger.writeLog === "function") logger.writeLog = () => undefined;
}
