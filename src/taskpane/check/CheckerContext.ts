import { createContext, useContext } from "react";
import { createPlanChecker } from "./createPlanChecker";
import type { PlanChecker } from "./PlanChecker";

let shared: PlanChecker | null = null;

/** One checker for the page, made on first use. */
function sharedChecker(): PlanChecker {
  shared ??= createPlanChecker();
  return shared;
}

/** The checker the pane uses; tests provide their own. Null: the page's shared one. */
export const CheckerContext = createContext<PlanChecker | null>(null);

export function useChecker(): PlanChecker {
  return useContext(CheckerContext) ?? sharedChecker();
}
