import { bestRole } from "../../../src/engine/table/scoreLabel";
import { LOCALES } from "../../../src/i18n/Locale";
import { t } from "../../../src/i18n/translate";
import { TEMPLATE_REPORT_COLUMNS } from "../../../src/report/templateColumns";

describe("report columns of a template", () => {
  it.each(
    LOCALES.flatMap((locale) =>
      TEMPLATE_REPORT_COLUMNS.map((column) => [locale, column.role, column.label] as const),
    ),
  )("%s: the %s label is read back as that column by the plan parser", (locale, role, label) => {
    expect({ label: t(locale, label), role: bestRole(t(locale, label)) }).toEqual({
      label: t(locale, label),
      role,
    });
  });
});
