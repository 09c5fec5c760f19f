import type { Catalogue } from "./Catalogue";
import type { Locale } from "./Locale";
import { bgConsolidate } from "./locales/bg.consolidate";
import { bgCycle } from "./locales/bg.cycle";
import { bgExcel } from "./locales/bg.excel";
import { bgFields } from "./locales/bg.fields";
import { bgHelp } from "./locales/bg.help";
import { bgIssues } from "./locales/bg.issues";
import { bgPane } from "./locales/bg.pane";
import { bgReport } from "./locales/bg.report";
import { bgUi } from "./locales/bg.ui";
import { enConsolidate } from "./locales/en.consolidate";
import { enCycle } from "./locales/en.cycle";
import { enExcel } from "./locales/en.excel";
import { enFields } from "./locales/en.fields";
import { enHelp } from "./locales/en.help";
import { enIssues } from "./locales/en.issues";
import { enPane } from "./locales/en.pane";
import { enReport } from "./locales/en.report";
import { enUi } from "./locales/en.ui";
import { ukConsolidate } from "./locales/uk.consolidate";
import { ukCycle } from "./locales/uk.cycle";
import { ukExcel } from "./locales/uk.excel";
import { ukFields } from "./locales/uk.fields";
import { ukHelp } from "./locales/uk.help";
import { ukIssues } from "./locales/uk.issues";
import { ukPane } from "./locales/uk.pane";
import { ukReport } from "./locales/uk.report";
import { ukUi } from "./locales/uk.ui";

/** Each language's catalogue; UI strings come in areas (CLI, pane, Office, consolidation, CLI help, the report for the head) merged here. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = {
  uk: {
    issues: ukIssues,
    fields: ukFields,
    ui: { ...ukUi, ...ukPane, ...ukExcel, ...ukConsolidate, ...ukCycle, ...ukHelp, ...ukReport },
  },
  bg: {
    issues: bgIssues,
    fields: bgFields,
    ui: { ...bgUi, ...bgPane, ...bgExcel, ...bgConsolidate, ...bgCycle, ...bgHelp, ...bgReport },
  },
  en: {
    issues: enIssues,
    fields: enFields,
    ui: { ...enUi, ...enPane, ...enExcel, ...enConsolidate, ...enCycle, ...enHelp, ...enReport },
  },
};
