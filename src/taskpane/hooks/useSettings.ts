import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_SETTINGS, type ExecutorEntry, parseSettings, type Settings } from "../../engine";
import type { WorkbookHost } from "../../host";
import { joinSaved, splitSaved } from "../logic/roster/storedRoster";

export type SaveOutcome = { ok: true } | { ok: false; problems: string[] } | { ok: false; error: unknown };

export type SettingsState = {
  /** The settings checks use; null until the host has answered. */
  readonly settings: Settings | null;
  /** Why the saved settings were not used (they are replaced by the defaults), or null. */
  readonly loadProblems: readonly string[] | null;
  readonly loadError: unknown;
  /** The executors list saved with the workbook, or null (derived from the plan). */
  readonly roster: readonly ExecutorEntry[] | null;
};

/**
 * What is saved with the workbook, in one settings object: the validation settings, checked with the engine's
 * `parseSettings` (invalid or unreadable ones fall back to the defaults, and the pane says so; saved only when
 * valid), and the coordinator's executors list (key `roster`). Saving one part keeps the other as it was.
 */
export function useSettings(host: WorkbookHost): {
  state: SettingsState;
  save: (next: unknown) => Promise<SaveOutcome>;
  saveRoster: (roster: readonly ExecutorEntry[] | null) => Promise<void>;
  dismissLoadError: () => void;
} {
  const [state, setState] = useState<SettingsState>({
    settings: null,
    loadProblems: null,
    loadError: null,
    roster: null,
  });
  // The parts as stored: saving settings keeps the roster, saving the roster keeps the settings as they were.
  const stored = useRef<{ settings: unknown; roster: readonly ExecutorEntry[] | null }>({
    settings: null,
    roster: null,
  });

  useEffect(() => {
    let current = true;
    host.loadSettings().then(
      (raw) => {
        if (!current) return;
        const parts = splitSaved(raw);
        stored.current = { settings: parts.settings, roster: parts.roster };
        const parsed = parseSettings(parts.settings);
        setState(
          parsed.ok
            ? { settings: parsed.settings, loadProblems: null, loadError: null, roster: parts.roster }
            : {
                settings: DEFAULT_SETTINGS,
                loadProblems: parsed.problems,
                loadError: null,
                roster: parts.roster,
              },
        );
      },
      (loadError: unknown) =>
        current && setState({ settings: DEFAULT_SETTINGS, loadProblems: null, loadError, roster: null }),
    );
    return () => void (current = false);
  }, [host]);

  const save = useCallback(
    async (next: unknown): Promise<SaveOutcome> => {
      const parsed = parseSettings(next);
      if (!parsed.ok) return { ok: false, problems: parsed.problems };
      try {
        await host.saveSettings(joinSaved(parsed.settings, stored.current.roster));
      } catch (error) {
        return { ok: false, error };
      }
      stored.current = { ...stored.current, settings: parsed.settings };
      setState((s) => ({ ...s, settings: parsed.settings, loadProblems: null, loadError: null }));
      return { ok: true };
    },
    [host],
  );

  const saveRoster = useCallback(
    async (roster: readonly ExecutorEntry[] | null): Promise<void> => {
      await host.saveSettings(joinSaved(stored.current.settings ?? {}, roster));
      stored.current = { ...stored.current, roster };
      setState((s) => ({ ...s, roster }));
    },
    [host],
  );

  const dismissLoadError = useCallback(
    () => setState((s) => ({ ...s, loadProblems: null, loadError: null })),
    [],
  );
  return { state, save, saveRoster, dismissLoadError };
}
