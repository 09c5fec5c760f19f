// The front door of src/i18n: other layers import it only from here (scripts/layers.cjs).
export { LANGUAGE_NAMES, LOCALES, isLocale, resolveLocale } from "./Locale";
export type { Locale } from "./Locale";
export { describeIssue, t } from "./translate";
export type { UiParams } from "./translate";
export type { UiKey } from "./UiKey";
export { CATALOGUES } from "./catalogues";
export { describeConfidence, describeEvidence } from "./describeEvidence";
export { yearSpan } from "./yearSpan";
