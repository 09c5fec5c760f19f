import { Body1, Button, Caption1, makeStyles, shorthands, Spinner, tokens } from "@fluentui/react-components";
import type { Plan, Roster, WorkbookGrid } from "../../engine";
import type { WorkbookHost } from "../../host";
import type { Locale } from "../../i18n";
import type { ConsolidationKit } from "../returns/ConsolidationKit";
import { opensWorkbooks } from "../platform/canWriteSheets";
import { useTemplates } from "../hooks/useTemplates";
import { describeError } from "../logic/describeError";
import { useText } from "../text/useText";
import { AlertList } from "./AlertList";

export type TemplatesSectionProps = {
  readonly kit: ConsolidationKit;
  readonly source: { readonly plan: Plan; readonly grid: WorkbookGrid; readonly planFile: string };
  readonly roster: Roster;
  readonly locale: Locale;
  /** The workbook's host: in Excel on Mac templates open as workbooks instead of downloading. */
  readonly host: WorkbookHost;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    listStyleType: "none",
    paddingBlock: tokens.spacingVerticalXS,
    ...shorthands.borderBottom(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
  },
  who: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
});

/** One template per executor: all of them in a zip, or one at a time. */
export function TemplatesSection({ kit, source, roster, locale, host }: TemplatesSectionProps) {
  const styles = useStyles();
  const text = useText();
  const templates = useTemplates(kit, source, roster, locale, opensWorkbooks(host));
  const alerts =
    templates.error === null
      ? []
      : [{ id: "templates", text: describeError(templates.error, text), dismiss: templates.dismissError }];
  if (templates.list.length === 0)
    return <Body1 className={styles.note}>{text.ui("pane.templates.none")}</Body1>;
  return (
    <div className={styles.root}>
      <Body1 className={styles.note}>{text.ui("pane.templates.hint")}</Body1>
      <AlertList alerts={alerts} />
      <div>
        <Button
          appearance="primary"
          size="small"
          disabled={templates.busy !== null}
          onClick={templates.downloadAll}
        >
          {text.ui("pane.templates.all", { count: templates.list.length })}
        </Button>
      </div>
      {templates.busy !== null && <Spinner size="tiny" label={text.ui("pane.templates.making")} />}
      <ul className={styles.list}>
        {templates.list.map((template) => (
          <li key={template.id} className={styles.item}>
            <span className={styles.who}>
              <Body1>{template.name}</Body1>
              <Caption1 className={styles.note}>
                {text.ui("pane.templates.measures", { count: template.measures })} · {template.fileName}
              </Caption1>
            </span>
            <Button
              size="small"
              disabled={templates.busy !== null}
              aria-label={text.ui("pane.templates.oneLabel", { name: template.name })}
              onClick={() => templates.downloadOne(template.id)}
            >
              {text.ui("pane.templates.one")}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
