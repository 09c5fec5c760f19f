// The xlsx layer's split points: the task pane loads the reader and the writers on first use, so its first load stays
// small (tests/e2e/bundle.spec.ts). Hosts that need them at once (the CLI) import the modules from the front door.
export const loadWorkbookReader = () =>
  import(/* webpackChunkName: "xlsx-read" */ "./readNamedWorkbookAsync.js");
export const loadWorkbookWriter = () => import(/* webpackChunkName: "xlsx-write" */ "./writeWorkbook.js");
export const loadWorkbookAnnotator = () =>
  import(/* webpackChunkName: "xlsx-write" */ "./annotateWorkbook.js");
