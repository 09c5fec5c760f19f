import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { SEVERITIES, type PlanPeriod } from "../../engine";
import { severityLabel, type SeverityTally } from "../logic/findingCounts";
import { yearSpan } from "../../i18n";
import { useText } from "../text/useText";
import { CountBadges } from "./CountBadges";

export type SummaryProps = {
  readonly title: string | null;
  readonly measures: number;
  /** Listed and found per severity (the filter switches show the same). */
  readonly counts: SeverityTally;
  readonly period: PlanPeriod | null;
  readonly fileName: string | null;
  /** The summary takes the focus after a file is opened (it is focusable from code, not a Tab stop). */
  readonly focusRef?: (element: HTMLElement | null) => void;
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
export function Summary({ title, measures, counts, period, fileName, focusRef }: SummaryProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <section ref={focusRef} tabIndex={-1} className={styles.root} aria-label={text.ui("pane.summary.label")}>
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
              : text.ui("pane.summary.period", { years: yearSpan(period) }),
        })}
      </Caption1>
      <CountBadges
        counts={SEVERITIES.map((severity) => ({
          key: severity,
          label: severityLabel(text, severity, counts[severity]),
          count: counts[severity].total,
          color: SEVERITY_COLOR[severity],
        }))}
      />
    </section>
  );
}
