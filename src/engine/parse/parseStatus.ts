import type { CellValue } from "../grid/CellValue";
import { executorKey } from "./executorKey";
import { cellText } from "../text/cellText";
import { collapseSpace } from "../text/collapseSpace";
import { REPORT_STATUSES, type ParsedStatus, type ReportStatus } from "./ReportStatus";
import { STATUS_WORDS } from "./statusWords";

const BY_KEY: ReadonlyMap<string, ReportStatus> = new Map(
  REPORT_STATUSES.flatMap((status) => STATUS_WORDS[status].map((word) => [statusKey(word), status] as const)),
);

/**
 * A status cell in any of the three languages and any capitalisation: "Виконано", "виконується",
 * "НЕ ВИКОНАНО", "в изпълнение", "Текущ", "n/a". Blank stays blank; other text is kept as unknown.
 */
export function parseStatus(value: CellValue): ParsedStatus {
  const raw = collapseSpace(cellText(value));
  if (raw === "") return { kind: "blank", status: null, raw };
  let parsed = SEEN.get(raw);
  if (parsed === undefined) {
    const status = BY_KEY.get(statusKey(raw));
    parsed = status === undefined ? { kind: "unknown", status: null, raw } : { kind: "known", status, raw };
    if (SEEN.size < 10_000) SEEN.set(raw, parsed);
  }
  return parsed;
}

/** Statuses already read: a consolidation meets the same few spellings thousands of times. */
const SEEN = new Map<string, ParsedStatus>();

/** Case, spaces, hyphens, apostrophes, look-alikes and trailing punctuation folded away. */
function statusKey(text: string): string {
  return executorKey(text.replace(/[.;,:!]+$/u, "")).replace(/\.$/u, "");
}
