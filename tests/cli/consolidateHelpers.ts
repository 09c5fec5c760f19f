import * as XLSX from "@e965/xlsx";
import { strFromU8, unzipSync } from "fflate";
import { TEMPLATE_ID_HEADER } from "../../src/engine/consolidate/template/templateMeta";
import { runCli } from "../../src/cli/main";
import type { ExpectedConsolidation } from "../engine/consolidate/submissionFixtures";
import { memoryIo } from "../helpers/memoryIo";

/** The --json document of `plancheck consolidate`, as far as the tests read it. */
export type ConsolidateJson = {
  summary: { files: number; reports: number; unmatched: number; conflicts: number; errors: number };
  files: { file: string; executor: string | null; executorName: string | null; identifiedBy: string }[];
  executors: {
    id: string;
    name: string;
    expected: number;
    reported: number;
    missing: number;
    share: number | null;
  }[];
  measures: {
    sheet: string;
    row: number;
    expected: string[];
    reported: string[];
    missing: string[];
    unexpected: string[];
    reports: {
      executor: string;
      file: string;
      sheet: string;
      row: number;
      match: string;
      via: string;
      status: string | null;
      statusRaw: string;
      value: number | null;
      text: string;
      subRows: { row: number; value: number | null }[];
    }[];
  }[];
  unmatched: { file: string; sheet: string; row: number; reason: string }[];
  conflicts: { executor: string; sheet: string; row: number }[];
  problems: { code: string; severity: string; message: string }[];
};

/** Runs the CLI in memory; `files` are put in memory before (e.g. a roster CSV). */
export async function run(argv: string[], files: Record<string, string | Uint8Array> = {}) {
  const mem = memoryIo();
  for (const [path, data] of Object.entries(files)) mem.written.set(path, data);
  const code = await runCli(argv, mem.io);
  return { code, stdout: mem.stdout(), stderr: mem.stderr(), written: mem.written };
}

/** A roster CSV from the expected consolidation: `;`-separated like Excel in uk/bg settings, with an alias. */
export function rosterCsvOf(expected: ExpectedConsolidation, withFiles = true): string {
  const lines = ["id;executor;file;aliases"];
  for (const agency of expected.roster)
    lines.push([agency.agency, agency.name, withFiles ? (agency.file ?? "") : "", ""].join(";"));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/** Every part of an .xlsx package as text. */
export function xlsxParts(bytes: Uint8Array | string | undefined): Map<string, string> {
  if (!(bytes instanceof Uint8Array)) throw new Error("no workbook written");
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** Names of the executors of the expected roster, by agency id. */
export function agencyNames(expected: ExpectedConsolidation): Map<string, string> {
  return new Map(expected.roster.map((agency) => [agency.agency, agency.name]));
}

/**
 * Fills a template the way an executor would, in another program (SheetJS): status and text on each measure
 * row (the report columns are the last five: status, value, text, reasons, funds), a value on every row.
 */
export function fillTemplate(bytes: Uint8Array, status: string): Uint8Array {
  const book = XLSX.read(bytes, { cellStyles: true });
  for (const name of book.SheetNames.filter((n) => n !== "PlanCheck")) {
    const sheet = book.Sheets[name];
    if (sheet === undefined) continue;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
    const header = rows.findIndex((row) => row.includes(TEMPLATE_ID_HEADER));
    const idCol = rows[header]?.indexOf(TEMPLATE_ID_HEADER) ?? -1;
    const statusCol = (rows[header]?.length ?? 0) - 5;
    rows.forEach((row, r) => {
      if (r <= header) return;
      const put = (offset: number, cell: XLSX.CellObject): void => {
        sheet[XLSX.utils.encode_cell({ r, c: statusCol + offset })] = cell;
      };
      put(1, { t: "n", v: r * 10 });
      if (row[idCol] === null) return;
      put(0, { t: "s", v: status });
      put(2, {
        t: "s",
        v: r % 2 === 0 ? '=HYPERLINK("http://example.invalid","x")' : `Зроблено, рядок ${r}`,
      });
    });
  }
  return new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}
