import { Badge, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { conflictWords } from "../logic/imports/conflictWords";
import type { MeasurePreview } from "../logic/imports/previewOf";
import { useText } from "../text/useText";
import { usePreviewListStyles } from "./previewList.styles";

const useStyles = makeStyles({
  label: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: "anywhere" },
  conflict: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  values: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** Per measure: its status over all reports, who reported, who is missing, who reported unasked, conflicts. */
export function PreviewMeasures({ measures }: { readonly measures: readonly MeasurePreview[] }) {
  const styles = useStyles();
  const listStyles = usePreviewListStyles();
  const text = useText();
  const names = (list: readonly string[]): string => list.join("; ");
  return (
    <ul className={listStyles.list} aria-label={text.ui("pane.preview.byMeasure")}>
      {measures.map((m) => (
        <li key={m.key} className={listStyles.item}>
          <Body1 className={styles.label}>{m.label}</Body1>
          <Caption1 className={styles.meta}>
            {text.ui("pane.preview.status", { status: text.ui(`consolidate.status.${m.status ?? "none"}`) })}
          </Caption1>
          {m.conflict && (
            <span>
              <Badge appearance="filled" color="danger">
                {text.ui("pane.preview.conflict")}
              </Badge>
            </span>
          )}
          {m.conflicts.map((conflict) => {
            const words = conflictWords(text, conflict);
            return (
              <div key={words.title} className={styles.conflict}>
                <Caption1 className={styles.label}>{words.title}</Caption1>
                <ul className={styles.values}>
                  {words.rows.map((row) => (
                    <li key={row}>
                      <Caption1>{row}</Caption1>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          {m.reported.length > 0 && (
            <Caption1 className={styles.meta}>
              {text.ui("pane.preview.reportedBy", { names: names(m.reported) })}
            </Caption1>
          )}
          {m.missing.length > 0 && (
            <Caption1 className={styles.missing}>
              {text.ui("pane.preview.missingBy", { names: names(m.missing) })}
            </Caption1>
          )}
          {m.unexpected.length > 0 && (
            <Caption1 className={styles.meta}>
              {text.ui("pane.preview.unexpectedBy", { names: names(m.unexpected) })}
            </Caption1>
          )}
          {m.reported.length + m.missing.length + m.unexpected.length === 0 && (
            <Caption1 className={styles.meta}>{text.ui("pane.preview.nobody")}</Caption1>
          )}
        </li>
      ))}
    </ul>
  );
}
