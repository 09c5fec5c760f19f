#!/usr/bin/env node
"use strict";
// `npm run fuzz`: the property and fuzz tests of tests/fuzz with a longer budget than `npm test` gives them
// (PLANCHECK_FUZZ_FACTOR times as many cases; 25 by default, about 20 minutes on two cores), one test file at
// a time. A failure prints fast-check's counterexample and the seed and path that replay it.
//   npm run fuzz                 the long budget
//   npm run fuzz -- 100          a hundred times the short budget
const { spawnSync } = require("node:child_process");
const { join } = require("node:path");

const factor = process.argv[2] ?? process.env.PLANCHECK_FUZZ_FACTOR ?? "25";
if (!/^\d+(\.\d+)?$/.test(factor) || Number(factor) <= 0) {
  process.stderr.write(`npm run fuzz: the budget must be a positive number, not “${factor}”\n`);
  process.exit(2);
}
const jest = require.resolve("jest/bin/jest");
const result = spawnSync(process.execPath, [jest, "--runInBand", join("tests", "fuzz")], {
  stdio: "inherit",
  cwd: join(__dirname, ".."),
  env: { ...process.env, PLANCHECK_FUZZ_FACTOR: factor },
});
process.exit(result.status ?? 1);
