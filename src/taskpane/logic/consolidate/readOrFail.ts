import type { PreparedReturn, UnreadableReturn } from "../../../engine/consolidate";
import type { ReturnReader } from "../../consolidate/ConsolidationKit";
import { readBlob } from "../../host/readBlob";
import { UnreadableFileError } from "../../host/UnreadableFileError";

/** A file the reader failed on: why as a read problem (else "corrupt"), and the error itself for the pane. */
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
    return { name, unreadable: error instanceof UnreadableFileError ? error.problem : "corrupt", error };
  }
}
