// The reading limits live in the engine, beside Excel's grid size (src/engine/values/readLimits.ts), so that
// every host shares them; the readers here import them from this module.
export { READ_LIMITS, type ExceededLimit, type ReadLimit, type ReadLimits } from "../engine";
