import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { terminalText } from "../../src/cli/terminalText";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { FIXTURES, PLANS_DIR } from "../helpers/fixtures";
import { TERMINAL_ATTACK, withRawText } from "../helpers/hostileText";
import { memoryIo } from "../helpers/memoryIo";
import { UK_HEADER } from "../helpers/plans";

const ROOT = join(__dirname, "..", "..");
/** What must never reach a terminal raw (see terminalText). */
const ACTIVE =
  // eslint-disable-next-line no-control-regex -- the characters under test
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A plan whose title, sheet name, deadline and executor cells carry terminal escapes (and a lone surrogate). */
function hostilePlan(): Uint8Array {
  const spec = {
    sheets: [
      {
        name: "SHEETNAME",
        rows: [
          ["План заходів на 2024-2025 роки TITLE"],
          UK_HEADER,
          ["1", "Провести навчання SURROGATE", "Департамент освіти", "DEADLINE", "кількість осіб", "бюджет"],
          ["2", "Підготувати звіт", "Управління соціального захисту", "2025", "кількість звітів", "бюджет"],
        ],
      },
    ],
  };
  return withRawText(writeWorkbook(spec), {
    SHEETNAME: `План${TERMINAL_ATTACK.slice(0, 12)}`,
    TITLE: TERMINAL_ATTACK,
    DEADLINE: `після ${TERMINAL_ATTACK}`,
    SURROGATE: "\ud800x\udfff",
  });
}

function planFile(name = "plan.xlsx"): string {
  const dir = mkdtempSync(join(tmpdir(), "plancheck-clean-"));
  const path = join(dir, name);
  writeFileSync(path, hostilePlan());
  return path;
}

describe("terminalText", () => {
  it("escapes control, C1, BIDI and separator characters visibly and keeps everything else", () => {
    expect(terminalText("a\u001b[2Jb")).toBe("a\\x1b[2Jb");
    expect(terminalText("\u001b]0;title\u0007")).toBe("\\x1b]0;title\\x07");
    expect(terminalText("x\ry\u0000z\u0008\t")).toBe("x\\x0dy\\x00z\\x08\\x09");
    expect(terminalText("\u009b31m\u007f")).toBe("\\x9b31m\\x7f");
    expect(terminalText("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")).toBe(
      "\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c",
    );
    expect(terminalText("a\u2028b\u2029")).toBe("a\\u2028b\\u2029");
    expect(terminalText("\ud800 \udfff")).toBe("\\ud800 \\udfff");
    const plain = "Ціль 1 — «Освіта»: 25 % 😀 línea\nнов ред";
    expect(terminalText(plain)).toBe(plain);
  });
});

describe("what the CLI prints", () => {
  it("shows escape sequences from cells, sheet names and the title visibly, never raw", async () => {
    const run = memoryIo();
    await runCli(["validate", planFile()], run.io);
    const out = run.stdout();
    expect(out).not.toMatch(ACTIVE);
    expect(out).toContain("\\x1b[2J\\x1b]0;pwned\\x07");
    expect(out).toContain("\\u202edlrow\\u202c");
    expect(out).toContain("Sheet “План\\x1b[2J\\x1b]0;pwne”");
    expect(out).toContain("після \\x1b[2J");
  });

  it("escapes file names in messages on stderr too", async () => {
    const run = memoryIo();
    expect(await runCli(["validate", "report\u001b]0;owned\u0007\u202e.xlsx"], run.io)).toBe(2);
    expect(run.stderr()).toBe("plancheck: File not found: report\\x1b]0;owned\\x07\\u202e.xlsx\n");
  });

  it("--json is strict, valid UTF-8 JSON: lone surrogates replaced by U+FFFD and reported, controls escaped", async () => {
    const run = memoryIo();
    await runCli(["validate", planFile(), "--json"], run.io);
    const text = run.stdout();
    expect(text).not.toMatch(ACTIVE);
    expect(text).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
    const report = JSON.parse(text) as { measures: { text: string; deadline: { raw: string } | null }[] };
    expect(report.measures[0]?.text).toBe("Провести навчання \ufffdx\ufffd");
    expect(report.measures[0]?.deadline?.raw).toContain("\u001b[2J\u001b]0;pwned\u0007");
    expect(report.measures[0]?.deadline?.raw).toContain("\u202edlrow");
    expect(run.stderr()).toBe(
      "plancheck: The JSON output replaced 2 broken characters (unpaired surrogates in the workbook's text) with U+FFFD.\n",
    );
  });

  it("--json says nothing on stderr when no text needed repair", async () => {
    const run = memoryIo();
    await runCli(
      ["validate", join(PLANS_DIR, "000_luhansk_oblast_roma_plan_2022-2023.xlsx"), "--json"],
      run.io,
    );
    expect(run.stderr()).toBe("");
  });
});

describe("the built command", () => {
  const bin = join(ROOT, "bin", "plancheck.js");
  const sh = (command: string) =>
    spawnSync("bash", ["-c", `set -o pipefail; ${command}`], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });

  it("ends quietly when its output is piped into head (EPIPE): no stack trace, the usual exit code", () => {
    const plan = join(PLANS_DIR, "000_luhansk_oblast_roma_plan_2022-2023.xlsx");
    const returns = join(FIXTURES, "submissions", "000");
    const run = sh(`node ${bin} consolidate ${plan} ${returns} --json | head -c 10`);
    expect(run.stdout).toBe('{\n  "plan"');
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
  });

  it("prints no SheetJS chatter on stderr for a LibreOffice-saved .ods", () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-ods-"));
    const plan = join(PLANS_DIR, "001_hlukhiv_roma_plan_2024-2025.xlsx");
    const convert = spawnSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "ods",
        "--outdir",
        dir,
        plan,
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(convert.status).toBe(0);
    const run = sh(`node ${bin} validate ${join(dir, "001_hlukhiv_roma_plan_2024-2025.ods")}`);
    expect(run.stdout).toContain("28 measures on 1 sheet");
    expect(run.stderr).toBe("");
  }, 180_000);
});
