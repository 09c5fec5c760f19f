import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { SEVERITIES, type PlanPeriod, type Severity } from "../../engine";
import { useText } from "../text/useText";
import { CountBadges } from "./CountBadges";

export type SummaryProps = {
  readonly title: string | null;
  readonly measures: number;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly period: PlanPeriod | null;
  readonly fileName: string | null;
};

export const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  /** Plan titles run to several lines; three are shown (the heading keeps the whole text for screen readers). */
  title: {
    overflowWrap: "anywhere",
    display: "-webkit-box",
    WebkitBoxOrient: "vertical",
    WebkitLineClamp: 3,
    overflow: "hidden",
  },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** The plan at a glance: its title, how many measures were found, and the findings per severity. */
export function Summary({ title, measures, counts, period, fileName }: SummaryProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <section className={styles.root} aria-label={text.ui("pane.summary.label")}>
      <Subtitle2 as="h2" className={styles.title} title={title ?? undefined}>
        {title ?? text.ui("pane.summary.untitled")}
      </Subtitle2>
      {fileName !== null && (
        <Caption1 className={styles.meta}>{text.ui("pane.summary.file", { name: fileName })}</Caption1>
      )}
      <Caption1 className={styles.meta}>
        {text.ui("pane.summary.line", {
          measures: text.ui("pane.summary.measures", { count: measures }),
          period:
            period === null
              ? text.ui("pane.summary.periodUnknown")
              : text.ui("pane.summary.period", { start: period.startYear, end: period.endYear }),
        })}
      </Caption1>
      <CountBadges
        counts={SEVERITIES.map((severity) => ({
          key: severity,
          label: text.ui("pane.filter.severity", {
            label: text.ui(`pane.severity.${severity}`),
            count: counts[severity],
          }),
          count: counts[severity],
          color: SEVERITY_COLOR[severity],
        }))}
      />
    </section>
  );
}
