import fc from "fast-check";
import { parseDeadline, type CellValue } from "../../../src/engine";
import { normalize, type DeadlineValue } from "../../variants/deadlines/DeadlineValue";
import { anyReadableDeadline } from "../../variants/deadlines/deadlineArbitraries";
import { renderDeadline } from "../../variants/deadlines/renderDeadline";
import type { Choose } from "../../variants/Random";
import { LANGUAGES, type Language } from "../../variants/wordings/Language";

// Property: any date, month, quarter, half-year, year or range of these, written in any way the renderer knows
// (uk, ru, bg, en; tests/variants/deadlines/renderDeadline.ts), reads back as the same {kind, start, end}.
// The seed is fixed so a failure is reproducible; PLANCHECK_PROPERTY_RUNS raises the number of cases.

const RUNS = Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 400);
const SEED = Number(process.env.PLANCHECK_PROPERTY_SEED ?? 20240607);

/** fast-check's draws as the renderer's choices: the k-th choice takes the k-th number, modulo the options. */
const choices = fc.array(fc.nat(), { minLength: 8, maxLength: 8 });

/** A sequential chooser: the k-th choice uses the k-th draw. */
function sequential(picks: readonly number[]): Choose {
  let i = 0;
  return (n) => (picks[i++ % picks.length] ?? 0) % n;
}

function readBack(cell: CellValue) {
  const parsed = parseDeadline(cell);
  return parsed === null ? null : { kind: parsed.kind, start: parsed.start, end: parsed.end };
}

const show = (cell: CellValue): string =>
  cell instanceof Date ? `Date(${cell.toISOString()})` : JSON.stringify(cell);

describe("parseDeadline reads back every writing of a deadline", () => {
  it.each(LANGUAGES)("%s: a period, by a period, a span, continuous or recurring", (lang: Language) => {
    fc.assert(
      fc.property(anyReadableDeadline, choices, (value: DeadlineValue, picks) => {
        const cell = renderDeadline(value, lang, sequential(picks));
        const got = readBack(cell);
        if (JSON.stringify(got) !== JSON.stringify(normalize(value)))
          throw new Error(
            `${show(cell)} read as ${JSON.stringify(got)}, expected ${JSON.stringify(normalize(value))}`,
          );
      }),
      { numRuns: RUNS, seed: SEED + LANGUAGES.indexOf(lang) },
    );
  });

  it.each(LANGUAGES)("%s: text that names no time stays unparsed", (lang: Language) => {
    fc.assert(
      fc.property(choices, (picks) => {
        const cell = renderDeadline({ kind: "unreadable" }, lang, sequential(picks));
        expect({ cell, got: readBack(cell) }).toEqual({
          cell,
          got: { kind: "unparsed", start: null, end: null },
        });
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});
