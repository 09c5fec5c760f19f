import type { HostError } from "../../host";
import type { OfficeEnvironment } from "../OfficeEnvironment";
import { toHostError } from "../officeErrors";
import type { EditSuppressor } from "./EditSuppressor";

/**
 * Subscribes to data changes in every sheet (`WorksheetCollection.onChanged`, ExcelApi 1.9) and calls back on
 * the user's edits, not on the echo of our own writes. Returns the function that stops listening; failures to
 * subscribe or unsubscribe go to `onError` (there is no caller to reject).
 */
export function watchEdits(
  environment: OfficeEnvironment,
  suppressor: EditSuppressor,
  callback: () => void,
  onError: (error: HostError) => void,
): () => void {
  let stopped = false;
  const subscription = environment
    .run(async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async (event) => {
        if (!stopped && !suppressor.isOwn(event)) callback();
      });
      await context.sync();
      return handler;
    })
    .catch((error: unknown) => {
      onError(toHostError(error));
      return null;
    });
  return () => {
    if (stopped) return;
    stopped = true;
    subscription
      .then(async (handler) => {
        if (handler === null) return;
        handler.remove();
        await handler.context.sync();
      })
      .catch((error: unknown) => onError(toHostError(error)));
  };
}
