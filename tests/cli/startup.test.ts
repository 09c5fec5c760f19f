import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * `plancheck --help` must start fast (the bench times it: ≤ 0.8 s); what keeps it fast is that the commands,
 * and with them the engine, the workbook readers and writers, load only when a command runs. This runs the
 * built CLI (npm test builds it first) and lists the modules it loaded.
 */
const ROOT = join(__dirname, "..", "..");

function loadedBy(args: string[]): string[] {
  const script = `
    const main = require(${JSON.stringify(join(ROOT, "build", "src", "cli", "main.js"))});
    main.runCli(${JSON.stringify(args)}).then(() => {
      process.stderr.write(String.fromCharCode(10) + JSON.stringify(Object.keys(require.cache)));
    });`;
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(child.status).toBe(0);
  return (JSON.parse(child.stderr.split("\n").at(-1) ?? "") as string[]).map((path) =>
    path.slice(ROOT.length),
  );
}

test("--help loads the messages and the argument parser, not the engine or the readers", () => {
  const loaded = loadedBy(["--help"]);
  expect(loaded.some((path) => path.includes("/i18n/"))).toBe(true);
  expect(loaded.filter((path) => /\/(engine|xlsx|report)\/|node_modules/.test(path))).toEqual([]);
});

test("a command still loads what it needs", () => {
  const loaded = loadedBy(["validate", join(ROOT, "tests", "fixtures", "plans", "no-such-file.xlsx")]);
  expect(loaded.some((path) => path.includes("/cli/commands/validateCommand"))).toBe(true);
});
