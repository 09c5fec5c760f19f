import {
  buildImplementationReport,
  consolidate,
  EMPTY_HISTORY,
  planHash,
  readPeriod,
  trackPeriod,
  type History,
  type ReturnFile,
} from "../../../src/engine/consolidate";
import { t } from "../../../src/i18n/translate";
import { statusLabel } from "../../../src/report/consolidationLabels";
import type {
  ReportBlock,
  ReportDocument,
  ReportTable,
} from "../../../src/report/implementation/ReportDocument";
import { paragraphText } from "../../../src/report/implementation/ReportDocument";
import { formatShare } from "../../../src/report/implementation/reportFormat";
import { wordReport } from "../../../src/report/implementation/wordReport";
import { ruse2025, sheetOf } from "../../engine/consolidate/periods/nextPeriodReturns";
import { expectedRoster, submissionSet } from "../../engine/consolidate/submissionFixtures";

// Plan 003 (Ruse, 2024-2027, Bulgarian): its 2024 returns, then 2025 returns generated from them (RUO-Русе
// silent, priority 2 done, 5/3.3 from 11 to 45 of 90, 5/3.1 and 5/3.2 due by 2025 still in progress).
const set = submissionSet("003");
const roster = expectedRoster(set.expected, false);
const p5 = sheetOf(set, "Приоритет 5");

function run(returns: readonly ReturnFile[], label: string, earlier: History) {
  const result = consolidate(set.plan, returns, { roster });
  const period = readPeriod(label)!;
  const tracked = trackPeriod({
    result,
    period,
    earlier,
    planHash: planHash(set.plan),
    planPeriod: set.plan.period,
    locale: "bg",
  });
  const doc = wordReport(
    buildImplementationReport(set.plan, result, {
      period: { ...period, source: "given" },
      progress: tracked.progress,
    }),
    { compiledOn: "2026-02-15" },
  );
  return { result, tracked, doc };
}

const first = run(set.returns, "2024", EMPTY_HISTORY);
const second = run(ruse2025(set), "2025", first.tracked.history);
const last = run(ruse2025(set), "2027", second.tracked.history);

const bg = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t("bg", key, params);

function headingsOf(doc: ReportDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
}

/** The block after the heading `text`. */
function after(doc: ReportDocument, text: string): ReportBlock {
  const at = doc.blocks.findIndex((b) => b.kind === "heading" && b.text === text);
  if (at < 0) throw new Error(`no heading ${text}`);
  return doc.blocks[at + 1]!;
}

function progressTable(doc: ReportDocument): ReportTable {
  const at = doc.blocks.findIndex((b) => b.kind === "heading" && b.text === bg("report.progress.heading"));
  const table = doc.blocks.slice(at).find((b) => b.kind === "table");
  if (table?.kind !== "table") throw new Error("no progress table");
  return table.table;
}

/** The progress table's row of a measure, as column label → cell text. */
function rowOf(doc: ReportDocument, number: string, text: string): Map<string, string> {
  const table = progressTable(doc);
  for (const row of table.rows) {
    if (row.kind !== "cells") continue;
    const cells = row.cells.map((c) => c.paragraphs.map(paragraphText).join("\n"));
    if (cells[0] === number && cells[1] === text)
      return new Map(table.columns.map((c, i) => [c.label, cells[i] ?? ""]));
  }
  throw new Error(`no row ${number}`);
}

const measure = (sheet: string, key: string) => {
  const m = second.result.measures.find((x) => x.measure.sheet === sheet && x.measure.key === key)!.measure;
  return { number: m.number!.replace(/\s+/g, " ").trim(), text: m.text.replace(/\s+/g, " ").trim() };
};

