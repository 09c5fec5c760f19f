import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureOutFolder } from "../../src/cli/ensureOutFolder";
import { CliError } from "../../src/cli/CliError";
import { nodeIo } from "../../src/cli/CliIo";

const work = mkdtempSync(join(tmpdir(), "plancheck-out-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("a missing --out folder is made with its parents; an existing one is left as it is", async () => {
  const dir = join(work, "a", "b");
  await ensureOutFolder(nodeIo(), dir, "en");
  expect(statSync(dir).isDirectory()).toBe(true);
  writeFileSync(join(dir, "kept.txt"), "x");
  await ensureOutFolder(nodeIo(), dir, "en");
  expect(existsSync(join(dir, "kept.txt"))).toBe(true);
});

test("a folder that cannot be made is one line naming it, in the user's language", async () => {
  const file = join(work, "plain-file");
  writeFileSync(file, "not a folder");
  const dir = join(file, "sub");
  const error = await ensureOutFolder(nodeIo(), dir, "uk").then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  expect((error as CliError).message).toContain(dir);
  expect((error as CliError).message).not.toContain("\n");
  expect((error as CliError).message).toMatch(/^[^A-Za-z]*[А-ЯІЇЄҐа-яіїєґ]/u);
});
