import type { Plan, Settings, ValidationResult, WorkbookGrid } from "../../engine";
import type { ReadProgress } from "../../host";

/** A check's plan and findings. */
export type Validated = { readonly plan: Plan; readonly result: ValidationResult };

/** How far a check has come: reading the workbook, then checking the measures found. */
export type CheckProgress =
  { readonly phase: "reading"; readonly read: ReadProgress } | { readonly phase: "checking" };

/**
 * Reads workbook files and runs the engine, off the page's main thread where the browser allows it (a web
 * worker), so a plan of 20,000 measures never freezes the pane. Results come back in pieces small enough that
 * taking them in never blocks the page either.
 */
export type PlanChecker = {
  /** A workbook file's grid; rejects with UnreadableFileError for a file that is no readable workbook. */
  readFile(name: string, bytes: Uint8Array, onProgress?: (read: ReadProgress) => void): Promise<WorkbookGrid>;
  /** The plan in a grid and what the rules find in it. */
  validate(grid: WorkbookGrid, settings: Settings): Promise<Validated>;
  dispose(): void;
};
