import type { ReturnReader } from "./ConsolidationKit";
import { mainThreadReader } from "./mainThreadReader";

/**
 * A reader for returns: in a web worker where the browser has them (the worker code loads with the first
 * file), else on the page's thread.
 */
export function createReturnReader(): ReturnReader {
  if (typeof Worker === "undefined") return mainThreadReader();
  const reader = import(/* webpackChunkName: "returns" */ "./workerReader").then(
    (module) => module.workerReader(mainThreadReader),
    () => mainThreadReader(),
  );
  return {
    read: async (name, bytes) => (await reader).read(name, bytes),
    dispose: () => void reader.then((r) => r.dispose()),
  };
}
