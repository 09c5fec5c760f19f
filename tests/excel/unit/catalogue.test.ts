import type { HostErrorReason } from "../../../src/host/WorkbookHost";
import { LOCALES } from "../../../src/i18n/Locale";
import { t } from "../../../src/i18n/translate";

/** Every reason a HostError can carry; the type check below fails when HostErrorReason grows. */
const REASONS = [
  "protected",
  "api-missing",
  "too-large",
  "over-limit",
  "busy",
  "not-found",
  "unreadable",
  "unknown",
] as const;
type Unlisted = Exclude<HostErrorReason, (typeof REASONS)[number]>;
const allListed: [Unlisted] extends [never] ? true : false = true;

describe("excel catalogue", () => {
  it.each(LOCALES.flatMap((locale) => REASONS.map((reason) => [locale, reason] as const)))(
    "%s explains HostError %s",
    (locale, reason) => {
      expect(allListed).toBe(true);
      const text = t(locale, `excel.error.${reason}`);
      expect(text).not.toContain("excel.error");
      expect(text.length).toBeGreaterThan(20);
    },
  );

  it("names the sheet in every language", () => {
    expect(LOCALES.map((locale) => t(locale, "excel.error.sheet", { sheet: "План заходів" }))).toEqual([
      "Аркуш: План заходів",
      "Лист: План заходів",
      "Sheet: План заходів",
    ]);
  });
});
