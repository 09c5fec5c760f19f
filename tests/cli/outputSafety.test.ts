import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeIo, type CliIo } from "../../src/cli/CliIo";
import { runCli } from "../../src/cli/main";
import { FIXTURES, PLANS_DIR } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memoryIo";

const PLAN_000 = join(PLANS_DIR, "000_luhansk_oblast_roma_plan_2022-2023.xlsx");
const RETURNS_000 = join(FIXTURES, "submissions", "000", "*.xlsx");

/** The real file system, with stdout and stderr collected. */
function diskIo(env: Record<string, string> = {}): { io: CliIo; stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    ...nodeIo(),
    env: { PLANCHECK_WORKERS: "0", ...env },
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

function workFolder(): { dir: string; plan: string; before: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "plancheck-out-"));
  const plan = join(dir, "plan.xlsx");
  copyFileSync(PLAN_000, plan);
  return { dir, plan, before: readFileSync(plan) };
}

describe("every file the CLI writes is written safely", () => {
  it("validate --out ignores a link planted at the old predictable temporary name; the input is unchanged", async () => {
    const { dir, plan, before } = workFolder();
    const out = join(dir, "checked.xlsx");
    symlinkSync(plan, `${out}.${process.pid}.partial`);
    const run = diskIo();
    expect(await runCli(["validate", plan, "--out", out], run.io)).toBe(0);
    expect(readFileSync(plan)).toEqual(before);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(readlinkSync(`${out}.${process.pid}.partial`)).toBe(plan);
  });

  it("validate --out onto a link is refused in one line, and the file it points to is unchanged", async () => {
    const { dir, plan, before } = workFolder();
    const victim = join(dir, "victim.xlsx");
    writeFileSync(victim, "precious");
    const out = join(dir, "checked.xlsx");
    symlinkSync(victim, out);
    const run = diskIo();
    expect(await runCli(["validate", plan, "--out", out, "--lang", "uk"], run.io)).toBe(2);
    expect(run.stderr()).toBe(
      `plancheck: ${out} — символьне посилання; PlanCheck не записує через посилання: вкажіть для --out інше ім’я.\n`,
    );
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(readFileSync(plan)).toEqual(before);
  });

  it("consolidate --out onto a link is refused; neither the file it points to nor the plan changes", async () => {
    const { dir, plan, before } = workFolder();
    const out = join(dir, "consolidated.xlsx");
    const victim = join(dir, "victim.xlsx");
    writeFileSync(victim, "precious");
    symlinkSync(victim, out);
    const run = diskIo();
    const code = await runCli(["consolidate", plan, RETURNS_000, "--out", out], run.io);
    expect(code).toBe(2);
    expect(run.stderr()).toContain("is a symbolic link");
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(readFileSync(plan)).toEqual(before);
  });

  it("templates never write through a link planted in the output folder", async () => {
    const { dir, plan } = workFolder();
    const out = join(dir, "templates");
    const first = diskIo();
    expect(await runCli(["templates", plan, "--out", out], first.io)).toBe(0);
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "precious");
    const roster = join(out, "executors.csv");
    const template = first.stdout().match(/^ {2}(\S+\.xlsx):/m)?.[1] ?? "";
    expect(template).not.toBe("");
    copyFileSync(join(out, template), join(dir, "kept.xlsx"));
    // the attacker replaces a template with a link
    const linkPath = join(out, template);
    rmSync(linkPath);
    symlinkSync(victim, linkPath);
    const second = diskIo();
    expect(await runCli(["templates", plan, "--out", out], second.io)).toBe(2);
    expect(second.stderr()).toContain("is a symbolic link");
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(readFileSync(roster, "utf8")).toContain("executor");
  });

  it("--out onto an existing file says it replaced it, in the user's language", async () => {
    const { dir, plan } = workFolder();
    const out = join(dir, "checked.xlsx");
    writeFileSync(out, "an older copy");
    const run = diskIo();
    expect(await runCli(["validate", plan, "--out", out, "--lang", "bg"], run.io)).toBe(0);
    expect(run.stdout()).toContain(`Файлът ${out} вече съществуваше и е заменен.`);
    const fresh = diskIo();
    await runCli(["validate", plan, "--out", join(dir, "new.xlsx")], fresh.io);
    expect(fresh.stdout()).not.toMatch(/replaced/);
  });

  it("consolidate and templates say so too (--json: on stderr)", async () => {
    const run = memoryIo();
    run.written.set("consolidated.xlsx", "old");
    const code = await runCli(
      ["consolidate", PLAN_000, RETURNS_000, "--out", "consolidated.xlsx", "--json"],
      run.io,
    );
    expect(code).toBeLessThan(2);
    expect(run.stderr()).toContain("consolidated.xlsx already existed and was replaced.");
    const { dir, plan } = workFolder();
    const out = join(dir, "t");
    await runCli(["templates", plan, "--out", out], diskIo().io);
    const again = diskIo();
    expect(await runCli(["templates", plan, "--out", out, "--lang", "uk"], again.io)).toBe(0);
    expect(again.stdout()).toMatch(/Замінено файлів, що вже існували в .*: \d+\./);
  });
});
