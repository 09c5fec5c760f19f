import { qualifiedAddress } from "../../engine";
import { HostError } from "../../host";
import { UnreadableFileError } from "../platform/UnreadableFileError";
import type { Text } from "../text/makeText";

/** What the pane says about a failure: a sentence for the user and, where it helps, where or what exactly. */
export type ErrorText = { readonly message: string; readonly detail: string | null };

/**
 * Turns a failure into words: Office failures with the Excel adapter's texts ("excel.error.<reason>", one
 * per HostError reason) and the sheet they concern; files that cannot be read say why; anything else is
 * unexpected and shows its own message as the detail.
 */
export function describeError(error: unknown, text: Text): ErrorText {
  if (error instanceof UnreadableFileError) {
    return { message: text.ui(`pane.error.file.${error.problem}`), detail: null };
  }
  if (error instanceof HostError) {
    const { sheet, range } = error.detail;
    const message = text.ui(`excel.error.${error.reason}`);
    if (error.reason === "unknown")
      return { message, detail: text.ui("pane.error.detail", { detail: error.message }) };
    if (sheet === undefined) return { message, detail: null };
    const detail =
      range === undefined
        ? text.ui("excel.error.sheet", { sheet })
        : text.ui("pane.error.detail", { detail: qualifiedAddress(sheet, range) });
    return { message, detail };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: text.ui("pane.error.unknown"), detail: text.ui("pane.error.detail", { detail }) };
}
