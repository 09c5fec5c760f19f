import type { ExecutorEntry } from "../../../engine/consolidate";

/** An executor offered for a file: likely (the engine hesitated over it), taken (chosen for another file). */
export type ExecutorChoice = {
  readonly id: string;
  readonly name: string;
  readonly kind: "likely" | "taken" | "other";
};

/**
 * The executors a user can choose for a file, the likely ones first; an executor already chosen for another
 * file is offered as taken (one file per executor: the choice is a roster line naming that file).
 */
export function executorChoices(
  fileName: string,
  entries: readonly ExecutorEntry[],
  candidates: readonly string[],
  picks: ReadonlyMap<string, string>,
): ExecutorChoice[] {
  const taken = new Set([...picks].filter(([file]) => file !== fileName).map(([, id]) => id));
  const ordered = [
    ...candidates.flatMap((id) => entries.filter((e) => e.id === id)),
    ...entries.filter((e) => !candidates.includes(e.id)),
  ];
  return ordered.map((e) => ({
    id: e.id,
    name: e.name,
    kind: taken.has(e.id) ? "taken" : candidates.includes(e.id) ? "likely" : "other",
  }));
}
