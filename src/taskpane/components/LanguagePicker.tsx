import { Field, Select } from "@fluentui/react-components";
import { isLocale, LANGUAGE_NAMES, LOCALES, type Locale } from "../../i18n";
import { useText } from "../text/useText";

export type LanguagePickerProps = { readonly locale: Locale; readonly onChange: (locale: Locale) => void };

/** The pane's language; each language is named in itself. */
export function LanguagePicker({ locale, onChange }: LanguagePickerProps) {
  const text = useText();
  return (
    <Field label={text.ui("pane.settings.language")}>
      <Select value={locale} onChange={(_, data) => isLocale(data.value) && onChange(data.value)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
