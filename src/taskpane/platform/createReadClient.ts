import type { ReadClient } from "./ReadClient";
import { readOnPage } from "./readOnPage";

/**
 * A reader for the pane's workbooks: in a web worker where the browser has them (the worker code loads with
 * the first file), else on the page's thread.
 */
export function createReadClient(): ReadClient {
  if (typeof Worker === "undefined") return readOnPage();
  const client = Promise.all([
    import(/* webpackChunkName: "read-worker" */ "./readInWorker"),
    import(/* webpackChunkName: "read-worker" */ "./startReadWorker"),
  ]).then(
    ([{ readInWorker }, { startReadWorker }]) => readInWorker(readOnPage, startReadWorker),
    () => readOnPage(),
  );
  return {
    workbook: async (name, bytes) => (await client).workbook(name, bytes),
    prepared: async (name, bytes) => (await client).prepared(name, bytes),
    dispose: () => void client.then((c) => c.dispose()),
  };
}
