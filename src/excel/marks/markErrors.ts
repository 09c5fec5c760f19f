import type { MarkState } from "../workbook/markState";

/** The cached mark state no longer matches the workbook (a sheet went away, or the ledger changed). */
export class StaleMarkState extends Error {
  override readonly name = "StaleMarkState";
  constructor(readonly sheet: string | null) {
    super(sheet === null ? "The marks changed since they were read." : `No sheet named "${sheet}".`);
  }
}

/**
 * The write failed; `state` describes every cell that may carry a mark now, for the rollback. `annotating`:
 * the write added notes or comments (a retry without them may succeed).
 */
export class MarkWriteFailed extends Error {
  override readonly name = "MarkWriteFailed";
  constructor(
    override readonly cause: unknown,
    readonly state: MarkState,
    readonly annotating: boolean,
  ) {
    super("Writing the marks failed.");
  }
}

/** The ledger the write needs (all cells marked before or after) would not fit the settings. */
export class LedgerTooLarge extends Error {
  override readonly name = "LedgerTooLarge";
  constructor(
    readonly unionBytes: number,
    readonly finalBytes: number,
  ) {
    super(`The marks ledger would take ${unionBytes} bytes.`);
  }
}
