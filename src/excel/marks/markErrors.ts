import type { MarkState } from "../workbook/markState";

/** The cached mark state no longer matches the workbook (a sheet went away, or the ledger changed). */
export class StaleMarkState extends Error {
  override readonly name = "StaleMarkState";
  constructor(readonly sheet: string | null) {
    super(sheet === null ? "The marks changed since they were read." : `No sheet named "${sheet}".`);
  }
}

/** The write batch failed; `state` describes every cell that may carry a mark now, for the rollback. */
export class MarkWriteFailed extends Error {
  override readonly name = "MarkWriteFailed";
  constructor(
    override readonly cause: unknown,
    readonly state: MarkState,
  ) {
    super("Writing the marks failed.");
  }
}
