import type { CheckProgress } from "../check/PlanChecker";
import type { Text } from "../text/makeText";

/** A check's progress in words: "Reading sheet 2 of 3: 12,000 rows read", "Checking the plan…". */
export function progressText(text: Text, progress: CheckProgress | null): string {
  if (progress === null || (progress.phase === "reading" && progress.read.sheet === 0))
    return text.ui("pane.progress.reading");
  if (progress.phase === "checking") return text.ui("pane.progress.checking");
  const { sheet, sheets, rows } = progress.read;
  return text.ui("pane.progress.sheet", { sheet, sheets, rows });
}

/** The share done (0–1) where the host knows how much there is to read; null: not known. */
export function progressShare(progress: CheckProgress | null): number | null {
  if (progress === null || progress.phase !== "reading") return null;
  const { rows, totalRows } = progress.read;
  return totalRows === null || totalRows === 0 ? null : Math.min(1, rows / totalRows);
}
