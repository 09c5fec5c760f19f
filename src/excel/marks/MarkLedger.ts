import { z } from "zod";

/**
 * What clearing needs to put every marked cell back, persisted in the workbook (see workbook/markState.ts):
 * per sheet (by id, which survives renames, and name) the cells we marked, each with the index of its
 * original fill in `fills` (-1: we did not change its fill) and the hashes of the note/comment texts we wrote
 * there. Compact on purpose (about 30 bytes a cell): it is rewritten with every set of marks.
 */
const FillSchema = z
  .object({
    color: z.string().optional(),
    pattern: z.string().optional(),
    patternColor: z.string().optional(),
    tintAndShade: z.number().nullable().optional(),
    patternTintAndShade: z.number().nullable().optional(),
  })
  .transform((fill) => fill as Excel.CellPropertiesFill);

const LedgerSchema = z.object({
  v: z.literal(1),
  annotations: z.enum(["note", "comment", "none"]),
  sheets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      fills: z.array(FillSchema),
      cells: z.array(z.tuple([z.string(), z.number().int().min(-1), z.array(z.string())])),
    }),
  ),
});

export type MarkLedger = z.output<typeof LedgerSchema>;
export type LedgerSheet = MarkLedger["sheets"][number];
export type LedgerCell = LedgerSheet["cells"][number];

export const EMPTY_LEDGER: MarkLedger = { v: 1, annotations: "none", sheets: [] };

/** The ledger from its stored JSON; an empty one when there is none or it is unreadable. */
export function parseLedger(stored: unknown): MarkLedger {
  if (typeof stored !== "string" || stored === "") return EMPTY_LEDGER;
  try {
    const result = LedgerSchema.safeParse(JSON.parse(stored));
    return result.success ? result.data : EMPTY_LEDGER;
  } catch {
    return EMPTY_LEDGER;
  }
}

export function serializeLedger(ledger: MarkLedger): string {
  return JSON.stringify(ledger);
}

export function ledgerCellCount(ledger: MarkLedger): number {
  return ledger.sheets.reduce((sum, sheet) => sum + sheet.cells.length, 0);
}