describe("the report for the head across periods (plan 003)", () => {
  it("without a history, has no progress or evaluation section", () => {
    const plain = wordReport(
      buildImplementationReport(set.plan, second.result, {
        period: { ...readPeriod("2025")!, source: "given" },
      }),
      { compiledOn: "2026-02-15" },
    );
    expect(headingsOf(plain)).not.toContain(bg("report.progress.heading"));
    expect(headingsOf(plain)).not.toContain(bg("report.evaluation.heading"));
  });

  it("in 2025 shows each measure's status in 2024 and 2025, overdue, value and achievement of the target", () => {
    expect(headingsOf(second.doc)).toContain(bg("report.progress.heading"));
    expect(headingsOf(second.doc)).not.toContain(bg("report.evaluation.heading"));
    const summary = after(second.doc, bg("report.progress.heading"));
    expect(summary).toEqual({
      kind: "paragraph",
      text: bg("report.progress.summary", {
        periods: 2,
        moved: second.tracked.progress.movedToDone,
        overdue: second.tracked.progress.overdue,
      }),
    });
    expect(second.tracked.progress.movedToDone).toBeGreaterThan(0);
    const labels = progressTable(second.doc).columns.map((c) => c.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        bg("cycle.column.statusIn", { period: "2024" }),
        bg("cycle.column.statusIn", { period: "2025" }),
        bg("cycle.column.achievement"),
      ]),
    );
    // every measure of the consolidation, in its order
    expect(progressTable(second.doc).rows).toHaveLength(second.result.measures.length);
    const m33 = measure(p5, "3.3");
    const row33 = rowOf(second.doc, m33.number, m33.text);
    const p33 = second.tracked.progress.measures.find(
      (m) => m.result.measure.key === "3.3" && m.result.measure.sheet === p5,
    )!;
    expect(p33.achievement).toBeCloseTo(0.5); // (45 − 0) / (90 − 0)
    expect(row33.get(bg("cycle.column.achievement"))).toBe(formatShare(0.5, "bg"));
    expect(row33.get(bg("cycle.column.statusIn", { period: "2024" }))).toBe(
      statusLabel(p33.statuses[0]!, "bg"),
    );
    expect(row33.get(bg("cycle.column.statusIn", { period: "2025" }))).toBe(
      statusLabel(p33.statuses[1]!, "bg"),
    );
    for (const key of ["3.1", "3.2"]) {
      const m = measure(p5, key);
      expect(rowOf(second.doc, m.number, m.text).get(bg("report.column.overdue"))).toBe(bg("report.overdue"));
    }
    const overdueRows = progressTable(second.doc).rows.filter(
      (r) => r.kind === "cells" && r.cells.some((c) => c.alert === true),
    );
    expect(overdueRows).toHaveLength(second.tracked.progress.overdue);
  });

  it("in the plan's last period adds the evaluation: measures never done, indicators short of target, executors never reported", () => {
    const evaluation = last.tracked.progress.evaluation!;
    expect(headingsOf(last.doc)).toContain(bg("report.evaluation.heading"));
    const never = after(last.doc, bg("report.evaluation.neverDone", { count: evaluation.neverDone.length }));
    expect(never.kind === "list" ? never.items : []).toHaveLength(evaluation.neverDone.length);
    expect(evaluation.neverDone.length).toBeGreaterThan(0);
    const short = after(last.doc, bg("report.evaluation.shortOfTarget", { count: 2 }));
    const m33 = measure(p5, "3.3");
    expect(short.kind === "list" ? short.items[0] : null).toBe(
      bg("report.evaluation.shortLine", {
        measure: `${m33.number}. ${m33.text}`,
        value: "45",
        target: "90",
        achievement: formatShare(0.5, "bg"),
      }),
    );
    const silent = after(last.doc, bg("report.evaluation.neverReported", { count: 1 }));
    const kzd = set.expected.roster.find((r) => r.agency === "kzd")!;
    expect(silent.kind === "list" ? silent.items : []).toEqual([
      bg("report.silent.line", { name: kzd.name, count: evaluation.neverReported[0]!.expected }),
    ]);
  });
});
