import { strFromU8, unzipSync } from "fflate";
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
