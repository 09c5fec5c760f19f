import { isValidRange } from "../ooxml/cellRefs";
import { sheetNameKey, sheetNameProblem } from "../ooxml/sheetNames";
import type { WorkbookSpec } from "../WorkbookSpec";
import { WorkbookSpecError } from "../WorkbookSpecError";
import { validateSheet } from "./validateSheet";

/** Names of tables and defined names: a letter, `_` or `\` first, then letters, digits, `_` and `.`. */
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
/** Names Excel would read as a cell reference (`A1`, `XFD1048576`, `R1C1`, `R`, `C`). */
const LOOKS_LIKE_REF = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function nameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 255) return "must have 1-255 characters";
  if (!NAME.test(name)) return "may hold only letters, digits, _ and . and must start with a letter or _";
  if (LOOKS_LIKE_REF.test(name)) return "looks like a cell reference";
  return null;
}

/** Checks a whole spec before anything is rendered. Throws {@link WorkbookSpecError}. */
export function validateSpec(spec: WorkbookSpec): void {
  if (spec.sheets.length === 0) throw new WorkbookSpecError("a workbook needs at least one sheet");
  if (!spec.sheets.some((sheet) => (sheet.visibility ?? "visible") === "visible")) {
    throw new WorkbookSpecError("at least one sheet must be visible");
  }
  const sheetKeys = new Set<string>();
  for (const sheet of spec.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem !== null) throw new WorkbookSpecError(`sheet name "${sheet.name}" ${problem}`);
    if (sheetKeys.has(sheetNameKey(sheet.name)))
      throw new WorkbookSpecError(`sheet name "${sheet.name}" is used twice`);
    sheetKeys.add(sheetNameKey(sheet.name));
  }
  const exists = (name: string): boolean => sheetKeys.has(sheetNameKey(name));
  for (const sheet of spec.sheets) validateSheet(sheet, exists);

  const names = new Set<string>();
  const claim = (name: string, what: string): void => {
    const problem = nameProblem(name);
    if (problem !== null) throw new WorkbookSpecError(`${what} name "${name}" ${problem}`);
    if (names.has(name.toUpperCase())) throw new WorkbookSpecError(`${what} name "${name}" is already used`);
    names.add(name.toUpperCase());
  };
  for (const sheet of spec.sheets) for (const table of sheet.tables ?? []) claim(table.name, "table");
  for (const defined of spec.definedNames ?? []) {
    claim(defined.name, "defined");
    if (!exists(defined.sheet)) {
      throw new WorkbookSpecError(
        `defined name "${defined.name}" refers to a missing sheet "${defined.sheet}"`,
      );
    }
    if (!isValidRange(defined.range))
      throw new WorkbookSpecError(`defined name "${defined.name}" has an invalid range`);
  }
}
