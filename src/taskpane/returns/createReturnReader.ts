import { createReadClient } from "../platform/createReadClient";
import type { ReturnReader } from "./ConsolidationKit";

/** A reader for returns: in a web worker where the browser has them, else on the page's thread. */
export function createReturnReader(): ReturnReader {
  const client = createReadClient();
  return { read: (name, bytes) => client.prepared(name, bytes), dispose: () => client.dispose() };
}
