import { useCallback, useEffect, useState } from "react";
import { DEFAULT_SETTINGS, type Settings } from "../../engine";
import type { ErrorText } from "../logic/describeError";
import type { SaveOutcome } from "./useSettings";

/** The result of the last "Save": saved, the problems that stopped it, or the host's failure. */
export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "invalid"; message: string }
  | { kind: "failed"; error: ErrorText };

export type SettingsDraft = {
  readonly draft: Settings;
  readonly status: SaveStatus;
  edit(change: (draft: Settings) => Settings): void;
  save(): Promise<void>;
  reset(): void;
};

/**
 * The settings being edited: a copy of the saved ones that the editor changes freely; "Save" validates it
 * (invalid input is reported, not saved) and a successful save triggers a new check.
 */
export function useSettingsDraft(
  saved: Settings | null,
  save: (next: unknown) => Promise<SaveOutcome>,
  describe: (error: unknown) => ErrorText,
  describeProblems: (problems: readonly string[]) => string,
): SettingsDraft {
  const [draft, setDraft] = useState<Settings>(saved ?? DEFAULT_SETTINGS);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });

  useEffect(() => {
    if (saved !== null) setDraft(saved);
  }, [saved]);

  const edit = useCallback((change: (draft: Settings) => Settings) => {
    setDraft(change);
    setStatus({ kind: "idle" });
  }, []);

  const submit = useCallback(async () => {
    setStatus({ kind: "saving" });
    const outcome = await save(draft);
    if (outcome.ok) setStatus({ kind: "saved" });
    else if ("problems" in outcome)
      setStatus({ kind: "invalid", message: describeProblems(outcome.problems) });
    else setStatus({ kind: "failed", error: describe(outcome.error) });
  }, [draft, save, describe, describeProblems]);

  const reset = useCallback(() => edit(() => DEFAULT_SETTINGS), [edit]);
  return { draft, status, edit, save: submit, reset };
}
