import fc from "fast-check";
import { runCli } from "../../src/cli/main";
import { annotateWorkbook, InvalidAnnotationError } from "../../src/xlsx/annotateWorkbook";
import { checkZip } from "../../src/xlsx/read/checkZip";
import { readOoxmlGrid } from "../../src/xlsx/read/fast/readOoxmlGrid";
import type { ReadWorkbookResult } from "../../src/xlsx/read/ReadWorkbookResult";
import { readWorkbookWithSheetJs } from "../../src/xlsx/read/readWorkbookWithSheetJs";
import { sniffFormat } from "../../src/xlsx/read/sniffFormat";
import { readWorkbookWithInfo, WorkbookReadError } from "../../src/xlsx/readWorkbook";
import { memoryIo } from "../helpers/memoryIo";
import { fuzzRuns, fuzzTimeout } from "./gridArbitraries";
import { mutate, mutations, originals, type Mutation } from "./workbookMutations";

/**
 * Mutated real workbooks (tests/fuzz/workbookMutations.ts) through both readers, the annotating writer and
 * the CLI: each gives a result or a clear error (WorkbookReadError: one line, a known problem), never any
 * other exception; where the fast reader and SheetJS both read a file they give the same grid; `plancheck
 * validate` ends with 0, 1 or 2, never an internal error. `npm run fuzz` runs the same with more cases.
 */
jest.setTimeout(fuzzTimeout(900_000));

const ORIGINALS = originals();
const original = fc.constantFrom(...ORIGINALS);

type Outcome = { readonly result: ReadWorkbookResult } | { readonly error: WorkbookReadError };

/** A reader's answer; anything but a WorkbookReadError fails the property, naming the mutations. */
function outcome(read: () => ReadWorkbookResult, steps: readonly Mutation[]): Outcome {
  try {
    return { result: read() };
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      expect(error.message).not.toContain("\n");
      return { error };
    }
    throw new Error(`${steps.map((s) => s.describe).join(", ")}: ${String(error)}`);
  }
}

/** The fast reader alone: a result, or null where it declines (any error: the caller then uses SheetJS). */
function fastOnly(data: Uint8Array): ReadWorkbookResult | null {
  try {
    return sniffFormat(data) === "zip" ? readOoxmlGrid(data, checkZip(data)) : null;
  } catch {
    return null;
  }
}

describe("mutated workbooks", () => {
  it("both readers give a result or a clear error, and the same grid wherever both read", () => {
    fc.assert(
      fc.property(original, mutations, ({ bytes }, steps) => {
        const data = mutate(bytes, steps);
        const read = outcome(() => readWorkbookWithInfo(data), steps);
        const sheetJs = outcome(() => readWorkbookWithSheetJs(data, sniffFormatOr(data)), steps);
        const fast = fastOnly(data);
        if (fast !== null && "result" in sheetJs) expect(fast).toStrictEqual(sheetJs.result);
        if (fast !== null) expect(read).toStrictEqual({ result: fast });
      }),
      { numRuns: fuzzRuns(120) },
    );
  });

  it("the annotated copy is made or refused with a clear error, and what it makes reads back", () => {
    fc.assert(
      fc.property(original, mutations, ({ bytes }, steps) => {
        const data = mutate(bytes, steps);
        let copy: Uint8Array;
        try {
          copy = annotateWorkbook(data, {
            marks: [
              { sheet: "План заходів", rowIndex: 4, colIndex: 2, severity: "error", note: "Немає строку" },
            ],
            author: "PlanCheck",
            issuesSheet: {
              name: "Зауваження",
              columns: ["Рівень", "Опис"],
              rows: [{ cells: ["error", "x"] }],
            },
          });
        } catch (error) {
          if (error instanceof WorkbookReadError || error instanceof InvalidAnnotationError) return;
          throw new Error(`${steps.map((s) => s.describe).join(", ")}: ${String(error)}`);
        }
        outcome(() => readWorkbookWithInfo(copy), steps);
      }),
      { numRuns: fuzzRuns(60) },
    );
  });

  it("plancheck validate ends with 0, 1 or 2 and says why in one line", async () => {
    await fc.assert(
      fc.asyncProperty(original, mutations, async ({ bytes }, steps) => {
        const run = memoryIo({}, { stdin: mutate(bytes, steps) });
        const code = await runCli(["validate", "-", "--lang", "uk"], run.io);
        expect([0, 1, 2]).toContain(code);
        if (code === 2) expect(run.stderr().trimEnd().split("\n")).toHaveLength(1);
      }),
      { numRuns: fuzzRuns(40) },
    );
  });
});

function sniffFormatOr(data: Uint8Array): "zip" | "cfb" | "text" {
  try {
    return sniffFormat(data);
  } catch {
    return "zip";
  }
}
