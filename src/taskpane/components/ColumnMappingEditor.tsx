import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Plan } from "../../engine";
import type { ColumnMapping } from "../hooks/useColumnMapping";
import { useText } from "../text/useText";
import type { SettingsEditorProps } from "./FieldLevelsEditor";
import { SheetColumnsEditor } from "./SheetColumnsEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  sheetName: { overflowWrap: "anywhere" },
});

/** The column mapping of every sheet of the plan, one collapsible section per sheet. */
export function ColumnMappingEditor({
  plan,
  draft,
  onEdit,
  mapping,
}: SettingsEditorProps & { readonly plan: Plan | null; readonly mapping: ColumnMapping }) {
  const styles = useStyles();
  const text = useText();
  if (plan === null)
    return <Body1 className={styles.hint}>{text.ui("pane.settings.columns.needPlan")}</Body1>;
  return (
    <div className={styles.root}>
      <Body1 className={styles.hint}>{text.ui("pane.settings.columns.hint")}</Body1>
      <Accordion
        collapsible
        multiple
        defaultOpenItems={mapping.target === null ? [] : [mapping.target.sheet]}
      >
        {plan.sheets.map((sheet) => (
          <AccordionItem key={sheet.name} value={sheet.name}>
            <AccordionHeader size="small">
              <span className={styles.sheetName}>{sheet.name}</span>
            </AccordionHeader>
            <AccordionPanel>
              <SheetColumnsEditor
                sheet={sheet}
                draft={draft}
                onEdit={onEdit}
                mapping={mapping.target?.sheet === sheet.name ? mapping : null}
              />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
