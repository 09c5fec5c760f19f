// Builds the task pane (see docs/addin.md).
//   npm start              dev server on https://localhost:3000 with certificates generated into .certs/ (no sudo)
//   npm run build          production build into dist/; PLANCHECK_BASE_URL=https://host/path/ rewrites the
//                          manifest's URLs (without it the manifest keeps https://localhost:3000/: for tests)
//   npm run build:release  the same, for deployment: refuses to run without PLANCHECK_BASE_URL and
//                          PLANCHECK_SUPPORT_CONTACT (scripts/build-release.js, env.release below)
// Other environment variables: PLANCHECK_PORT (dev port, default 3000), PLANCHECK_HTTP=1 (dev server over
// plain http, for the browser mode only), PLANCHECK_OFFICE_JS_URL (where the page loads Office.js from).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { X509Certificate } = require("node:crypto");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CERT_DIR = path.join(__dirname, ".certs");
const CERTS = {
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};

/** The manifest with every dev URL pointing at `baseUrl` instead (which must end with "/"). */
function rewriteManifest(xml, baseUrl) {
  return xml.split(DEV_URL).join(baseUrl);
}

/**
 * Who answers questions about this deployment, as support.html shows it: PLANCHECK_SUPPORT_CONTACT, an e-mail
 * address or an https URL, checked (it becomes a link in the page). Null when not set.
 */
function supportContact(raw) {
  if (raw === undefined || raw.trim() === "") return null;
  const text = raw.trim();
  if (/^[^\s@<>"'&]+@[^\s@<>"'&]+\.[^\s@<>"'&]+$/.test(text)) return { href: `mailto:${text}`, text };
  let url;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (url === null || url.protocol !== "https:")
    throw new Error(`PLANCHECK_SUPPORT_CONTACT must be an e-mail address or an https URL, got ${raw}`);
  return { href: url.href, text: url.href };
}

/** Text for HTML: nothing in it becomes markup. */
function escapeHtml(text) {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );
}

/**
 * support.html with the deployment's contact in place of its placeholder (each language section has one); in
 * development builds the page names whoever installed PlanCheck.
 */
function renderSupportPage(html, contact) {
  const link =
    contact === null ? null : `<a href="${escapeHtml(contact.href)}">${escapeHtml(contact.text)}</a>`;
  return html.replace(/<!--contact:(uk|bg|en)-->[\s\S]*?<!--\/contact-->/g, (whole) =>
    link === null
      ? whole
      : whole.replace(/<span class="contact"\s*>[\s\S]*?<\/span\s*>/, `<span class="contact">${link}</span>`),
  );
}

