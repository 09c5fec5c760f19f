import { Body1, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { FieldRole, PlanSheet } from "../../engine";
import { capitalize } from "../logic/capitalize";
import { columnChoices, detectedColumn, EDITABLE_ROLES } from "../logic/columnChoices";
import { withColumn } from "../logic/settingsEdits";
import type { ColumnMapping } from "../hooks/useColumnMapping";
import { useText } from "../text/useText";
import { ColumnProposalCard } from "./ColumnProposalCard";
import type { SettingsEditorProps } from "./FieldLevelsEditor";

const AUTO = "";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});

/**
 * The column of each role on one sheet: as the header says, or the column the user picks instead. Opened by
 * "Map column…" (`mapping`), the missing role comes first with PlanCheck's proposal.
 */
export function SheetColumnsEditor({
  sheet,
  draft,
  onEdit,
  mapping,
}: SettingsEditorProps & { readonly sheet: PlanSheet; readonly mapping: ColumnMapping | null }) {
  const styles = useStyles();
  const text = useText();
  const choices = columnChoices(sheet);
  if (choices.length === 0)
    return <Body1 className={styles.note}>{text.ui("pane.settings.columns.noTable")}</Body1>;
  const overrides = draft.columns[sheet.name] ?? {};
  const choose = (role: FieldRole, value: string): void =>
    onEdit((d) => withColumn(d, sheet.name, role, value === AUTO ? null : value));
  return (
    <div className={styles.root} role="group" aria-label={text.ui("pane.list.sheet", { sheet: sheet.name })}>
      {mapping?.target && <ColumnProposalCard sheet={sheet} role={mapping.target.role} mapping={mapping} />}
      {EDITABLE_ROLES.map((role) => {
        const detected = detectedColumn(sheet, role);
        return (
          <Field
            key={role}
            label={capitalize(text.field(role), text.locale)}
            hint={detected === null ? null : text.evidence(detected.choice)}
          >
            <Select value={overrides[role] ?? AUTO} onChange={(_, data) => choose(role, data.value)}>
              <option value={AUTO}>
                {detected === null
                  ? text.ui("pane.settings.column.autoNone")
                  : text.ui("pane.settings.column.auto", { column: detected.letter })}
              </option>
              {choices.map((choice) => (
                <option key={choice.letter} value={choice.letter}>
                  {text.ui("pane.settings.column.option", { column: choice.letter, label: choice.label })}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
