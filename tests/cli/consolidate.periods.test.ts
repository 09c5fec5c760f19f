import { runCli } from "../../src/cli/main";
import { cellText } from "../../src/engine/text/cellText";
import { t } from "../../src/i18n/translate";
import { readHistory } from "../../src/report/readHistory";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { ruse2025, sheetOf } from "../engine/consolidate/periods/nextPeriodReturns";
import { submissionSet } from "../engine/consolidate/submissionFixtures";
import { memoryIo } from "../helpers/memoryIo";
import { rosterCsvOf } from "./consolidateHelpers";

// `plancheck consolidate` twice into one consolidated.xlsx: plan 003's 2024 returns, then returns of 2025
// generated from them (RUO-Русе silent, priority 2 done, 5/3.3 at 45 of 90, 5/3.1 and 5/3.2 still in progress).
const set = submissionSet("003");
const p2 = sheetOf(set, "Приоритет 2");
const p5 = sheetOf(set, "Приоритет 5");
const mem = memoryIo();
const io = { ...mem.io, today: () => "2026-02-15" };
mem.written.set("roster.csv", rosterCsvOf(set.expected, false));
const paths2025 = ruse2025(set).map((file) => {
  const path = `returns2025/${file.name}`;
  const sheets = file.workbook.sheets.map((s) => ({ name: s.name, rows: s.cells, merges: s.merges ?? [] }));
  mem.written.set(path, writeWorkbook({ sheets }));
  return path;
});

type Json = {
  period: { label: string; source: string };
  measures: {
    sheet: string;
    key: string;
    status: string | null;
    progress: {
      statuses: string[];
      values: (number | null)[];
      firstDone: string | null;
      overdue: boolean;
      movedToDone: boolean;
      change: number | null;
      achievement: number | null;
    };
  }[];
  progress: { periods: string[]; movedToDone: number; overdue: number; evaluation: unknown };
};

async function consolidate(paths: readonly string[], ...options: string[]): Promise<Json> {
  const before = mem.stdout().length;
  const argv = ["consolidate", set.planFile, ...paths, "--roster", "roster.csv", "--out", "c.xlsx", "--json"];
  const code = await runCli([...argv, ...options], io);
  expect(mem.stderr()).not.toMatch(/plancheck:/);
  expect(code).toBe(1); // each return set has a row matching no measure and a conflict
  return JSON.parse(mem.stdout().slice(before)) as Json;
}

const workbook = () => readWorkbook(mem.written.get("c.xlsx") as Uint8Array);
const find = (json: Json, sheet: string, key: string) => {
  const m = json.measures.find((x) => x.sheet === sheet && x.key === key);
  if (m === undefined) throw new Error(`${sheet} ${key}`);
  return m;
};

describe("plancheck consolidate across two periods into one consolidated workbook", () => {
  let first: Json;
  let second: Json;
  let history2025: ReturnType<typeof readHistory>;

  beforeAll(async () => {
    first = await consolidate(set.returnPaths, "--period", "2024");
    second = await consolidate(paths2025); // the period is not given: the last whole year before 2026-02-15
    history2025 = readHistory(workbook());
  });

  it("files each run under its period and keeps 2024 when 2025 is added", () => {
    expect(first.period).toMatchObject({ label: "2024", source: "given" });
    expect(second.period).toMatchObject({ label: "2025", source: "default" });
    expect(first.progress.periods).toEqual(["2024"]);
    expect(second.progress.periods).toEqual(["2024", "2025"]);
    expect(history2025?.periods.map((p) => p.period.label)).toEqual(["2024", "2025"]);
  });

  it("reports status per period, overdue, moved to done, change and achievement in --json", () => {
    expect(find(second, p2, "2.1").progress).toMatchObject({
      statuses: ["in_progress", "done"],
      firstDone: "2025",
      movedToDone: true,
    });
    const target = find(second, p5, "3.3").progress;
    expect(target.values).toEqual([11, 45]);
    expect(target.change).toBe(34);
    expect(target.achievement).toBe(0.5);
    expect(find(first, p5, "3.1").progress.overdue).toBe(false);
    expect(find(second, p5, "3.1").progress.overdue).toBe(true);
    const ruo = second.measures.filter((m) => m.sheet.startsWith("Приоритет 1") && m.key !== "");
    expect(ruo.map((m) => m.progress.statuses[1])).toContain("not_reported");
  });

  it("shows the progress in the consolidated sheet: status per period, overdue, values and achievement", () => {
    const sheet = workbook().sheets[0];
    const header = (sheet?.cells[0] ?? []).map((v) => cellText(v));
    const column = (label: string) => {
      const at = header.indexOf(label);
      if (at < 0) throw new Error(`no column ${label} in ${header.join(" | ")}`);
      return at;
    };
    const number = column(t("bg", "consolidate.column.number"));
    const rowOf = (key: string, text: string) =>
      sheet?.cells.find(
        (r) => cellText(r[number] ?? null) === key && cellText(r[number + 1] ?? null).startsWith(text),
      );
    const m33 = rowOf(
      "3.3",
      set.plan.sheets
        .find((s) => s.name === p5)
        ?.measures.find((m) => m.key === "3.3")
        ?.text.slice(0, 20) ?? "",
    );
    expect(m33?.[column(t("bg", "cycle.column.valueIn", { period: "2024" }))]).toBe(11);
    expect(m33?.[column(t("bg", "cycle.column.valueIn", { period: "2025" }))]).toBe(45);
    expect(m33?.[column(t("bg", "cycle.column.change"))]).toBe(34);
    expect(m33?.[column(t("bg", "cycle.column.baseline"))]).toBe(0);
    expect(m33?.[column(t("bg", "cycle.column.achievement"))]).toBe(0.5);
    expect(m33?.[column(t("bg", "cycle.column.statusIn", { period: "2025" }))]).toBe(
      t("bg", "consolidate.status.in_progress"),
    );
    const m31 = rowOf(
      "3.1",
      set.plan.sheets
        .find((s) => s.name === p5)
        ?.measures.find((m) => m.key === "3.1")
        ?.text.slice(0, 20) ?? "",
    );
    expect(m31?.[column(t("bg", "cycle.column.overdue"))]).toBe(t("bg", "consolidate.yes"));
  });

  it("re-running 2025 replaces only 2025: the history is the same, still two periods", async () => {
    const again = await consolidate(paths2025, "--period", "2025");
    expect(again.progress.periods).toEqual(["2024", "2025"]);
    expect(readHistory(workbook())).toEqual(history2025);
  });

  it("re-running 2024 replaces 2024 and keeps 2025", async () => {
    await consolidate(
      set.returnPaths.filter((p) => !p.includes("RZI")),
      "--period",
      "2024",
    );
    const history = readHistory(workbook());
    expect(history?.periods.map((p) => p.period.label)).toEqual(["2024", "2025"]);
    expect(history?.periods[1]).toEqual(history2025?.periods[1]);
    expect(history?.periods[0]).not.toEqual(history2025?.periods[0]);
  });

  it("refuses a period it cannot read, naming it", async () => {
    const code = await runCli(["consolidate", set.planFile, ...paths2025, "--period", "someday"], io);
    expect(code).toBe(2);
    expect(mem.stderr()).toContain(t("en", "cli.error.badReportingPeriod", { value: "someday" }));
  });
});
