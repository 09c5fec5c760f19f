#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from src/cli by `npm run build:cli` (run automatically by `npm install`).
let cli;
try {
  cli = require("../build/src/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "plancheck is not built yet: run `npm run build:cli` (or `npm install`) in the project folder.\n",
    );
    process.exit(2);
  }
  throw error;
}
cli.runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A bug, not a user mistake: say so in one line; PLANCHECK_DEBUG=1 shows the stack.
    process.stderr.write(`plancheck: internal error: ${error && error.message ? error.message : error}\n`);
    if (process.env.PLANCHECK_DEBUG) process.stderr.write(`${error && error.stack}\n`);
    process.exitCode = 70;
  },
);
