import type { ConsolidationKit } from "./ConsolidationKit";

let loading: Promise<ConsolidationKit> | null = null;

/** The consolidation code, downloaded once when the Reports tab is first opened. */
export function loadConsolidationKit(): Promise<ConsolidationKit> {
  loading ??= import(/* webpackChunkName: "consolidate" */ "./browserKit")
    .then((module) => module.browserKit)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
