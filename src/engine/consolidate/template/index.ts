// Template: the metadata a PlanCheck template carries (plan hash, measure ids, language) and reading it back.
export { planHash } from "./planHash";
export { labelLanguage, planLanguage } from "./planLanguage";
export {
  TEMPLATE_ID_HEADER,
  TEMPLATE_META_SHEET,
  TEMPLATE_VERSION,
  isTemplateMetaSheet,
  measureId,
  parseMeasureId,
  readTemplateMeta,
  templateMetaRows,
} from "./templateMeta";
export type { TemplateMeta } from "./templateMeta";
export { readReissue, REISSUE_KEY, reissueRow } from "./reissue";
