// End-to-end tests of the built pane (dist/) in Debian's Chromium; `npm run test:e2e` builds first.
// No browser is downloaded: Playwright drives /usr/bin/chromium (CHROMIUM_PATH overrides), with only the
// pinned fonts (pinnedFonts.ts), so layouts measure the same on every machine.
import { defineConfig } from "@playwright/test";
import { join } from "node:path";
import { pinnedFontEnv } from "../helpers/pinnedFontEnv";

const ROOT = join(__dirname, "..", "..");
const PORT = Number(process.env.PLANCHECK_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: __dirname,
  testMatch: /\.spec\.ts$/,
  outputDir: join(ROOT, "test-results", "e2e"),
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  forbidOnly: true,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: "chromium",
    acceptDownloads: true,
    locale: "en-US",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      env: pinnedFontEnv(join(ROOT, "test-results", "fonts")),
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `node tests/e2e/serveDist.cjs dist ${PORT}`,
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}/taskpane.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
