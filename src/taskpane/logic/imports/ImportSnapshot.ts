import type { Consolidation, FileResult } from "../../../engine";

/** A return the user added, as far as it got. */
export type ImportedFile = {
  readonly id: number;
  readonly name: string;
  readonly state: "waiting" | "reading" | "read" | "failed";
  readonly error: unknown;
  /** How the consolidation took the file (executor, rows matched), once it was read. */
  readonly result: FileResult | null;
};

/** What an import shows: every file, the preview, the progress of reading, the user's choices. */
export type ImportSnapshot = {
  readonly files: readonly ImportedFile[];
  /** The consolidation of every file read so far (nothing is written anywhere), or null before any. */
  readonly result: Consolidation | null;
  readonly progress: { readonly done: number; readonly total: number } | null;
  /** Executors the user chose for files: file name → roster id. */
  readonly picks: ReadonlyMap<string, string>;
  /** The periods the returns' templates name (one per return read; undefined where it names none). */
  readonly periods: readonly (string | undefined)[];
};
