import { useCallback, useEffect, useState } from "react";
import { isLocale, resolveLocale, type Locale } from "../../i18n";
import type { KeyValueStore } from "../platform/KeyValueStore";

/**
 * The pane's language: the one the user chose (kept in the browser, it is a personal preference, not part
 * of the workbook), else the host's display language, else English.
 */
export function useLocale(
  hostLanguage: string | null,
  store: KeyValueStore,
): { locale: Locale; choose: (locale: Locale) => void } {
  const [chosen, setChosen] = useState<Locale | null>(() => {
    const saved = store.get("language");
    return saved !== null && isLocale(saved) ? saved : null;
  });
  const locale = chosen ?? resolveLocale(hostLanguage);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const choose = useCallback(
    (next: Locale) => {
      store.set("language", next);
      setChosen(next);
    },
    [store],
  );
  return { locale, choose };
}
