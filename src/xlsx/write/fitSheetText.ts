import { fitCellText, MAX_CELL_TEXT } from "../../engine";
import { noteRoom } from "../ooxml/commentsXml";
import { isCellSpec } from "../ooxml/worksheetXml";
import type { CellInput, SheetSpec } from "../WorkbookSpec";

/** How a writer marks a cut text: "… [cut: 1,234 characters]" in the output's language. */
export type CutMarker = (removed: number) => string;

/**
 * A sheet whose every text (cell values, and notes with their `author` line) fits an Excel cell (see
 * fitCellText); the same object when
 * nothing is too long, so the common case costs one length check per text.
 */
export function fitSheetText(sheet: SheetSpec, marker?: CutMarker, author = ""): SheetSpec {
  const room = noteRoom(author);
  let rows: CellInput[][] | null = null;
  sheet.rows.forEach((row, r) => {
    row.forEach((input, c) => {
      const fitted = fitInput(input, marker, room);
      if (fitted === input) return;
      rows ??= sheet.rows.map((cells) => [...cells]);
      const target = rows[r];
      if (target !== undefined) target[c] = fitted;
    });
  });
  return rows === null ? sheet : { ...sheet, rows };
}

function fitInput(input: CellInput, marker: CutMarker | undefined, room: number): CellInput {
  if (typeof input === "string") return input.length > MAX_CELL_TEXT ? fitCellText(input, marker) : input;
  if (!isCellSpec(input)) return input;
  const value = typeof input.value === "string" ? fitCellText(input.value, marker) : input.value;
  const note = input.note === undefined ? undefined : fitCellText(input.note, marker, room);
  if (value === input.value && note === input.note) return input;
  return { ...input, value, ...(note === undefined ? {} : { note }) };
}
