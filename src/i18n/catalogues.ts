import type { Catalogue } from "./Catalogue";
import type { Locale } from "./Locale";
import { bgFields } from "./locales/bg.fields";
import { bgIssues } from "./locales/bg.issues";
import { bgUi } from "./locales/bg.ui";
import { enFields } from "./locales/en.fields";
import { enIssues } from "./locales/en.issues";
import { enUi } from "./locales/en.ui";
import { ukFields } from "./locales/uk.fields";
import { ukIssues } from "./locales/uk.issues";
import { ukUi } from "./locales/uk.ui";

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = {
  uk: { issues: ukIssues, fields: ukFields, ui: ukUi },
  bg: { issues: bgIssues, fields: bgFields, ui: bgUi },
  en: { issues: enIssues, fields: enFields, ui: enUi },
};
