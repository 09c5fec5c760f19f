import { parseCellAddress } from "../../engine";
import { HostError } from "../../host/WorkbookHost";
import { officeErrorCode } from "../officeErrors";
import { LEDGER_MAX_CHARS, newStamp, type MarkState, type SheetRef } from "../workbook/markState";
import type { AnnotationKind } from "./Annotation";
import { decideSheetMarks } from "./decideSheetMarks";
import { MarkWriteFailed, StaleMarkState } from "./markErrors";
import { serializeLedger, type LedgerSheet, type MarkLedger } from "./MarkLedger";
import type { PlannedMark } from "./planMarks";
import { probeSheets, type ProbeCell, type ProbeTarget } from "./probeSheets";
import { queueMarkWrites } from "./queueMarkWrites";

export type MarkPlan = ReadonlyMap<string, ReadonlyMap<string, PlannedMark>>;

/**
 * Replaces the marks described by `state.ledger` with `plan` (an empty plan clears them) in two round trips:
 * a probe of the cells involved, then one write batch. Throws StaleMarkState when `state` is out of date,
 * HostError "protected" before writing anything when a sheet involved is protected, MarkWriteFailed when the
 * write batch failed. Returns the state after the write.
 */
export async function applyMarks(
  context: Excel.RequestContext,
  state: MarkState,
  plan: MarkPlan,
  kind: AnnotationKind,
  now: number,
): Promise<MarkState> {
  const targets = probeTargets(state, plan);
  const { probes, stamp: stored } = await probeSheets(context, targets, kind).catch((error: unknown) => {
    throw officeErrorCode(error) === "ItemNotFound" ? new StaleMarkState(null) : error;
  });
  if (stored !== state.stamp) throw new StaleMarkState(null);
  const locked = probes.find((probe) => probe.protected);
  if (locked !== undefined) {
    throw new HostError("protected", `The sheet "${locked.sheet.name}" is protected; nothing was changed.`, {
      sheet: locked.sheet.name,
    });
  }

  const decisions = probes.map((probe, i) =>
    decideSheetMarks(
      targets[i]?.previous ?? null,
      plan.get(probe.sheet.name) ?? new Map(),
      probe,
      kind !== "none",
    ),
  );
  const ledger = (sheets: readonly LedgerSheet[]): MarkLedger => ({
    v: 1,
    annotations: kind,
    sheets: sheets.filter((sheet) => sheet.cells.length > 0),
  });
  const union = ledger(decisions.map((decision) => decision.union));
  const final = ledger(decisions.map((decision) => decision.final));
  const finalText = serializeLedger(final);
  if (finalText.length > LEDGER_MAX_CHARS) {
    throw new HostError(
      "too-large",
      `Too many cells to mark (${finalText.length} characters of ledger); nothing was changed.`,
    );
  }
  const stamp = newStamp(now);
  const written: MarkState = { sheets: state.sheets, ledger: final, stamp };
  queueMarkWrites(context, decisions, { union: serializeLedger(union), final: finalText, stamp }, kind);
  try {
    await context.sync();
  } catch (error) {
    throw new MarkWriteFailed(error, { ...written, ledger: union });
  }
  return written;
}

type Target = ProbeTarget & { readonly previous: LedgerSheet | null };

/** The sheets involved: those marked before (found by id, else by name) and those to mark (by name). */
function probeTargets(state: MarkState, plan: MarkPlan): Target[] {
  const targets = new Map<
    string,
    { sheet: SheetRef; cells: Map<string, ProbeCell>; previous: LedgerSheet | null }
  >();
  const target = (sheet: SheetRef) => {
    const found = targets.get(sheet.id) ?? { sheet, cells: new Map<string, ProbeCell>(), previous: null };
    targets.set(sheet.id, found);
    return found;
  };
  for (const previous of state.ledger.sheets) {
    const sheet =
      state.sheets.find((s) => s.id === previous.id) ?? state.sheets.find((s) => s.name === previous.name);
    if (sheet === undefined) continue; // deleted since: nothing left to restore there
    const entry = target(sheet);
    entry.previous = previous;
    for (const [a1] of previous.cells) {
      const at = parseCellAddress(a1);
      if (at !== null) entry.cells.set(a1, { a1, ...at });
    }
  }
  for (const [name, cells] of plan) {
    const sheet = state.sheets.find((s) => s.name === name);
    if (sheet === undefined) throw new StaleMarkState(name);
    const entry = target(sheet);
    for (const mark of cells.values()) entry.cells.set(mark.a1, mark);
  }
  return [...targets.values()].map(({ sheet, cells, previous }) => ({
    sheet,
    cells: [...cells.values()],
    previous,
  }));
}
