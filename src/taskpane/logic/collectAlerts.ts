import type { ErrorText } from "./describeError";
import type { PaneAlert } from "./PaneAlert";

/** Something that may have failed: its error (null: none) and how the user dismisses it (null: it stays). */
export type AlertSource = {
  readonly id: string;
  readonly error: unknown;
  readonly dismiss: (() => void) | null;
};

/**
 * The alerts to show: one per failed source, in order, without repeating a message already shown (one cause,
 * e.g. an Excel without the needed API set, often fails reading, settings and edit tracking at once).
 * Dismissing the one shown dismisses its repeats too.
 */
export function collectAlerts(
  sources: readonly AlertSource[],
  describe: (error: unknown) => ErrorText,
): PaneAlert[] {
  const alerts: PaneAlert[] = [];
  const dismissers = new Map<string, (() => void)[]>();
  for (const source of sources) {
    if (source.error === null || source.error === undefined) continue;
    const text = describe(source.error);
    const key = `${text.message}\n${text.detail ?? ""}`;
    const same = dismissers.get(key);
    if (same) {
      if (source.dismiss) same.push(source.dismiss);
      continue;
    }
    const list = source.dismiss ? [source.dismiss] : [];
    dismissers.set(key, list);
    alerts.push({
      id: source.id,
      text,
      dismiss: source.dismiss ? () => list.forEach((dismiss) => dismiss()) : null,
    });
  }
  return alerts;
}
