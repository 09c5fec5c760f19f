import { foldedKey } from "../names";
import type { IdentifiedBy } from "../Consolidation";
import { ExecutorMatcher } from "./ExecutorMatcher";
import { identifyExecutor } from "./identifyExecutor";
import type { RowMatchResult } from "../match";
import { baseName, type ExecutorEntry } from "../roster";
import type { ReturnRow } from "../returns";
import type { TemplateMeta } from "../template";

export type FileIdentity = {
  readonly executor: string | null;
  readonly identifiedBy: IdentifiedBy;
  readonly candidates: readonly string[];
};

export type IdentifyContext = {
  readonly entries: readonly ExecutorEntry[];
  readonly matcher: ExecutorMatcher;
  /** Roster ids named by the plan measure at a position. */
  readonly expectedAt: (position: number) => readonly string[];
  readonly expectedCount: ReadonlyMap<string, number>;
  readonly language: "uk" | "bg";
};

/**
 * The executor of a return: the template's own record of it; else the roster line whose `file` is this file;
 * else inferred from the responsible cells of the rows the file reports on (the plan's cells for matched rows,
 * the return's own for the others); else unknown.
 */
export function identifyFile(
  fileName: string,
  meta: TemplateMeta | null,
  rows: readonly { readonly row: ReturnRow; readonly found: RowMatchResult }[],
  ctx: IdentifyContext,
): FileIdentity {
  const entry = meta === null ? undefined : templateEntry(meta, ctx);
  if (entry !== undefined) return { executor: entry.id, identifiedBy: "template", candidates: [entry.id] };
  const name = normalFileName(baseName(fileName));
  const listed = ctx.entries.find((e) => e.file !== null && normalFileName(e.file) === name);
  if (listed !== undefined) return { executor: listed.id, identifiedBy: "roster", candidates: [listed.id] };
  const named = rows.map(({ row, found }) =>
    found.kind === "matched"
      ? ctx.expectedAt(found.target.position)
      : ctx.matcher.namedInTexts(row.responsibleCells, row.responsibleBodies),
  );
  const inferred = identifyExecutor(baseName(fileName), named, ctx.expectedCount, ctx.entries, ctx.language);
  return inferred.id === null
    ? { executor: null, identifiedBy: "unknown", candidates: inferred.candidates }
    : { executor: inferred.id, identifiedBy: "responsible", candidates: inferred.candidates };
}

/**
 * The roster entry a template was made for: same id, else same name or alias (folded), else the one entry
 * whose name the template's executor name is found in or finds ("КЗД" / "КЗД-структура Русе").
 */
function templateEntry(meta: TemplateMeta, ctx: IdentifyContext): ExecutorEntry | undefined {
  const key = foldedKey(meta.executorName);
  const exact =
    ctx.entries.find((e) => e.id === meta.executorId) ??
    ctx.entries.find((e) => [e.name, ...e.aliases].some((name) => foldedKey(name) === key));
  if (exact !== undefined || key === "") return exact;
  const named = new Set(ctx.matcher.namedInTexts([meta.executorName], []));
  const own = new ExecutorMatcher([
    { id: "", name: meta.executorName, aliases: [], file: null, byConsent: false },
  ]);
  for (const e of ctx.entries) if (own.namedInTexts([e.name, ...e.aliases], []).length > 0) named.add(e.id);
  return named.size === 1 ? ctx.entries.find((e) => named.has(e.id)) : undefined;
}

/** File names compare in NFC and without case: "RUO-Ruse.XLSX" is "ruo-ruse.xlsx". */
export function normalFileName(name: string): string {
  return name.normalize("NFC").trim().toLowerCase();
}
