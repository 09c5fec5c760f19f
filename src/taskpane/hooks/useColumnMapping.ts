import { useCallback, useState } from "react";
import type { Settings } from "../../engine";
import type { ColumnTarget } from "../logic/findingAction";
import { withColumn } from "../logic/settingsEdits";
import type { SaveOutcome } from "./useSettings";

export type ColumnMapping = {
  /** The sheet and role "Map column…" opened the column editor at, or null. */
  readonly target: ColumnTarget | null;
  readonly busy: boolean;
  /** Why the last acceptance was not saved, or null. */
  readonly error: unknown;
  open(target: ColumnTarget): void;
  /** Maps the target's role to the column (a letter) in the saved settings, in one go, and goes back. */
  accept(letter: string): Promise<void>;
  /** Back to the findings without mapping. */
  close(): void;
};

/**
 * "Map column…" on a missing column: opens the column editor at that sheet and role; accepting the proposed
 * column saves it with the workbook's settings at once (which checks the plan again) and returns to the
 * findings.
 */
export function useColumnMapping(
  saved: Settings | null,
  save: (next: unknown) => Promise<SaveOutcome>,
  show: (where: "findings" | "editor") => void,
): ColumnMapping {
  const [target, setTarget] = useState<ColumnTarget | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const open = useCallback(
    (next: ColumnTarget) => {
      setTarget(next);
      setError(null);
      show("editor");
    },
    [show],
  );
  const close = useCallback(() => {
    setTarget(null);
    show("findings");
  }, [show]);
  const accept = useCallback(
    async (letter: string) => {
      if (target === null || saved === null) return;
      setBusy(true);
      const outcome = await save(withColumn(saved, target.sheet, target.role, letter));
      setBusy(false);
      if (outcome.ok) {
        setTarget(null);
        setError(null);
        show("findings");
      } else setError("error" in outcome ? outcome.error : new Error(outcome.problems.join("; ")));
    },
    [target, saved, save, show],
  );
  return { target, busy, error, open, accept, close };
}
