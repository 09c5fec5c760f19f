import type { CheckPort } from "./workerChecker";

/** The check worker of the built pane (its own chunk; webpack bundles the engine and the reader into it). */
export function startCheckWorker(): CheckPort {
  return new Worker(new URL("./checkWorker.ts", import.meta.url), { name: "plancheck-check" });
}
