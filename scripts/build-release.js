#!/usr/bin/env node
"use strict";
// npm run build:release — the production build for deployment. Refuses to start (exit code 2, nothing built)
// unless PLANCHECK_BASE_URL (the https address dist/ will be served from, written into the manifest) and
// PLANCHECK_SUPPORT_CONTACT (an e-mail address or https URL, shown on support.html) are set and valid; a
// plain `npm run build` keeps the manifest's https://localhost:3000/ for development and tests.
const { spawnSync } = require("node:child_process");
const { join } = require("node:path");
const { productionBaseUrl, supportContact } = require("../webpack.config.js");

function check() {
  const problems = [];
  try {
    if (productionBaseUrl(process.env.PLANCHECK_BASE_URL) === null)
      problems.push("PLANCHECK_BASE_URL is not set: give the https address dist/ will be served from.");
  } catch (error) {
    problems.push(error.message);
  }
  try {
    if (supportContact(process.env.PLANCHECK_SUPPORT_CONTACT) === null)
      problems.push("PLANCHECK_SUPPORT_CONTACT is not set: give the e-mail address or https URL of support.");
  } catch (error) {
    problems.push(error.message);
  }
  return problems;
}

const problems = check();
if (problems.length > 0) {
  process.stderr.write(
    `build:release: nothing was built.\n${problems.map((p) => `  ${p}\n`).join("")}` +
      "  e.g. PLANCHECK_BASE_URL=https://plans.example.gov.ua/plancheck/ " +
      "PLANCHECK_SUPPORT_CONTACT=plancheck@example.gov.ua npm run build:release\n",
  );
  process.exit(2);
}
const webpack = require.resolve("webpack-cli/bin/cli.js");
const result = spawnSync(process.execPath, [webpack, "--mode", "production", "--env", "release"], {
  cwd: join(__dirname, ".."),
  stdio: "inherit",
});
process.exit(result.status ?? 1);
