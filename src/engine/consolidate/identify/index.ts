// Identify: whose return a file is — from the template id, the roster's file name, or the bodies its rows name.
export { ExecutorMatcher } from "./ExecutorMatcher";
export { identifyFile, normalFileName } from "./identifyFile";
export type { FileIdentity, IdentifyContext } from "./identifyFile";
