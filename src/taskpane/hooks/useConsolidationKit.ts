import { useEffect, useState } from "react";
import type { ConsolidationKit } from "../returns/ConsolidationKit";
import { loadConsolidationKit } from "../returns/loadConsolidationKit";

export type KitState =
  | { readonly phase: "loading" }
  | { readonly phase: "ready"; readonly kit: ConsolidationKit }
  | { readonly phase: "failed"; readonly error: unknown };

/** The consolidation code, loaded once `wanted` (the Reports tab has a plan to work on). */
export function useConsolidationKit(
  wanted: boolean,
  load: () => Promise<ConsolidationKit> = loadConsolidationKit,
): KitState {
  const [state, setState] = useState<KitState>({ phase: "loading" });
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    load().then(
      (kit) => current && setState({ phase: "ready", kit }),
      (error: unknown) => current && setState({ phase: "failed", error }),
    );
    return () => void (current = false);
  }, [wanted, load]);
  return state;
}
