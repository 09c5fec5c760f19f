import {
  Accordion,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import type { Plan } from "../../engine";
import type { Locale } from "../../i18n";
import type { ColumnMapping } from "../hooks/useColumnMapping";
import type { SettingsDraft } from "../hooks/useSettingsDraft";
import { useText } from "../text/useText";
import { ColumnMappingEditor } from "./ColumnMappingEditor";
import { FieldLevelsEditor } from "./FieldLevelsEditor";
import { LanguagePicker } from "./LanguagePicker";
import { PaneSection } from "./PaneSection";
import { PeriodEditor } from "./PeriodEditor";
import { RuleSeverityEditor } from "./RuleSeverityEditor";

export type SettingsPanelProps = {
  readonly settings: SettingsDraft;
  readonly plan: Plan | null;
  readonly locale: Locale;
  readonly onLocale: (locale: Locale) => void;
  readonly fallbackYear: number;
  /** "Map column…": the editor opens at its sheet and role. */
  readonly mapping: ColumnMapping;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

/** The settings tab: language, then what is checked and how; "Save" validates, stores and re-checks. */
export function SettingsPanel({
  settings,
  plan,
  locale,
  onLocale,
  fallbackYear,
  mapping,
}: SettingsPanelProps) {
  const styles = useStyles();
  const text = useText();
  const { draft, edit, status } = settings;
  return (
    <div className={styles.root}>
      <LanguagePicker locale={locale} onChange={onLocale} />
      {/* a new key opens the columns section afresh when "Map column…" leads here */}
      <Accordion
        key={mapping.target === null ? "" : `${mapping.target.sheet}\u0001${mapping.target.role}`}
        collapsible
        multiple
        defaultOpenItems={mapping.target === null ? ["fields"] : ["columns"]}
      >
        <PaneSection value="fields" title={text.ui("pane.settings.fields")}>
          <FieldLevelsEditor draft={draft} onEdit={edit} />
        </PaneSection>
        <PaneSection value="period" title={text.ui("pane.settings.period")}>
          <PeriodEditor
            draft={draft}
            onEdit={edit}
            detected={plan?.period ?? null}
            fallbackYear={fallbackYear}
          />
        </PaneSection>
        <PaneSection value="columns" title={text.ui("pane.settings.columns")}>
          <ColumnMappingEditor plan={plan} draft={draft} onEdit={edit} mapping={mapping} />
        </PaneSection>
        <PaneSection value="rules" title={text.ui("pane.settings.rules")}>
          <RuleSeverityEditor draft={draft} onEdit={edit} />
        </PaneSection>
      </Accordion>
      {status.kind === "saved" && (
        <MessageBar intent="success">
          <MessageBarBody>{text.ui("pane.settings.saved")}</MessageBarBody>
        </MessageBar>
      )}
      {(status.kind === "invalid" || status.kind === "failed") && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{status.kind === "invalid" ? status.message : status.error.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => void settings.save()} disabled={status.kind === "saving"}>
          {text.ui("pane.settings.save")}
        </Button>
        <Button onClick={settings.reset}>{text.ui("pane.settings.reset")}</Button>
      </div>
    </div>
  );
}
