/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  moduleNameMapper: {
    // Node-style ".js" specifiers in TypeScript sources (dynamic imports in the CLI) resolve to the .ts file.
    "^(\\.{1,2}/.*)\\.js$": "$1",
    // ESM-only packages pulled in by office-addin-manifest (see ../shared/guides/toolchain.md §6)
    "^uuid$": "<rootDir>/tests/shims/uuid.cjs",
    "^strip-bom$": "<rootDir>/tests/shims/strip-bom.cjs",
  },
};
// The Excel adapter's tests on the recording fake run once per platform profile (tests/excel/fake/profiles.ts);
// its pure helpers (tests/excel/unit) and the tests that pin one profile themselves (tests/excel/pinned) run once.
const EXCEL_PROFILES = ["windows-365", "windows-2021", "windows-2024", "mac-2024", "mac-365", "web"];
module.exports = {
  // A pane test renders the whole Fluent pane in jsdom: ~3.5 s alone, more than jest's default 5 s while the
  // other tests run beside it on a 2-core machine. (A global option: projects cannot set it.)
  testTimeout: 20_000,
  projects: [
    {
      ...shared,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/**/*.test.ts"],
      testPathIgnorePatterns: [
        "<rootDir>/tests/taskpane/",
        "<rootDir>/tests/e2e/",
        "<rootDir>/tests/excel/(?!unit/|pinned/)",
      ],
    },
    ...EXCEL_PROFILES.map((profile) => ({
      ...shared,
      displayName: `excel:${profile}`,
      testEnvironment: "node",
      globals: { __EXCEL_PROFILE__: profile },
      testMatch: ["<rootDir>/tests/excel/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/tests/excel/unit/", "<rootDir>/tests/excel/pinned/"],
    })),
    {
      ...shared,
      displayName: "dom",
      testEnvironment: "jsdom",
      setupFiles: ["<rootDir>/tests/shims/browserGlobals.cjs"],
      testMatch: ["<rootDir>/tests/taskpane/**/*.test.ts?(x)"],
    },
  ],
};
