#!/usr/bin/env node
"use strict";
// npm run validate:manifest [-- <manifest.xml>] [-- --production]
// Sends the add-in manifest (default ./manifest.xml; `npm run build:release` writes dist/manifest.xml) to
// Microsoft's manifest validation service, the check AppSource and the admin center run, and prints its verdict.
// The service is online only (validationgateway.omex.office.net): without a network this says so.
// The offline checks (the manifest parses, hosts, requirements, URLs) are in tests/taskpane/manifest.test.ts.
// Exit 0: valid; 1: the service found errors; 2: the manifest cannot be read or the service cannot be reached.
// Errors are reported through office-addin-cli, as the office-addin tools report theirs.
const { logErrorMessage } = require("office-addin-cli");
const { OfficeAddinManifest, validateManifest } = require("office-addin-manifest");

function lines(title, issues) {
  return (issues || []).map((issue) => `  ${title}: ${issue.title ?? ""} ${issue.content ?? ""}`.trimEnd());
}

async function main(args) {
  const production = args.includes("--production");
  const path = args.find((arg) => !arg.startsWith("--")) ?? "manifest.xml";
  try {
    const info = await OfficeAddinManifest.readManifestFile(path);
    if (info.id === undefined || info.officeAppType === undefined)
      throw new Error("it has no add-in id or type (<OfficeApp> with <Id>)");
  } catch (error) {
    logErrorMessage(`${path} cannot be read as an add-in manifest: ${error.message ?? error}`);
    return 2;
  }
  let validation;
  try {
    validation = await validateManifest(path, production);
  } catch (error) {
    logErrorMessage(
      `${path}: the validation service cannot be reached (it needs internet access): ${error.message ?? error}`,
    );
    return 2;
  }
  if (validation.status !== undefined && validation.status !== 200 && validation.report === undefined) {
    logErrorMessage(
      `${path}: the validation service answered ${validation.status} ${validation.statusText ?? ""}`,
    );
    return 2;
  }
  const report = validation.report ?? {};
  const out = [
    `${path}: ${validation.isValid ? "valid" : "not valid"}`,
    ...lines("error", report.errors),
    ...lines("warning", report.warnings),
  ];
  process.stdout.write(`${out.join("\n")}\n`);
  return validation.isValid ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
