import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * `npm run validate:manifest` (scripts/validate-manifest.js) sends the manifest to Microsoft's online validator;
 * a file that is not a manifest is refused before anything is sent, naming it, with exit code 2. (The online
 * answer cannot be tested here: no network at test time.)
 */
const SCRIPT = join(__dirname, "..", "..", "scripts", "validate-manifest.js");
const work = mkdtempSync(join(tmpdir(), "plancheck-manifest-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it.each([
  ["a missing file", join(work, "missing.xml"), null],
  ["text that is not a manifest", join(work, "notes.xml"), "<notes>not a manifest</notes>"],
])("refuses %s before contacting the service", (_what, path, content) => {
  if (content !== null) writeFileSync(path, content);
  const result = spawnSync(process.execPath, [SCRIPT, path], { encoding: "utf8" });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain(`${path} cannot be read as an add-in manifest`);
  expect(result.stderr).not.toContain("validation service");
});
