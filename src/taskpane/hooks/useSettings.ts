import { useCallback, useEffect, useState } from "react";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../engine";
import type { WorkbookHost } from "../../host/WorkbookHost";

export type SaveOutcome = { ok: true } | { ok: false; problems: string[] } | { ok: false; error: unknown };

export type SettingsState = {
  /** The settings checks use; null until the host has answered. */
  readonly settings: Settings | null;
  /** Why the saved settings were not used (they are replaced by the defaults), or null. */
  readonly loadProblems: readonly string[] | null;
  readonly loadError: unknown;
};

/**
 * The workbook's validation settings: loaded from the host and checked with the engine's `parseSettings`
 * (invalid or unreadable ones fall back to the defaults, and the pane says so); saved only when valid.
 */
export function useSettings(host: WorkbookHost): {
  state: SettingsState;
  save: (next: unknown) => Promise<SaveOutcome>;
  dismissLoadError: () => void;
} {
  const [state, setState] = useState<SettingsState>({ settings: null, loadProblems: null, loadError: null });

  useEffect(() => {
    let current = true;
    host.loadSettings().then(
      (raw) => {
        if (!current) return;
        const parsed = parseSettings(raw);
        setState(
          parsed.ok
            ? { settings: parsed.settings, loadProblems: null, loadError: null }
            : { settings: DEFAULT_SETTINGS, loadProblems: parsed.problems, loadError: null },
        );
      },
      (loadError: unknown) =>
        current && setState({ settings: DEFAULT_SETTINGS, loadProblems: null, loadError }),
    );
    return () => void (current = false);
  }, [host]);

  const save = useCallback(
    async (next: unknown): Promise<SaveOutcome> => {
      const parsed = parseSettings(next);
      if (!parsed.ok) return { ok: false, problems: parsed.problems };
      try {
        await host.saveSettings(parsed.settings);
      } catch (error) {
        return { ok: false, error };
      }
      setState({ settings: parsed.settings, loadProblems: null, loadError: null });
      return { ok: true };
    },
    [host],
  );

  const dismissLoadError = useCallback(
    () => setState((s) => ({ ...s, loadProblems: null, loadError: null })),
    [],
  );
  return { state, save, dismissLoadError };
}
