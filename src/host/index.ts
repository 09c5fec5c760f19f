// The front door of src/host: other layers import it only from here (scripts/layers.cjs).
export { HostError } from "./WorkbookHost";
export type { HostErrorReason, HostNotice, ReadProgress, WorkbookHost } from "./WorkbookHost";
