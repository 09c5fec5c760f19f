import { measureWords, type MeasureWords } from "../match";
import { readReturn } from "./readReturn";
import { returnFingerprint } from "./returnFingerprint";
import type { ReturnFile, ReturnRow } from "./ReturnRow";
import { readReissue, readTemplateMeta, type TemplateMeta } from "../template";

/**
 * A return read and parsed, before it is matched to the plan: its name, its template record (if it is one of
 * our templates) and its measure rows. Plain data, so a host can prepare returns in parallel (workers) and
 * hand them to {@link Consolidator.addPrepared} in order.
 */
export type PreparedReturn = {
  readonly name: string;
  readonly meta: TemplateMeta | null;
  readonly rows: readonly ReturnRow[];
  /** The language of the return's column labels, or null when they do not tell (then the plan's counts). */
  readonly language: "uk" | "bg" | "en" | null;
  /** What the return says, as a fingerprint (see returnFingerprint): equal for the same return given twice. */
  readonly fingerprint: string;
  /** When its template was re-issued with a request (see readReissue), or null. */
  readonly reissued: string | null;
};

export function prepareReturn(
  file: ReturnFile,
  fold: (text: string) => MeasureWords = measureWords,
): PreparedReturn {
  const { rows, language } = readReturn(file, fold);
  const meta = readTemplateMeta(file.workbook);
  const reissued = meta === null ? null : readReissue(file.workbook);
  return { name: file.name, meta, rows, language, fingerprint: returnFingerprint(meta, rows), reissued };
}