/** PLANCHECK_BASE_URL checked and given its trailing slash; Office only loads add-ins over https. */
function productionBaseUrl(raw) {
  if (raw === undefined || raw.trim() === "") return null;
  const url = new URL(raw.trim());
  if (url.protocol !== "https:") throw new Error(`PLANCHECK_BASE_URL must be an https URL, got ${raw}`);
  if (url.search || url.hash)
    throw new Error(`PLANCHECK_BASE_URL must not have a query or fragment, got ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The page's Content-Security-Policy: scripts only from the add-in's own origin and Office.js's, and no
 * network connections elsewhere, so a plan's contents cannot be sent anywhere even by mistake.
 *
 * Office.js needs its CDN's origin and nothing else (read from @microsoft/office-js 1.1.110): scripts
 * (office.js, the host's file, the locale strings, the telemetry scripts kept on the CDN) and a frame (the CDN's
 * AgaveErrorUX page, shown when a host is not trusted); `style-src 'unsafe-inline'` for the inline styles
 * excel-web-16.00.js sets (OfficeDev/office-js#1687). A blocked Office.js dependency would leave
 * Office.onReady pending for ever (office-js#6040, "by design") and the pane in its browser mode inside Excel;
 * tests/e2e/csp.spec.ts checks the served policy admits them. Microsoft publishes no list
 * (office-js-docs-pr#721, still open). Not admitted: the telemetry page Office.js's legacy desktop file frames
 * outside Office (telemetryservice.firstpartyapps.oaspapps.com) — not needed, and the pane stops that logger
 * (src/taskpane/platform/quietOfficeTelemetry.ts); ajax.aspnetcdn.com, which current Office.js never loads.
 */
function contentSecurityPolicy(officeJsUrl) {
  const office = /^https?:/.test(officeJsUrl) ? ` ${new URL(officeJsUrl).origin}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${office}`,
    `frame-src 'self'${office}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** Reuses the project's dev certificates while they are valid for another day, else makes new ones. */
async function devCertificates() {
  const valid = () => {
    if (!Object.values(CERTS).every((file) => fs.existsSync(file))) return false;
    const expires = new Date(new X509Certificate(fs.readFileSync(CERTS.cert)).validTo).getTime();
    return expires - Date.now() > 24 * 60 * 60 * 1000;
  };
  if (!valid()) {
    // generateCertificates never overwrites an existing CA, so stale files go first. It writes only into
    // .certs/ and installs nothing (installing needs sudo; see ../shared/guides/toolchain.md §3).
    fs.rmSync(CERT_DIR, { recursive: true, force: true });
    await require("office-addin-dev-certs").generateCertificates(CERTS.ca, CERTS.cert, CERTS.key, 30);
  }
  return Object.fromEntries(Object.entries(CERTS).map(([name, file]) => [name, fs.readFileSync(file)]));
}

function printHowTo(baseUrl, https) {
  const lines = [
    "",
    "PlanCheck task pane is served at " + baseUrl,
    "",
    "  In a browser (no Excel needed): " + baseUrl + "taskpane.html",
    "    open or drop a plan workbook (.xlsx); nothing leaves the browser.",
    https
      ? "    The certificate is self-signed: trust .certs/ca.crt in your browser/OS, or accept the warning once."
      : "    (plain http: fine for the browser; Excel needs https, run without PLANCHECK_HTTP for that)",
    "",
    "  In Excel, sideload the manifest " + baseUrl + "manifest.xml (also ./manifest.xml in the project):",
    "    Excel on the web: Home > Add-ins > More Add-ins (the Office Add-ins dialog) > My Add-ins >",
    "      Upload My Add-in > choose manifest.xml",
    "    Excel on Windows: share a folder holding manifest.xml, add it as a Trusted Add-in Catalog",
    "      (File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs), restart Excel,",
    "      then Office Add-ins dialog > Shared Folder > PlanCheck",
    "    Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "      and restart Excel; it appears under Home > Add-ins (developer add-ins).",
    "    Details: docs/addin.md",
    "    Excel must trust the certificate: install .certs/ca.crt as a trusted root on that machine.",
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(process.env.PLANCHECK_PORT || 3000);
  const https = !production && process.env.PLANCHECK_HTTP !== "1";
  const devBase = `${https ? "https" : "http"}://localhost:${port}/`;
  const prodBase = production ? productionBaseUrl(process.env.PLANCHECK_BASE_URL) : null;
  const contact = supportContact(process.env.PLANCHECK_SUPPORT_CONTACT);
  if (env.release && (!production || prodBase === null || contact === null)) {
    throw new Error(
      "A release build needs --mode production, PLANCHECK_BASE_URL (the https address dist/ is served from) " +
        "and PLANCHECK_SUPPORT_CONTACT (an e-mail address or https URL for support.html); nothing was built.",
    );
  }
  if (production && prodBase === null && !env.quiet) {
    process.stdout.write(`PLANCHECK_BASE_URL is not set: dist/manifest.xml keeps ${DEV_URL}\n`);
  }
  const baseUrl = prodBase ?? (production ? DEV_URL : devBase);
  const officeJs = process.env.PLANCHECK_OFFICE_JS_URL || OFFICE_JS_CDN;
  const csp = contentSecurityPolicy(officeJs);

  return {
    mode: production ? "production" : "development",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    // No eval-based source maps: the page's CSP forbids eval, also in development.
    devtool: "source-map",
    output: {
      path: path.join(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    // ".js" in a TypeScript import (Node-style, for the CLI build) means the .ts file.
    resolve: { extensions: [".tsx", ".ts", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Type errors are tsc's job (`npm run typecheck`); the bundle only needs the JavaScript.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        csp,
        officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: [],
        csp,
        officeJs,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "src/taskpane/support.html",
            to: "support.html",
            transform: (content) => renderSupportPage(content.toString("utf8"), contact),
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString("utf8"), baseUrl),
          },
        ],
      }),
    ],
    devServer: {
      port,
      host: "localhost",
      static: false,
      hot: false,
      liveReload: true,
      allowedHosts: ["localhost", "127.0.0.1"],
      headers: { "Cache-Control": "no-store" },
      server: serving && https ? { type: "https", options: await devCertificates() } : { type: "http" },
      client: { overlay: { warnings: false } },
      onListening: () => printHowTo(devBase, https),
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.productionBaseUrl = productionBaseUrl;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.supportContact = supportContact;
module.exports.renderSupportPage = renderSupportPage;
module.exports.DEV_URL = DEV_URL;
