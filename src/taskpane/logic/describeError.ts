import { qualifiedAddress } from "../../engine";
import { HostError } from "../../host";
import { exceededParams, type ExceededLimit } from "../../xlsx";
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
    const exceeded = error.exceeded;
    return {
      message: text.ui(`pane.error.file.${error.problem}`),
      detail: exceeded === null ? null : limitText(exceeded, text),
    };
  }
  if (error instanceof HostError) {
    const { sheet, range, exceeded } = error.detail;
    if (exceeded !== undefined)
      return { message: text.ui(`excel.error.${error.reason}`), detail: limitText(exceeded, text) };
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

/** "Details: the sheet “…” has more than 250,000 rows, …" */
function limitText(exceeded: ExceededLimit, text: Text): string {
  return text.ui("pane.error.detail", {
    detail: text.ui(`read.limit.${exceeded.limit}`, exceededParams(exceeded)),
  });
}
