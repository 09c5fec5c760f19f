import { parseCellAddress } from "../../engine";
import { HostError } from "../../host";
import { officeErrorCode } from "../officeErrors";
import { utf8Bytes } from "../requests/requestBytes";
import type { MarkState, SheetRef } from "../workbook/markState";
import type { AnnotationKind } from "./Annotation";
import { decideSheetMarks } from "./decideSheetMarks";
import { LedgerTooLarge, MarkWriteFailed, StaleMarkState } from "./markErrors";
import { serializeLedger, type LedgerSheet, type MarkLedger } from "./MarkLedger";
import type { MarkPlan } from "./markPlan";
import { probeSheets, type ProbeCell, type ProbeTarget } from "./probeSheets";
import { writeMarks } from "./writeMarks";

/** UTF-8 bytes a request may carry, and the ledger (see workbook/markState.ts LEDGER_MAX_BYTES). */
export type MarkLimits = { readonly requestBytes: number; readonly ledgerBytes: number };

/** Which annotations this Excel has (they are looked for) and which kind new messages are added as. */
export type AnnotationModes = { readonly available: AnnotationKind; readonly add: AnnotationKind };

/**
 * Replaces the marks described by `state.ledger` with `plan` (an empty plan clears them), as a rule in two
 * round trips: a probe of the cells involved, then the write (split only where Excel for the web's request
 * limit requires). Throws StaleMarkState when `state` is out of date, HostError "protected" before writing
 * anything when a sheet involved is protected, LedgerTooLarge before writing when the ledger would not fit,
 * MarkWriteFailed when the write failed. Returns the state after the write.
 */
export async function applyMarks(
  context: Excel.RequestContext,
  state: MarkState,
  plan: MarkPlan,
  modes: AnnotationModes,
  limits: MarkLimits,
): Promise<MarkState> {
  const targets = probeTargets(state, plan);
  const probed = probeSheets(context, targets, modes.available, limits.requestBytes);
  const { probes, stored } = await probed.catch((error: unknown) => {
    throw officeErrorCode(error) === "ItemNotFound" ? new StaleMarkState(null) : error;
  });
  if (stored !== state.stored) throw new StaleMarkState(null);
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
      modes.add !== "none",
    ),
  );
  const ledger = (sheets: readonly LedgerSheet[]): MarkLedger => ({
    v: 1,
    annotations: modes.add,
    sheets: sheets.filter((sheet) => sheet.cells.length > 0),
  });
  const union = ledger(decisions.map((decision) => decision.union));
  const text = serializeLedger(union);
  const bytes = utf8Bytes(text);
  if (bytes > limits.ledgerBytes)
    throw new LedgerTooLarge(bytes, utf8Bytes(serializeLedger(ledger(decisions.map((d) => d.final)))));
  const written: MarkState = { sheets: state.sheets, ledger: union, stored: text };
  try {
    await writeMarks(context, decisions, { text, stored }, modes.add, limits.requestBytes);
  } catch (error) {
    const annotating = decisions.some((decision) => decision.add.length > 0 || decision.update.length > 0);
    throw new MarkWriteFailed(error, written, annotating);
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
