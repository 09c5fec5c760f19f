import * as XLSX from "@e965/xlsx";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { nodeIo } from "../../src/cli/CliIo";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { submissionSet } from "../engine/consolidate/submissionFixtures";
import { rosterCsvOf, run } from "./consolidateHelpers";

describe("plancheck consolidate: output, exit codes and safety", () => {
  const set = submissionSet("000");

  it("answers who has not reported on the completeness sheet", async () => {
    const result = await run(
      ["consolidate", set.planFile, ...set.returnPaths, "--roster", "r.csv", "--out", "o.xlsx"],
      {
        "r.csv": rosterCsvOf(set.expected),
      },
    );
    const sheet = readWorkbook(result.written.get("o.xlsx") as Uint8Array).sheets[1];
    const cells = sheet?.cells ?? [];
    // the executors' summary: name, measures expected, reported, missing, share…
    const db = cells.find((row) => String(row[1]).startsWith("Департамент будівництва"));
    expect(db?.slice(2, 6)).toEqual([4, 0, 4, 0]);
    const marks = cells.flat();
    expect(marks.filter((c) => c === "✗")).toHaveLength(4);
    expect(marks.filter((c) => c === "✓")).toHaveLength(35);
  });

  it("says who has not reported, in the language asked", async () => {
    const result = await run(
      ["consolidate", set.planFile, ...set.returnPaths, "--roster", "r.csv", "--lang", "uk"],
      {
        "r.csv": rosterCsvOf(set.expected),
      },
    );
    expect(result.stdout).toMatch(
      /Департамент будівництва[^\n]*: звітовано 0 з 4 заходів \(0%\), звіт не надійшов/,
    );
    expect(result.stdout).toContain("не звітовано: 1/2, 3/1, 16/1, 16/2");
    expect(result.stdout).toContain("Не відповідає жодному заходу плану");
  });

  it("names the measures not reported by their text where the plan has no numbers", async () => {
    const book = (rows: (string | null)[][]): Uint8Array => {
      const workbook = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), "План");
      return new Uint8Array(XLSX.write(workbook, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    };
    const header = ["Мярка", "Отговорник", "Срок", "Индикатор"];
    const plan = book([
      ["План за действие 2025 г."],
      header,
      ["Профилактични прегледи на деца", "РЗИ", "2025 г.", "Брой прегледи"],
      ["Здравна просвета в училищата", "РУО", "2025 г.", "Брой беседи"],
    ]);
    const report = book([
      ["Отчет на РЗИ"],
      ["Мярка", "Отговорник", "Статус", "Коментар"],
      ["Профилактични прегледи на деца", "РЗИ", "изпълнена", "1 250 прегледа"],
    ]);
    const result = await run(["consolidate", "plan.xlsx", "rzi.xlsx", "--lang", "en"], {
      "plan.xlsx": plan,
      "rzi.xlsx": report,
    });
    expect(result.stdout).toContain("not reported: “Здравна просвета в училищата”");
  });

  it("reports progress on stderr when reading many returns", async () => {
    const many = Array.from({ length: 12 }, (_, i) => set.returnPaths[i % set.returnPaths.length] ?? "");
    const result = await run(["consolidate", set.planFile, ...many, "--json"]);
    expect(result.stderr).toMatch(/Reading return 12 of 12: /);
    expect(result.stderr.split("\n").filter((l) => l.startsWith("Reading")).length).toBeGreaterThan(1);
  });

  it.each([
    { what: "a missing return", args: ["nowhere.xlsx"], message: /File not found: nowhere\.xlsx/ },
    { what: "no return", args: [], message: /No returns given/ },
  ])("exits 2 with one line for $what", async ({ args, message }) => {
    const result = await run(["consolidate", set.planFile, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("consolidates the other returns when one is not a workbook, naming it as a problem (exit 1)", async () => {
    const good = set.returnPaths[0] ?? "";
    const result = await run(["consolidate", set.planFile, good, "notes.xlsx"], {
      "notes.xlsx": zipOfWord(),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(
      "[error] notes.xlsx — Cannot be read: this is not an Excel workbook (.xlsx); the other returns were consolidated",
    );
    expect(result.stdout).toMatch(/^1 returns? read: [1-9]\d* reports/m);
  });

  it("exits 2 naming a roster it cannot use", async () => {
    const result = await run(["consolidate", set.planFile, set.returnPaths[0] ?? "", "--roster", "r.csv"], {
      "r.csv": "name_of_body,file\nX,y.xlsx\n",
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/The roster r\.csv cannot be used: there is no “executor” column/);
  });

  it("never changes the plan or the returns", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-consolidate-"));
    const inputs = [set.planFile, ...set.returnPaths];
    const before = inputs.map(fingerprint);
    const out = join(dir, "consolidated.xlsx");
    const code = await runCli(["consolidate", ...inputs, "--out", out], {
      ...nodeIo(),
      stdout: () => {},
      stderr: () => {},
    });
    expect(code).toBe(1);
    expect(statSync(out).size).toBeGreaterThan(1000);
    expect(inputs.map(fingerprint)).toEqual(before);
  });

  it("exits 0 when every row matches and nobody contradicts itself", async () => {
    const clean = set.returnPaths.filter((p) => !/dszn|doz/.test(p));
    const result = await run(["consolidate", set.planFile, ...clean]);
    expect(result.code).toBe(0);
  });
});

function fingerprint(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex") + String(statSync(path).mtimeMs);
}

function zipOfWord(): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { zipSync, strToU8 } = require("fflate") as typeof import("fflate");
  return zipSync({
    "word/document.xml": strToU8("<w:document/>"),
    "[Content_Types].xml": strToU8("<Types/>"),
  });
}
