import type { ExecutorEntry } from "../../../engine";

/** An executor offered for a file: likely (the engine hesitated over it) or any other. */
export type ExecutorChoice = {
  readonly id: string;
  readonly name: string;
  readonly kind: "likely" | "other";
};

/** The executors a user can choose for a file, the likely ones first. */
export function executorChoices(
  entries: readonly ExecutorEntry[],
  candidates: readonly string[],
): ExecutorChoice[] {
  const ordered = [
    ...candidates.flatMap((id) => entries.filter((e) => e.id === id)),
    ...entries.filter((e) => !candidates.includes(e.id)),
  ];
  return ordered.map((e) => ({
    id: e.id,
    name: e.name,
    kind: candidates.includes(e.id) ? "likely" : "other",
  }));
}
