import { type Locale, t } from "../i18n";

/**
 * How a text too long for an Excel cell is marked where the writers cut it, in the output's language:
 * "… [cut: 1,234 characters]". Every workbook and annotation built here carries it.
 */
export function cutMarker(locale: Locale): (removed: number) => string {
  return (removed) => t(locale, "write.cut", { n: removed });
}
