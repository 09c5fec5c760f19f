/// <reference types="office-js" />
// The Excel adapter on Excel for the web, as the recording fake's web profile models it (5 MB request and
// response limit in UTF-8 bytes, see tests/excel/fake/profiles.ts): round trips and request bytes for
// validating (readWorkbook + the engine) and marking (showMarks with the findings' notes) a plan of
// 1,000 and 20,000 rows shaped like the bench plan (goal rows merged across, tasks merged down).
import { DEFAULT_SETTINGS, validateWorkbook } from "../src/engine";
import { createExcelHost } from "../src/excel";
import { issueAnnotations } from "../src/report/issueAnnotations";
import { fakeEnvironment } from "../tests/excel/fake/fakeEnvironment";
import { FakeWorkbook } from "../tests/excel/fake/FakeWorkbook";
import { PROFILES } from "../tests/excel/fake/profiles";
import { bigPlan } from "../tests/excel/helpers";

type Round = {
  syncs: number;
  refused: number;
  requestTotal: number;
  requestMax: number;
  responseMax: number;
  ms: number;
};

async function measure(book: FakeWorkbook, work: () => Promise<unknown>): Promise<Round> {
  book.syncs = 0;
  book.refused = 0;
  book.requestBytes.length = 0;
  book.responseBytes.length = 0;
  const start = process.hrtime.bigint();
  await work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // Sizes of the round trips Excel took (a refused one is retried in halves).
  const accepted = (sizes: number[]) => sizes.filter((size) => size <= book.payloadLimit);
  return {
    syncs: book.syncs,
    refused: book.refused,
    requestTotal: book.requestBytes.reduce((a, b) => a + b, 0),
    requestMax: Math.max(0, ...accepted(book.requestBytes)),
    responseMax: Math.max(0, ...accepted(book.responseBytes)),
    ms,
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0).padStart(6)} KB`;

function line(what: string, round: Round): string {
  const refused = round.refused === 0 ? "" : ` (${round.refused} refused as too large, then split)`;
  return (
    `  ${what.padEnd(30)} ${String(round.syncs).padStart(2)} round trips${refused}, requests ${kb(round.requestTotal)} ` +
    `(largest ${kb(round.requestMax)}), largest response ${kb(round.responseMax)}, fake ${round.ms.toFixed(0)} ms`
  );
}

/** Prints the figures; false when Excel for the web would have refused a round trip as too large. */
export async function benchExcelWeb(): Promise<boolean> {
  const profile = PROFILES.web;
  const limit = profile.payloadLimit ?? Number.POSITIVE_INFINITY;
  console.log(`Excel adapter on the fake's web profile (limit ${kb(limit).trim()} a request or response):`);
  let ok = true;
  for (const rows of [1_000, 20_000]) {
    const book = new FakeWorkbook(profile);
    bigPlan(book, rows);
    const host = createExcelHost({ environment: fakeEnvironment(book, { language: "uk-UA" }) });
    let marks: ReturnType<typeof issueAnnotations>["marks"] = [];
    const validate = await measure(book, async () => {
      const grid = await host.readWorkbook();
      marks = issueAnnotations(validateWorkbook(grid).result.issues, "uk").marks;
    });
    const mark = await measure(book, () => host.showMarks(marks));
    const clear = await measure(book, () => host.clearMarks());
    // Without the issue cap (maxIssues, 1,000 by default): every finding marked.
    const grid = await host.readWorkbook();
    const all = issueAnnotations(
      validateWorkbook(grid, { ...DEFAULT_SETTINGS, maxIssues: 1_000_000 }).result.issues,
      "uk",
    ).marks;
    const markAll = await measure(book, () => host.showMarks(all));
    const clearAll = await measure(book, () => host.clearMarks());
    console.log(line(`validate ${rows.toLocaleString("en")} rows`, validate));
    console.log(line(`mark ${marks.length.toLocaleString("en")} findings`, mark));
    console.log(line("clear the marks", clear));
    console.log(line(`mark all ${all.length.toLocaleString("en")} findings`, markAll));
    console.log(line("clear them", clearAll));
    for (const round of [validate, mark, clear, markAll, clearAll]) ok &&= round.refused === 0;
  }
  return ok;
}
