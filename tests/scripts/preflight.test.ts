import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * `npm test` starts with scripts/preflight.js: on a machine without LibreOffice, Chromium or the pinned
 * fonts it must stop at once with one line naming what is missing and how to install it.
 */
const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "preflight.js");
const work = mkdtempSync(join(tmpdir(), "plancheck-preflight-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { env, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A PATH holding only a fake `soffice` (or nothing), and a Chromium path that exists or not. */
function machine(withSoffice: boolean, withChromium: boolean): Record<string, string> {
  const bin = mkdtempSync(join(work, "bin-"));
  if (withSoffice) {
    writeFileSync(join(bin, "soffice"), "#!/bin/sh\n");
    chmodSync(join(bin, "soffice"), 0o755);
    // LibreOffice's Writer module sits beside the program
    writeFileSync(join(bin, "libswlo.so"), "");
  }
  const chromium = join(bin, "chromium");
  if (withChromium) writeFileSync(chromium, "");
  return { PATH: bin, CHROMIUM_PATH: chromium };
}

test("a bare machine: one line naming LibreOffice and Chromium and the apt-get command, exit 1", () => {
  const { status, stdout, stderr } = run([], machine(false, false));
  expect(status).toBe(1);
  expect(stdout).toBe("");
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/LibreOffice \(soffice\)/);
  expect(lines[0]).toMatch(/Chromium/);
  expect(lines[0]).toMatch(/pdftotext/);
  expect(lines[0]).toMatch(
    /apt-get install -y --no-install-recommends libreoffice-calc libreoffice-writer poppler-utils chromium/,
  );
});

test("LibreOffice without its Writer (which opens the .docx reports) is named as such", () => {
  const env = machine(true, true);
  rmSync(join(env.PATH!, "libswlo.so"));
  const result = run([], env);
  expect(result.stderr).toMatch(/LibreOffice Writer/);
  expect(result.stderr).toMatch(/install -y --no-install-recommends libreoffice-writer poppler-utils/);
});

test("only what is missing is named; the e2e scope ignores LibreOffice", () => {
  const noChromium = run([], machine(true, false));
  expect(noChromium.status).toBe(1);
  expect(noChromium.stderr).not.toMatch(/soffice|libreoffice/);
  expect(noChromium.stderr).toMatch(/poppler-utils/);
  expect(noChromium.stderr).toMatch(/install -y --no-install-recommends poppler-utils chromium/);

  const e2e = run(["e2e"], machine(false, true));
  // the pinned fonts are checked on the real machine: present here, since CI installs them
  expect(e2e.stderr).toBe("");
  expect(e2e.status).toBe(0);
});

test("--packages lists the Debian packages still missing, for .ci/run", () => {
  expect(run(["--packages"], machine(false, false)).stdout.trim().split(" ")).toEqual([
    "libreoffice-calc",
    "libreoffice-writer",
    "poppler-utils",
    "chromium",
  ]);
  expect(run(["--packages"], machine(true, true)).stdout.trim()).toBe("poppler-utils");
  expect(readFileSync(join(ROOT, ".ci", "run"), "utf8")).toContain("node scripts/preflight.js --packages");
});

test("npm test and npm run test:e2e check first", () => {
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  expect(scripts.test).toMatch(/^node scripts\/preflight\.js && /);
  expect(scripts["test:e2e"]).toMatch(/^node scripts\/preflight\.js e2e && /);
});
