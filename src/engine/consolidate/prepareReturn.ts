import { measureWords, type MeasureWords } from "./measureText";
import { readReturn } from "./readReturn";
import type { ReturnFile, ReturnRow } from "./ReturnRow";
import { readTemplateMeta, type TemplateMeta } from "./templateMeta";

/**
 * A return read and parsed, before it is matched to the plan: its name, its template record (if it is one of
 * our templates) and its measure rows. Plain data, so a host can prepare returns in parallel (workers) and
 * hand them to {@link Consolidator.addPrepared} in order.
 */
export type PreparedReturn = {
  readonly name: string;
  readonly meta: TemplateMeta | null;
  readonly rows: readonly ReturnRow[];
};

export function prepareReturn(
  file: ReturnFile,
  fold: (text: string) => MeasureWords = measureWords,
): PreparedReturn {
  return { name: file.name, meta: readTemplateMeta(file.workbook), rows: readReturn(file, fold) };
}
