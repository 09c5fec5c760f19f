import { useCallback, useEffect, useRef, useState } from "react";
import type { Plan, Roster } from "../../engine";
import type { ConsolidationKit } from "../returns/ConsolidationKit";
import { ImportSession } from "../logic/imports/ImportSession";
import type { ImportSnapshot } from "../logic/imports/ImportSnapshot";

export type ReturnImport = {
  readonly snapshot: ImportSnapshot;
  add(files: readonly File[]): void;
  remove(id: number): void;
  clear(): void;
  pick(fileName: string, executorId: string | null): void;
};

const EMPTY: ImportSnapshot = { files: [], result: null, progress: null, picks: new Map(), periods: [] };

/**
 * The returns being imported and their preview (see ImportSession). The session outlives re-checks of the
 * plan: a new plan or roster re-consolidates the returns already read instead of dropping them.
 */
export function useReturnImport(kit: ConsolidationKit, plan: Plan, roster: Roster): ReturnImport {
  const [snapshot, setSnapshot] = useState<ImportSnapshot>(EMPTY);
  const session = useRef<ImportSession | null>(null);
  const latest = useRef({ plan, roster });

  const open = useCallback((): ImportSession => {
    session.current ??= new ImportSession(
      kit,
      kit.createReader(),
      latest.current.plan,
      latest.current.roster,
      setSnapshot,
    );
    return session.current;
  }, [kit]);

  useEffect(() => {
    latest.current = { plan, roster };
    session.current?.update(plan, roster);
  }, [plan, roster]);
  useEffect(
    () => () => {
      session.current?.dispose();
      session.current = null;
    },
    [kit],
  );

  return {
    snapshot,
    add: useCallback((files: readonly File[]) => open().add(files), [open]),
    remove: useCallback((id: number) => session.current?.remove(id), []),
    clear: useCallback(() => session.current?.clear(), []),
    pick: useCallback(
      (fileName: string, executorId: string | null) => session.current?.pick(fileName, executorId),
      [],
    ),
  };
}
