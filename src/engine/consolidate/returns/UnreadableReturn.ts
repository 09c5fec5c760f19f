import type { ExceededLimit } from "../../values";

/**
 * A return the host could not read as a workbook: its name and why, as a code the messages know (`corrupt`,
 * `encrypted`, `not-a-workbook`, `empty`, `unsupported`, `io`). The consolidation goes on without it and
 * reports it as a problem of that file. `exceeded`: the reading limit a file over one went over.
 */
export type UnreadableReturn = {
  readonly name: string;
  readonly unreadable: string;
  readonly exceeded?: ExceededLimit;
};
