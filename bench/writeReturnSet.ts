import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { generateReturns } from "./generateReturns";

/**
 * A fresh folder `dir` with a generated plan and its returns (`executors` returns of `perExecutor` rows, each
 * measure reported by `perMeasure` executors) written as .xlsx: plan.xlsx, return-001.xlsx, …; with the
 * number of the plan's measures.
 */
export function writeReturnSet(
  dir: string,
  executors: number,
  perExecutor: number,
  perMeasure: number,
): { plan: string; returns: string[]; measures: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const set = generateReturns(executors, perExecutor, perMeasure);
  const write = (book: XLSX.WorkBook, name: string): string => {
    const path = join(dir, name);
    writeFileSync(path, XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer);
    return path;
  };
  const plan = write(set.plan, "plan.xlsx");
  const returns = set.returns.map((book, i) => write(book, `return-${String(i + 1).padStart(3, "0")}.xlsx`));
  return { plan, returns, measures: set.measures };
}
