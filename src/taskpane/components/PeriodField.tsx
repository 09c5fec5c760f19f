import { Field, Input } from "@fluentui/react-components";
import type { PeriodChoiceView } from "../hooks/usePeriod";
import { periodHint } from "../logic/periodHint";
import { useText } from "../text/useText";

/** The period the consolidation belongs to: empty for the templates' period or the default, or typed. */
export function PeriodField({ period }: { readonly period: PeriodChoiceView }) {
  const text = useText();
  const hint = periodHint(period.chosen);
  const message = text.ui(hint.key, hint.params);
  return (
    <Field
      label={text.ui("pane.period.label")}
      validationState={hint.invalid ? "error" : "none"}
      validationMessage={hint.invalid ? message : null}
      hint={hint.invalid ? null : message}
    >
      <Input
        value={period.text}
        placeholder={period.chosen.ok ? period.chosen.period.label : ""}
        onChange={(_, data) => period.setText(data.value)}
      />
    </Field>
  );
}
