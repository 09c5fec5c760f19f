import { useCallback, useMemo, useState } from "react";
import type { ExecutorEntry, Plan, Roster } from "../../engine";
import type { ConsolidationKit } from "../returns/ConsolidationKit";
import * as edits from "../logic/roster/rosterEdits";

export type RosterEditor = {
  /** The roster consolidation uses: the saved list, else the executors the plan names. */
  readonly roster: Roster;
  /** The list was corrected and is saved with the workbook. */
  readonly saved: boolean;
  readonly busy: boolean;
  readonly error: unknown;
  rename(id: string, name: string): void;
  addAlias(id: string, alias: string): void;
  removeAlias(id: string, alias: string): void;
  merge(keepId: string, dropId: string): void;
  add(name: string): void;
  remove(id: string): void;
  /** Forgets the corrections: the list is read from the plan again. */
  reset(): void;
  dismissError(): void;
};

/**
 * The executors list: derived from the plan until the coordinator corrects it; every correction is saved
 * with the workbook at once (and used as the roster from then on).
 */
export function useRoster(
  kit: ConsolidationKit,
  plan: Plan,
  saved: readonly ExecutorEntry[] | null,
  save: (roster: readonly ExecutorEntry[] | null) => Promise<void>,
): RosterEditor {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const derived = useMemo(() => kit.deriveRoster(plan), [kit, plan]);
  const roster = useMemo<Roster>(
    () => (saved === null ? derived : { entries: saved, source: "roster" }),
    [saved, derived],
  );
  const language = kit.planLanguage(plan) === "bg" ? "bg" : "uk";

  const store = useCallback(
    (next: readonly ExecutorEntry[] | null) => {
      setBusy(true);
      setError(null);
      save(next).then(
        () => setBusy(false),
        (failure: unknown) => {
          setBusy(false);
          setError(failure);
        },
      );
    },
    [save],
  );
  const apply = (change: (entries: edits.Entries) => edits.Entries): void => {
    const next = change(roster.entries);
    if (next !== roster.entries) store(next);
  };

  return {
    roster,
    saved: saved !== null,
    busy,
    error,
    rename: (id, name) => apply((e) => edits.renameEntry(e, id, name)),
    addAlias: (id, alias) => apply((e) => edits.addAlias(e, id, alias)),
    removeAlias: (id, alias) => apply((e) => edits.removeAlias(e, id, alias)),
    merge: (keepId, dropId) => apply((e) => edits.mergeEntries(e, keepId, dropId)),
    add: (name) => apply((e) => edits.addEntry(e, name, language)),
    remove: (id) => apply((e) => edits.removeEntry(e, id)),
    reset: () => store(null),
    dismissError: () => setError(null),
  };
}
