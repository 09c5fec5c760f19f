#!/usr/bin/env node
"use strict";
// Renders assets/icon.svg into the PNG sizes the manifest and Office need (16, 32, 64, 80, 128 px), in
// Debian's Chromium through playwright-core: `node assets/render-icons.cjs`. Run it after editing icon.svg.
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80, 128];
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

(async () => {
  const svg = fs.readFileSync(path.join(__dirname, "icon.svg"), "utf8");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ARGS,
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
      );
      const file = path.join(__dirname, `icon-${size}.png`);
      await page.locator("svg").screenshot({ path: file, omitBackground: true });
      process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
    }
  } finally {
    await browser.close();
  }
})().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
