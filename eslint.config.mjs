// Lint rules, including the architecture's import boundaries (see README "Layout").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The layer table and the front-door rule live in one place, shared with tests/architecture.test.ts.
const { layerViolation } = createRequire(import.meta.url)("./scripts/layers.cjs");
const SRC = join(dirname(fileURLToPath(import.meta.url)), "src");
const layersRule = {
  meta: {
    type: "problem",
    schema: [],
    docs: { description: "Layers import toward the engine, through front doors" },
  },
  create(context) {
    const check = (node, spec) => {
      if (typeof spec !== "string") return;
      const why = layerViolation(SRC, context.filename, spec, existsSync);
      if (why !== undefined) context.report({ node, message: why });
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
    };
  },
};

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
    files: ["src/**/*.{ts,tsx}"],
    plugins: { plancheck: { rules: { layers: layersRule } } },
    rules: { "plancheck/layers": "error" },
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
      "no-restricted-imports": restrict([{ group: ["node:*"], message: "The task pane runs in a browser." }]),
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
              group: ["react", "@fluentui/*"],
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
