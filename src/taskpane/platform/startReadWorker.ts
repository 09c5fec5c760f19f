/** The pane's reading worker (src/taskpane/host/readWorker.ts), bundled by webpack as plancheck-read.*.js. */
export function startReadWorker(): Worker {
  return new Worker(new URL("./readWorker.ts", import.meta.url), { name: "plancheck-read" });
}
