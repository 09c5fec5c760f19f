import type { Locale } from "../../i18n";

/** What every section's wording needs: the report's language. */
export type WordingContext = { readonly locale: Locale };
