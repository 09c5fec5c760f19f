import { checkZip } from "../../../src/xlsx/read/checkZip";
import { readOoxmlGrid } from "../../../src/xlsx/read/fast/readOoxmlGrid";
import { OoxmlUnsupported } from "../../../src/xlsx/read/fast/OoxmlUnsupported";
import type { ReadWorkbookResult } from "../../../src/xlsx/read/ReadWorkbookResult";
import { readWorkbookWithSheetJs } from "../../../src/xlsx/read/readWorkbookWithSheetJs";
import { readWorkbookWithInfo } from "../../../src/xlsx/readWorkbook";

/** The fast OOXML reader's result (it must not fall back) and SheetJS's, for a ZIP package. */
export function readBoth(data: Uint8Array): { fast: ReadWorkbookResult; sheetJs: ReadWorkbookResult } {
  return { fast: readOoxmlGrid(data, checkZip(data)), sheetJs: readWorkbookWithSheetJs(data, "zip") };
}

/** Asserts the fast reader takes the package and gives exactly SheetJS's grid, types and holes included. */
export function expectSameAsSheetJs(data: Uint8Array): ReadWorkbookResult {
  const { fast, sheetJs } = readBoth(data);
  expect(fast).toStrictEqual(sheetJs);
  expect(readWorkbookWithInfo(data)).toStrictEqual(sheetJs);
  return fast;
}

type Outcome = { result: ReadWorkbookResult } | { error: string };

function outcome(read: () => ReadWorkbookResult): Outcome {
  try {
    return { result: read() };
  } catch (error) {
    return { error: String(error) };
  }
}

/**
 * Asserts the fast reader declines the package (with {@link OoxmlUnsupported} unless `anyError`) and that
 * readWorkbookWithInfo then does whatever SheetJS does: the same grid, or the same error.
 */
export function expectLeftToSheetJs(data: Uint8Array, anyError = false): Outcome {
  expect(() => readOoxmlGrid(data, checkZip(data))).toThrow(anyError ? Error : OoxmlUnsupported);
  const sheetJs = outcome(() => readWorkbookWithSheetJs(data, "zip"));
  expect(outcome(() => readWorkbookWithInfo(data))).toStrictEqual(sheetJs);
  return sheetJs;
}
