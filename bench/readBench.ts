import { readFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";
import { readWorkbook } from "../src/xlsx/readWorkbook";
import { timeFunction } from "./timing";

/**
 * The reader alone, in this process: readWorkbook (the fast OOXML path for .xlsx) against a bare
 * `XLSX.read(buf, { dense: true })` of the same bytes. Informational; the targets are on whole CLI runs.
 */
export function benchRead(file: string, runs: number): void {
  const bytes = new Uint8Array(readFileSync(file));
  const bare = timeFunction(() => void XLSX.read(bytes, { dense: true }), runs);
  const ours = timeFunction(() => void readWorkbook(bytes), runs);
  console.log(
    `  readWorkbook alone (in-process):           ${ours.toFixed(0)} ms  vs bare XLSX.read ${bare.toFixed(0)} ms = ${(bare / ours).toFixed(1)}x faster`,
  );
}
