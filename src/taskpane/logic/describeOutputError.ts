import { HostError } from "../../host";
import { describeError, type ErrorText } from "./describeError";
import type { Text } from "../text/makeText";

/**
 * Writing the consolidation refused because of protection: the workbook's structure (no sheet can be added)
 * or an output sheet written before (it cannot be replaced). Anything else as describeError says it.
 */
export function describeOutputError(error: unknown, text: Text): ErrorText {
  if (!(error instanceof HostError) || error.reason !== "protected") return describeError(error, text);
  const { sheet } = error.detail;
  return sheet === undefined
    ? { message: text.ui("excel.error.workbookProtected"), detail: null }
    : { message: text.ui("excel.error.outputProtected"), detail: text.ui("excel.error.sheet", { sheet }) };
}
