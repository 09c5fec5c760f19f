import { Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanPeriod } from "../../engine";
import { wholeNumber, withPeriod } from "../logic/settingsEdits";
import { yearSpan } from "../../i18n";
import { useText } from "../text/useText";
import type { SettingsEditorProps } from "./FieldLevelsEditor";

export type PeriodEditorProps = SettingsEditorProps & {
  /** The period read from the plan's title, offered as the starting point of a correction. */
  readonly detected: PlanPeriod | null;
  readonly fallbackYear: number;
};

/** The two years of a period set by hand, first and last. */
const YEARS = [
  { key: "startYear", label: "pane.settings.period.start" },
  { key: "endYear", label: "pane.settings.period.end" },
] as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  years: { display: "flex", columnGap: tokens.spacingHorizontalS },
  year: { flexGrow: 1, minWidth: 0 },
});

/** The plan period: read from the title (default) or set by hand. */
export function PeriodEditor({ draft, onEdit, detected, fallbackYear }: PeriodEditorProps) {
  const styles = useStyles();
  const text = useText();
  const period = draft.planPeriod;
  const start = detected?.startYear ?? fallbackYear;
  const found =
    detected === null
      ? text.ui("pane.settings.period.notFound")
      : text.ui("pane.period", { years: yearSpan(detected) });
  return (
    <div className={styles.root}>
      <Checkbox
        label={text.ui("pane.settings.period.fromTitle", { period: found })}
        checked={period === null}
        onChange={(_, data) =>
          onEdit((d) =>
            withPeriod(
              d,
              data.checked === true ? null : { startYear: start, endYear: detected?.endYear ?? start },
            ),
          )
        }
      />
      {period !== null && (
        <div className={styles.years}>
          {YEARS.map(({ key, label }) => (
            <Field key={key} label={text.ui(label)} className={styles.year}>
              <Input
                type="number"
                value={Number.isNaN(period[key]) ? "" : String(period[key])}
                onChange={(_, data) =>
                  onEdit((d) => withPeriod(d, { ...period, [key]: wholeNumber(data.value) }))
                }
              />
            </Field>
          ))}
        </div>
      )}
    </div>
  );
}
