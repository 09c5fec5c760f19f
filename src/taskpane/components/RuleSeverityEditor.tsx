import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { DEFAULT_SEVERITY, ISSUE_CODES, type IssueCode } from "../../engine";
import { capitalize } from "../logic/capitalize";
import { ruleChoice, RULE_CHOICES, withRule } from "../logic/settingsEdits";
import { useText } from "../text/useText";
import type { SettingsEditorProps } from "./FieldLevelsEditor";

const DEFAULT = "";
/** The cap note is not a rule the user can tune. */
const TUNABLE = ISSUE_CODES.filter(
  (code): code is Exclude<IssueCode, "limit-reached"> => code !== "limit-reached",
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** Each rule's severity: its default, another severity, or off. */
export function RuleSeverityEditor({ draft, onEdit }: SettingsEditorProps) {
  const styles = useStyles();
  const text = useText();
  const severityName = (severity: "error" | "warning" | "info"): string =>
    capitalize(text.ui(`severity.${severity}`), text.locale);
  return (
    <div className={styles.root}>
      {TUNABLE.map((code) => (
        <Field key={code} label={text.rule(code)}>
          <Select
            value={draft.rules[code] ?? DEFAULT}
            onChange={(_, data) => onEdit((d) => withRule(d, code, ruleChoice(data.value)))}
          >
            <option value={DEFAULT}>
              {text.ui("pane.settings.rule.default", {
                severity: text.ui(`severity.${DEFAULT_SEVERITY[code]}`),
              })}
            </option>
            {RULE_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === "off" ? text.ui("pane.settings.rule.off") : severityName(choice)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
