import { collapseSpace } from "../../text/collapseSpace";
import { parseCsv } from "./parseCsv";
import type { ExecutorEntry, Roster } from "./Roster";
import { slug } from "../names";

/** Why a roster file cannot be used: no `executor` column, or a row without a name. Line numbers 1-based. */
export type RosterProblem =
  | { readonly kind: "no-executor-column"; readonly columns: readonly string[] }
  | { readonly kind: "empty-name"; readonly line: number }
  | { readonly kind: "duplicate"; readonly line: number; readonly name: string };

export type RosterCsvResult =
  | { readonly ok: true; readonly roster: Roster }
  | { readonly ok: false; readonly problems: readonly RosterProblem[] };

const COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  executor: ["executor", "name", "виконавець", "изпълнител", "agency"],
  id: ["id", "код", "agency_id"],
  file: ["file", "файл"],
  aliases: ["aliases", "alias", "синоніми", "синоними"],
};

/**
 * A roster from a UTF-8 CSV: a header row, then one executor per row. Columns (any order, names case-
 * insensitive): `executor` (required), `file` (the workbook it returned; empty = expected, nothing came),
 * `aliases` (other names, separated by "|"), `id` (a short code; default: a slug of the name). A leading
 * apostrophe that guards text starting with = + @ - against spreadsheet formulas is dropped.
 */
export function parseRosterCsv(text: string): RosterCsvResult {
  const [header = [], ...rows] = parseCsv(text);
  const labels = header.map((label) => collapseSpace(label).toLowerCase());
  const column = (name: string): number =>
    labels.findIndex((label) => (COLUMN_ALIASES[name] ?? []).includes(label));
  const nameCol = column("executor");
  if (nameCol < 0) return { ok: false, problems: [{ kind: "no-executor-column", columns: labels }] };
  const [idCol, fileCol, aliasCol] = [column("id"), column("file"), column("aliases")];
  const problems: RosterProblem[] = [];
  const entries: ExecutorEntry[] = [];
  const taken = new Set<string>();
  rows.forEach((row, i) => {
    const cell = (c: number): string =>
      c < 0 ? "" : collapseSpace(row[c] ?? "").replace(/^'(?=[=+@-])/, "");
    const line = i + 2;
    const name = cell(nameCol);
    if (name === "") return void problems.push({ kind: "empty-name", line });
    const id = cell(idCol) || slug(name, /[ъ]/u.test(name) ? "bg" : "uk") || `executor-${line}`;
    if (taken.has(id.toLowerCase())) return void problems.push({ kind: "duplicate", line, name });
    taken.add(id.toLowerCase());
    const file = baseName(cell(fileCol));
    entries.push({
      id,
      name,
      aliases: cell(aliasCol)
        .split("|")
        .map((alias) => collapseSpace(alias))
        .filter((alias) => alias !== ""),
      file: file === "" ? null : file,
      byConsent: /за згодою|по съгласие/iu.test(name),
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, roster: { entries, source: "roster" } };
}

/** The file name without folders: the roster may list "returns/ruo.xlsx" or "C:\\returns\\ruo.xlsx". */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
