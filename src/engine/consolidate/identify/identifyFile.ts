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
  /** Roster ids of the several roster lines that name this file as their return (then it is given to none). */
  readonly claimedBy?: readonly string[];
  /** The template's hidden id and its recorded name point at different executors (roster ids). */
  readonly templateClash?: { readonly byId: string; readonly byName: string };
  /** The executor name a template records when no roster entry matches it. */
  readonly templateStranger?: string;
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
 * the return's own for the others); else unknown. A template whose hidden id and recorded name name two
 * different executors, and a file that several roster lines claim, are given to nobody (and say so).
 */
export function identifyFile(
  fileName: string,
  meta: TemplateMeta | null,
  rows: readonly { readonly row: ReturnRow; readonly found: RowMatchResult }[],
  ctx: IdentifyContext,
): FileIdentity {
  const template = meta === null ? null : templateEntry(meta, ctx);
  if (template?.clash !== undefined)
    return {
      executor: null,
      identifiedBy: "unknown",
      candidates: [template.clash.byId, template.clash.byName],
      templateClash: template.clash,
    };
  if (template?.entry !== undefined)
    return { executor: template.entry.id, identifiedBy: "template", candidates: [template.entry.id] };
  const stranger =
    meta !== null && meta.executorName.trim() !== "" ? { templateStranger: meta.executorName } : {};
  const name = normalFileName(baseName(fileName));
  const listed = ctx.entries.filter((e) => e.file !== null && normalFileName(e.file) === name);
  if (listed.length > 1) {
    const ids = listed.map((e) => e.id);
    return { executor: null, identifiedBy: "unknown", candidates: ids, claimedBy: ids, ...stranger };
  }
  const [only] = listed;
  if (only !== undefined)
    return { executor: only.id, identifiedBy: "roster", candidates: [only.id], ...stranger };
  const named = rows.map(({ row, found }) =>
    found.kind === "matched"
      ? ctx.expectedAt(found.target.position)
      : ctx.matcher.namedInTexts(row.responsibleCells, row.responsibleBodies),
  );
  const inferred = identifyExecutor(baseName(fileName), named, ctx.expectedCount, ctx.entries, ctx.language);
  return inferred.id === null
    ? { executor: null, identifiedBy: "unknown", candidates: inferred.candidates, ...stranger }
    : { executor: inferred.id, identifiedBy: "responsible", candidates: inferred.candidates, ...stranger };
}

/**
 * The roster entry a template was made for: the same by id and by name or alias (folded), or found by one of
 * them when the other finds none (a roster may give other ids than the one the template was made with), else
 * the one entry whose name the template's executor name is found in or finds ("КЗД" / "КЗД-структура Русе").
 * When the id and the name find two different entries, the template was edited: a clash, given to neither.
 */
function templateEntry(
  meta: TemplateMeta,
  ctx: IdentifyContext,
): { entry?: ExecutorEntry; clash?: { byId: string; byName: string } } | null {
  const key = foldedKey(meta.executorName);
  const byId = ctx.entries.find((e) => e.id === meta.executorId);
  const byName =
    key === ""
      ? undefined
      : ctx.entries.find((e) => [e.name, ...e.aliases].some((name) => foldedKey(name) === key));
  if (byId !== undefined && byName !== undefined && byId.id !== byName.id)
    return { clash: { byId: byId.id, byName: byName.id } };
  const exact = byId ?? byName;
  if (exact !== undefined) return { entry: exact };
  if (key === "") return null;
  const named = new Set(ctx.matcher.namedInTexts([meta.executorName], []));
  const own = new ExecutorMatcher([
    { id: "", name: meta.executorName, aliases: [], file: null, byConsent: false },
  ]);
  for (const e of ctx.entries) if (own.namedInTexts([e.name, ...e.aliases], []).length > 0) named.add(e.id);
  const entry = named.size === 1 ? ctx.entries.find((e) => named.has(e.id)) : undefined;
  return entry === undefined ? null : { entry };
}

/** File names compare in NFC and without case: "RUO-Ruse.XLSX" is "ruo-ruse.xlsx". */
export function normalFileName(name: string): string {
  return name.normalize("NFC").trim().toLowerCase();
}
