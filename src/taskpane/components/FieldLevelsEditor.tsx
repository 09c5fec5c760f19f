import { Body1, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { CHECKABLE_FIELDS, type CheckableField, type Settings } from "../../engine";
import { capitalize } from "../logic/capitalize";
import {
  FIELD_LEVELS,
  fieldLevel,
  toFieldLevel,
  withFieldLevel,
  withMaxIssues,
  wholeNumber,
} from "../logic/settingsEdits";
import { useText } from "../text/useText";

export type SettingsEditorProps = {
  readonly draft: Settings;
  readonly onEdit: (change: (draft: Settings) => Settings) => void;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** Which fields a measure must have (error), should have (warning) or need not have; and the issue cap. */
export function FieldLevelsEditor({ draft, onEdit }: SettingsEditorProps) {
  const styles = useStyles();
  const text = useText();
  const setLevel = (field: CheckableField, value: string): void => {
    const level = toFieldLevel(value);
    if (level !== null) onEdit((d) => withFieldLevel(d, field, level));
  };
  return (
    <div className={styles.root}>
      <Body1 className={styles.hint}>{text.ui("pane.settings.fields.hint")}</Body1>
      {CHECKABLE_FIELDS.map((field) => (
        <Field key={field} label={capitalize(text.field(field), text.locale)}>
          <Select value={fieldLevel(draft, field)} onChange={(_, data) => setLevel(field, data.value)}>
            {FIELD_LEVELS.map((level) => (
              <option key={level} value={level}>
                {text.ui(`pane.settings.level.${level}`)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <Field label={text.ui("pane.settings.maxIssues")}>
        <Input
          type="number"
          min={1}
          value={Number.isNaN(draft.maxIssues) ? "" : String(draft.maxIssues)}
          onChange={(_, data) => onEdit((d) => withMaxIssues(d, wholeNumber(data.value)))}
        />
      </Field>
    </div>
  );
}
