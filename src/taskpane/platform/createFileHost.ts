import type { CellMark, WorkbookGrid } from "../../engine";
import { HostError, type ReadProgress, type WorkbookHost } from "../../host";
import { canAnnotate, loadWorkbookAnnotator, loadWorkbookReader, type WorkbookAnnotations } from "../../xlsx";
import { readFileOnPage } from "../check/readFileOnPage";
import type { KeyValueStore } from "./KeyValueStore";
import { UnreadableFileError } from "./UnreadableFileError";

/** A workbook the user opened in the browser: its name and bytes (never sent anywhere). */
export type WorkbookFile = { readonly name: string; readonly bytes: Uint8Array };

export type CellTarget = { readonly sheet: string; readonly rowIndex: number; readonly colIndex: number };

/** The pane's host outside Office: the workbook is a file, marks go into a downloadable copy. */
export type FileHost = WorkbookHost & {
  readonly kind: "file";
  readonly fileName: string;
  /** Whether an annotated copy can be made of the file (an .xlsx or .xlsm by its content). */
  readonly annotatable: boolean;
  /** The marks shown last; the annotated copy carries exactly these. */
  marks(): readonly CellMark[];
  /** The cell the last goTo pointed at (the pane highlights its finding), or null. */
  target(): CellTarget | null;
  /** A copy of the file with the current marks and the given issues sheet; the original stays untouched. */
  annotatedCopy(annotations: Omit<WorkbookAnnotations, "marks">): Promise<Uint8Array>;
};

export function isFileHost(host: WorkbookHost): host is FileHost {
  return host.kind === "file" && "annotatedCopy" in host;
}

export type FileHostOptions = {
  /** The browser's language tag, standing in for Office's display language. */
  readonly language: string | null;
  /** Where settings for this file name are kept between visits. */
  readonly store: KeyValueStore;
  /** Reads the file into a grid (the pane's checker: in a worker); on the page's thread by default. */
  readonly read?: (
    name: string,
    bytes: Uint8Array,
    onProgress?: (read: ReadProgress) => void,
  ) => Promise<WorkbookGrid>;
};

/**
 * A {@link WorkbookHost} over a file's bytes. The xlsx reader and writer load on first use (they are the
 * heaviest part of the pane), and the file is parsed once: settings changes re-validate the same grid.
 */
export function createFileHost(file: WorkbookFile, options: FileHostOptions): FileHost {
  const bytes = file.bytes.slice();
  const settingsKey = `settings:${file.name}`;
  let grid: Promise<WorkbookGrid> | null = null;
  let marks: readonly CellMark[] = [];
  let target: CellTarget | null = null;
  const parse = options.read ?? readFileOnPage;
  let listeners: ((read: ReadProgress) => void)[] = [];

  /** The file's grid, read once; progress goes to whoever waits for the first read. */
  const read = (onProgress?: (read: ReadProgress) => void): Promise<WorkbookGrid> => {
    if (onProgress !== undefined) listeners.push(onProgress);
    grid ??= parse(file.name, bytes, (progress) => {
      for (const listener of listeners) listener(progress);
    })
      .catch((error: unknown) => {
        grid = null;
        throw error;
      })
      .finally(() => void (listeners = []));
    return grid;
  };

  return {
    kind: "file",
    fileName: file.name,
    annotatable: canAnnotate(bytes),
    displayLanguage: () => options.language,
    readWorkbook: (onProgress) => read(onProgress),
    async showMarks(next) {
      const sheets = new Set((await read()).sheets.map((sheet) => sheet.name));
      const foreign = next.find((mark) => !sheets.has(mark.sheet));
      if (foreign) throw new HostError("not-found", `No sheet "${foreign.sheet}"`, { sheet: foreign.sheet });
      marks = [...next];
    },
    async clearMarks() {
      marks = [];
    },
    async goTo(sheet, rowIndex, colIndex) {
      if (!(await read()).sheets.some((s) => s.name === sheet))
        throw new HostError("not-found", `No sheet "${sheet}"`, { sheet });
      target = { sheet, rowIndex, colIndex };
    },
    onEdit: () => () => undefined,
    notices: () => [],
    async loadSettings() {
      const saved = options.store.get(settingsKey);
      if (saved === null) return null;
      try {
        return JSON.parse(saved) as unknown;
      } catch {
        return saved;
      }
    },
    async saveSettings(settings) {
      options.store.set(settingsKey, JSON.stringify(settings));
    },
    marks: () => marks,
    target: () => target,
    async annotatedCopy(annotations) {
      const { annotateWorkbook } = await loadWorkbookAnnotator();
      const { WorkbookReadError } = await loadWorkbookReader();
      try {
        return annotateWorkbook(bytes, { ...annotations, marks: [...marks] });
      } catch (error) {
        if (error instanceof WorkbookReadError) throw new UnreadableFileError(error.problem, error.message);
        throw error;
      }
    },
  };
}
