// Requests: what each executor with gaps is asked to complete or correct, and the return that answers it.
export type { ExecutorRequest, RequestItem, RequestKind, RequestMeasure } from "./ExecutorRequest";
export { executorRequests } from "./executorRequests";
