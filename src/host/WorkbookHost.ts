import type { CellMark, WorkbookGrid } from "../engine";

/**
 * What the task pane needs from the place the plan lives: the open Excel workbook (src/excel) or a file the
 * user opened in a plain browser (src/taskpane/platform). Hooks talk to this, never to Office directly.
 * Failures reject with a HostError whose `reason` the pane turns into a message.
 */
export type WorkbookHost = {
  readonly kind: "excel" | "file";
  /** The host UI's language tag ("uk-UA"), or null when it cannot tell. */
  displayLanguage(): string | null;
  /** Every sheet's values (and merged ranges where the host can read them). */
  readWorkbook(onProgress?: (progress: ReadProgress) => void): Promise<WorkbookGrid>;
  /** Shows findings on their cells, replacing the marks shown before; all or nothing. */
  showMarks(marks: readonly CellMark[]): Promise<void>;
  /** Removes every mark this add-in made and restores the cells exactly as they were. */
  clearMarks(): Promise<void>;
  /** Activates the sheet and selects the cell. */
  goTo(sheet: string, rowIndex: number, colIndex: number): Promise<void>;
  /** Calls back after the user edits the plan; returns the function that stops listening. */
  onEdit(callback: () => void): () => void;
  /** Settings saved with the workbook (unvalidated: the caller parses them), or null. */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: unknown): Promise<void>;
  /**
   * What the host does in a lesser way (an older Excel marks with comments instead of notes; a sheet's merged
   * cells could not be read in the last readWorkbook), empty when nothing is degraded.
   */
  notices(): readonly HostNotice[];
};

/**
 * How far reading the workbook has come: the sheet being read (1-based; 0 before the first) of how many, the
 * rows read so far over all sheets, and how many there are in all when the host knows it beforehand (Excel
 * does, from the used ranges; a file does not).
 */
export type ReadProgress = {
  readonly sheet: number;
  readonly sheets: number;
  readonly rows: number;
  readonly totalRows: number | null;
};

/**
 * A degradation the pane tells the user about once: what happened and, where it is one sheet's, which.
 * "annotations-failed": Excel refused the notes or comments, marks are fills only; "downloads-as-workbooks":
 * files the pane makes open as new workbooks (Excel on Mac cannot save a download from an add-in).
 */
export type HostNotice = {
  readonly code:
    | "annotations-as-comments"
    | "annotations-none"
    | "annotations-failed"
    | "merges-unknown"
    | "downloads-as-workbooks";
  readonly sheet: string | null;
};

export type HostErrorReason =
  "protected" | "api-missing" | "too-large" | "busy" | "not-found" | "unreadable" | "unknown";

/** A host operation that failed, with a reason the UI can explain in the user's language. */
export class HostError extends Error {
  override readonly name = "HostError";
  constructor(
    readonly reason: HostErrorReason,
    message: string,
    readonly detail: { sheet?: string; range?: string } = {},
  ) {
    super(message);
  }
}
