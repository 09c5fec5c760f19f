import type { SheetView } from "../grid/SheetView";
import { isMeasurable } from "../parse/isMeasurable";
import { cellNumber } from "../parse/leadingNumber";
import { namesBody } from "../parse/namesBody";
import { ANY_YEARS, parseDeadline } from "../parse/parseDeadline";
import { parseNumber } from "../parse/parseNumber";
import { parseStatus } from "../parse/parseStatus";
import { isPlaceholder } from "../text/isPlaceholder";
import type { ContentKind } from "./ColumnChoice";
import type { FieldRole } from "./FieldRole";

/** How many data rows of a column are looked at. */
const SAMPLE_ROWS = 200;
/** A content reading needs this many non-empty cells … */
const MIN_CELLS = 2;
/** … and this share of them reading as the role's values. */
export const MIN_CONTENT_SHARE = 0.6;

/** What the non-empty cells of a column read as: shares of `cells` (0..1) and the mean text length. */
export type ContentProfile = {
  readonly cells: number;
  readonly meanLength: number;
  readonly shares: Readonly<Record<ContentKind, number>>;
};

/** A timeline's mark: one sign or a yes, never a number (a year's amount is not a mark). */
const MARK = /^(?:[xх×✓✔☑■●•+*v]|так|да|yes)$/iu;

/** Funding words: a column of them is the source of financing. */
const FINANCING =
  /бюджет|кошт|фонд|фінансуван|не потребує|в межах|средств|финансиран|програм|budget|fund|grant|financ|donor|within|в рамките/iu;

/**
 * Reads a sample of a column's data cells (rows `from` to `to`, exclusive) — skipping rows with one filled cell
 * (goal and note rows) and the followers of merged cells — and says what they read as.
 */
export function columnContent(view: SheetView, colIndex: number, from: number, to: number): ContentProfile {
  const counts: Record<ContentKind, number> = {
    deadlines: 0,
    bodies: 0,
    indicators: 0,
    statuses: 0,
    numbers: 0,
    amounts: 0,
    financing: 0,
    longText: 0,
    marks: 0,
  };
  let cells = 0;
  let length = 0;
  const end = Math.min(to, view.rowCount);
  for (let r = from, seen = 0; r < end && seen < SAMPLE_ROWS; r++) {
    if (view.merges.isFollower(r, colIndex) || view.filledCount(r) <= 1) continue;
    seen++;
    const value = view.raw(r, colIndex);
    const text = view.text(r, colIndex);
    if (text === "") continue;
    cells++;
    length += text.length;
    if (isDeadline(value)) counts.deadlines++;
    if (namesBody(text)) counts.bodies++;
    if (text.length > 8 && isMeasurable(text.replace(/\d/g, ""))) counts.indicators++;
    if (parseStatus(text).kind === "known") counts.statuses++;
    if (cellNumber(text) !== null) counts.numbers++;
    if (typeof value === "number" || isPlaceholder(text) || parseNumber(text).kind === "number")
      counts.amounts++;
    if (FINANCING.test(text)) counts.financing++;
    if (text.length >= 40) counts.longText++;
    if (MARK.test(text.trim())) counts.marks++;
  }
  const share = (n: number): number => (cells === 0 ? 0 : n / cells);
  return {
    cells,
    meanLength: cells === 0 ? 0 : length / cells,
    shares: {
      deadlines: share(counts.deadlines),
      bodies: share(counts.bodies),
      indicators: share(counts.indicators),
      statuses: share(counts.statuses),
      numbers: share(counts.numbers),
      amounts: share(counts.amounts),
      financing: share(counts.financing),
      longText: share(counts.longText),
      marks: share(counts.marks),
    },
  };
}

function isDeadline(value: ReturnType<SheetView["raw"]>): boolean {
  if (typeof value === "number" && !(Number.isInteger(value) && value >= 1990 && value <= 2100)) return false;
  // "IV квартал" is a deadline too, in whatever years the plan has.
  const deadline = parseDeadline(value, ANY_YEARS);
  return deadline !== null && deadline.kind !== "unparsed";
}

/** The content kind that speaks for a role, where cells can speak for it at all. */
export const CONTENT_KIND: Readonly<Partial<Record<FieldRole, ContentKind>>> = {
  deadline: "deadlines",
  responsible: "bodies",
  indicator: "indicators",
  status: "statuses",
  number: "numbers",
  financing: "financing",
  financingAmount: "amounts",
  currentValue: "amounts",
  measure: "longText",
};

/** The share of a column's cells that read as values of `role`, when enough of them do; else null. */
export function contentShare(profile: ContentProfile, role: FieldRole): number | null {
  const kind = CONTENT_KIND[role];
  if (kind === undefined || profile.cells < MIN_CELLS) return null;
  const share = profile.shares[kind];
  return share >= MIN_CONTENT_SHARE ? share : null;
}
