import type { Plan } from "../plan/Plan";
import type { Consolidation } from "./Consolidation";
import { Consolidator, type ConsolidateOptions } from "./Consolidator";
import type { ReturnFile } from "./returns";

/** Consolidates all returns at once; see {@link Consolidator} for one file at a time. */
export function consolidate(
  plan: Plan,
  returns: readonly ReturnFile[],
  options: ConsolidateOptions = {},
): Consolidation {
  const consolidator = new Consolidator(plan, options);
  for (const file of returns) consolidator.add(file);
  return consolidator.finish();
}
