import type { PaneEnvironment } from "../platform/PaneEnvironment";
import { describeError } from "../logic/describeError";
import type { PaneAlert } from "../logic/PaneAlert";
import type { Text } from "../text/makeText";
import { useFileDrop } from "./useFileDrop";
import { useFileHost } from "./useFileHost";

/** The browser mode: the file the user opened (or dropped) and what went wrong opening it. */
export function useStandalone(environment: PaneEnvironment, text: Text) {
  const files = useFileHost(environment.store, environment.browserLanguage);
  // Only the first file of a drop is the plan.
  const drop = useFileDrop((dropped) => void (dropped[0] && files.open(dropped[0])));
  const alerts: PaneAlert[] =
    files.error === null ? [] : [{ id: "open", text: describeError(files.error, text), dismiss: null }];
  return { opened: files.opened, opening: files.opening, open: files.open, drop, alerts };
}
