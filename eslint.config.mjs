// Lint rules, including the architecture's import boundaries (see README "Layout").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const nodeBuiltins = [
  "fs",
  "path",
  "os",
  "child_process",
  "util",
  "crypto",
  "stream",
  "zlib",
  "worker_threads",
];
const restrict = (patterns, paths = []) => [
  "error",
  {
    paths: [
      ...nodeBuiltins.map((name) => ({ name, message: "Node built-ins are for src/cli only." })),
      ...paths,
    ],
    patterns,
  },
];
const hostGlobals = [
  "Office",
  "Excel",
  "OfficeExtension",
  "window",
  "document",
  "process",
  "require",
  "Buffer",
].map((name) => ({
  name,
  message: "This layer must stay host-neutral; pass the value in from the host instead.",
}));

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "build/",
      "dist/",
      "coverage/",
      "bench/out/",
      ".certs/",
      "**/*.js",
      "**/*.cjs",
      "**/*.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "no-console": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    // The engine and the catalogues are pure: no host, no UI, no files.
    files: ["src/engine/**/*.ts", "src/i18n/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        {
          group: [
            "node:*",
            "react",
            "react-*",
            "@fluentui/*",
            "office-*",
            "@microsoft/*",
            "@e965/*",
            "fflate",
          ],
          message: "The engine knows nothing of Office, React, files or Node.",
        },
        {
          group: ["**/excel/**", "**/taskpane/**", "**/cli/**", "**/xlsx/**"],
          message: "Dependencies point toward the engine, never back.",
        },
      ]),
      "no-restricted-globals": ["error", ...hostGlobals],
    },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        {
          group: ["node:*", "react", "react-*", "@fluentui/*", "office-*"],
          message: "src/xlsx runs in Node and in the browser.",
        },
        {
          group: ["**/excel/**", "**/taskpane/**", "**/cli/**"],
          message: "Dependencies point toward the engine, never back.",
        },
      ]),
      "no-restricted-globals": ["error", ...hostGlobals],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "no-restricted-imports": restrict([
        { group: ["node:*", "react", "react-*", "@fluentui/*"], message: "src/excel talks to Office only." },
        {
          group: ["**/taskpane/**", "**/cli/**"],
          message: "Dependencies point toward the engine, never back.",
        },
      ]),
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict([
        { group: ["node:*"], message: "The task pane runs in a browser." },
        { group: ["**/cli/**"], message: "The CLI is a separate host." },
      ]),
      "no-restricted-globals": ["error", { name: "Excel", message: "Only src/excel touches the Excel API." }],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane/**", "**/excel/**", "react", "@fluentui/*"],
              message: "The CLI is a separate host.",
            },
          ],
        },
      ],
      "no-console": "off",
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "bench/**/*.ts"],
    rules: { "no-console": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
