import { validateWorkbook } from "../../engine";
import type { PlanChecker } from "./PlanChecker";
import { readFileOnPage } from "./readFileOnPage";

/** The checker where no worker can run: the same work on the page's thread. */
export function mainThreadChecker(): PlanChecker {
  return {
    readFile: readFileOnPage,
    async validate(grid, settings) {
      return validateWorkbook(grid, settings);
    },
    dispose: () => undefined,
  };
}
