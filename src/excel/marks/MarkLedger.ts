import { z } from "zod";

/**
 * What clearing needs to put every marked cell back, persisted in the workbook (see workbook/markState.ts):
 * per sheet (by id, which survives renames, and name) the cells we marked, each with the index of its
 * original fill in `fills` (-1: we did not change its fill) and the hashes of the note/comment texts we wrote
 * there. Compact on purpose (about 30 bytes a cell): it is rewritten with every set of marks.
 *
 * Fill members may be null: Excel reports `pattern` null for no fill and for white fills and `tintAndShade`
 * null for no fill (OfficeDev/office-js#4900), and the RangeFill docs use null for "not uniform".
 */
const FillSchema = z
  .object({
    color: z.string().nullable().optional(),
    pattern: z.string().nullable().optional(),
    patternColor: z.string().nullable().optional(),
    tintAndShade: z.number().nullable().optional(),
    patternTintAndShade: z.number().nullable().optional(),
  })
  .transform((fill) => fill as Excel.CellPropertiesFill);

const CellSchema = z.tuple([z.string(), z.number().int().min(-1), z.array(z.string())]);

const SheetSchema = z.object({
  id: z.string(),
  name: z.string(),
  fills: z.array(FillSchema),
  cells: z.array(CellSchema),
});

const LedgerSchema = z.object({
  v: z.literal(1),
  annotations: z.enum(["note", "comment", "none"]),
  sheets: z.array(SheetSchema),
});

export type MarkLedger = z.output<typeof LedgerSchema>;
export type LedgerSheet = MarkLedger["sheets"][number];
type LedgerCell = LedgerSheet["cells"][number];

export const EMPTY_LEDGER: MarkLedger = { v: 1, annotations: "none", sheets: [] };

/**
 * The ledger from its stored JSON; an empty one when there is none or it is not a ledger at all. Read entry by
 * entry, so that one damaged entry never empties it (which would orphan every mark): an unreadable sheet or
 * cell is left out, an unreadable original fill makes its cells "fill not ours" (-1), which leaves them as they
 * are rather than painting them with a guess.
 */
export function parseLedger(stored: unknown): MarkLedger {
  if (typeof stored !== "string" || stored === "") return EMPTY_LEDGER;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return EMPTY_LEDGER;
  }
  const whole = LedgerSchema.safeParse(json);
  if (whole.success) return whole.data;
  const head = z
    .object({ v: z.literal(1), annotations: LedgerSchema.shape.annotations, sheets: z.array(z.unknown()) })
    .safeParse(json);
  if (!head.success) return EMPTY_LEDGER;
  const sheets = head.data.sheets.flatMap((entry) => {
    const sheet = parseSheet(entry);
    return sheet === null ? [] : [sheet];
  });
  return { v: 1, annotations: head.data.annotations, sheets };
}

function parseSheet(entry: unknown): LedgerSheet | null {
  const whole = SheetSchema.safeParse(entry);
  if (whole.success) return whole.data;
  const head = z
    .object({ id: z.string(), name: z.string(), fills: z.array(z.unknown()), cells: z.array(z.unknown()) })
    .safeParse(entry);
  if (!head.success) return null;
  const fills = head.data.fills.map((fill) => FillSchema.safeParse(fill));
  const cells = head.data.cells.flatMap((cell): LedgerCell[] => {
    const parsed = CellSchema.safeParse(cell);
    if (!parsed.success) return [];
    const [a1, index, hashes] = parsed.data;
    const known = index >= 0 && fills[index]?.success === true;
    return [[a1, known ? index : -1, hashes]];
  });
  return {
    id: head.data.id,
    name: head.data.name,
    fills: fills.map((fill) => (fill.success ? fill.data : {})),
    cells,
  };
}

export function serializeLedger(ledger: MarkLedger): string {
  return JSON.stringify(ledger);
}
