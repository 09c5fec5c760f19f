import { mainThreadChecker } from "./mainThreadChecker";
import type { PlanChecker } from "./PlanChecker";
import { workerChecker } from "./workerChecker";

/**
 * The pane's checker: over a web worker where the browser has them (the worker's code loads with the first
 * check), else on the page's thread.
 */
export function createPlanChecker(): PlanChecker {
  if (typeof Worker === "undefined") return mainThreadChecker();
  let checker: Promise<PlanChecker> | null = null;
  const ready = (): Promise<PlanChecker> =>
    (checker ??= import(/* webpackChunkName: "check" */ "./startCheckWorker").then(
      (module) => workerChecker(module.startCheckWorker, mainThreadChecker),
      () => mainThreadChecker(),
    ));
  return {
    readFile: async (name, bytes, onProgress) => (await ready()).readFile(name, bytes, onProgress),
    validate: async (grid, settings) => (await ready()).validate(grid, settings),
    dispose: () => void checker?.then((c) => c.dispose()),
  };
}
