import type { PreparedReturn, UnreadableReturn } from "../../../engine";
import type { ReturnReader } from "../../returns/ConsolidationKit";
import { readBlob } from "../../platform/readBlob";
import { UnreadableFileError } from "../../platform/UnreadableFileError";

/**
 * A file the reader failed on: why as a read problem (else "corrupt"; the reading limit it went over, if any),
 * and the error itself for the pane.
 */
export type FailedReturn = UnreadableReturn & { readonly error: unknown };

/**
 * A return file read by `reader`, or, when it cannot be read, what the consolidation takes instead (a problem
 * of that file: the other returns are consolidated).
 */
export async function readOrFail(
  reader: ReturnReader,
  name: string,
  blob: Blob,
): Promise<PreparedReturn | FailedReturn> {
  try {
    return await reader.read(name, new Uint8Array(await readBlob(blob)));
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) return { name, unreadable: "corrupt", error };
    const { problem, exceeded } = error;
    return exceeded === null
      ? { name, unreadable: problem, error }
      : { name, unreadable: problem, exceeded, error };
  }
}
