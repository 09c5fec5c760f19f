import {
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LinkTargetError, temporaryPath, writeFileSafely } from "../../src/cli/writeFileSafely";

function folder(): string {
  return mkdtempSync(join(tmpdir(), "plancheck-safe-"));
}

describe("writeFileSafely", () => {
  it("writes the whole file and leaves no temporary file behind", async () => {
    const dir = folder();
    await writeFileSafely(join(dir, "out.xlsx"), new Uint8Array([1, 2, 3]));
    expect([...readFileSync(join(dir, "out.xlsx"))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("replaces an existing file", async () => {
    const dir = folder();
    writeFileSync(join(dir, "out.xlsx"), "old");
    await writeFileSafely(join(dir, "out.xlsx"), "new");
    expect(readFileSync(join(dir, "out.xlsx"), "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("never follows a link planted at the old predictable temporary name", async () => {
    const dir = folder();
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "precious");
    const out = join(dir, "out.xlsx");
    // the name the old code used, and a few neighbours an attacker could guess
    for (const guess of [`${out}.${process.pid}.partial`, `${out}.partial`, `${out}.tmp`])
      symlinkSync(victim, guess);
    await writeFileSafely(out, "report");
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(readFileSync(out, "utf8")).toBe("report");
    expect(lstatSync(out).isSymbolicLink()).toBe(false);
    // the planted links are left as they were, and our temporary file is gone
    expect(readlinkSync(`${out}.${process.pid}.partial`)).toBe(victim);
    expect(readdirSync(dir).sort()).toEqual(
      [
        "out.xlsx",
        "out.xlsx.partial",
        `out.xlsx.${process.pid}.partial`,
        "out.xlsx.tmp",
        "victim.txt",
      ].sort(),
    );
  });

  it("refuses a target that is a symbolic link, writing nothing through it", async () => {
    const dir = folder();
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "precious");
    const out = join(dir, "out.xlsx");
    symlinkSync(victim, out);
    await expect(writeFileSafely(out, "report")).rejects.toBeInstanceOf(LinkTargetError);
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(readlinkSync(out)).toBe(victim);
    expect(readdirSync(dir).sort()).toEqual(["out.xlsx", "victim.txt"]);
  });

  it("refuses a dangling link at the target too (it would create the file it points to)", async () => {
    const dir = folder();
    const out = join(dir, "out.xlsx");
    symlinkSync(join(dir, "created-elsewhere.txt"), out);
    await expect(writeFileSafely(out, "report")).rejects.toBeInstanceOf(LinkTargetError);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("uses a different unpredictable temporary name beside the target each time", () => {
    const out = join("/some/folder", "out.xlsx");
    const names = new Set(Array.from({ length: 50 }, () => temporaryPath(out)));
    expect(names.size).toBe(50);
    for (const name of names) expect(name).toMatch(/^\/some\/folder\/\.out\.xlsx\.[0-9a-f]{24}\.partial$/);
    expect(temporaryPath(join("/f", "x".repeat(300)))).toMatch(/^\/f\/\.x{60}\.[0-9a-f]{24}\.partial$/);
  });

  it("fails cleanly when the folder does not exist", async () => {
    const dir = folder();
    await expect(writeFileSafely(join(dir, "missing", "out.xlsx"), "x")).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
