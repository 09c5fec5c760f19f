import type { enConsolidate } from "./locales/en.consolidate";
import type { enCycle } from "./locales/en.cycle";
import type { enExcel } from "./locales/en.excel";
import type { enHelp } from "./locales/en.help";
import type { enPane } from "./locales/en.pane";
import type { enReport } from "./locales/en.report";
import type { enUi } from "./locales/en.ui";

/** Every UI string key: the CLI and annotated copies, the task pane, Office errors, consolidation, CLI help, the report for the head. */
export type UiKey =
  | keyof typeof enUi
  | keyof typeof enPane
  | keyof typeof enExcel
  | keyof typeof enConsolidate
  | keyof typeof enCycle
  | keyof typeof enHelp
  | keyof typeof enReport;
