import { Body1, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useConsolidationKit } from "../hooks/useConsolidationKit";
import type { ReportsSource } from "../hooks/useReports";
import { describeError } from "../logic/describeError";
import { useText } from "../text/useText";
import { AlertList } from "./AlertList";
import { ReportsBody } from "./ReportsBody";

export type ReportsPanelProps = { readonly source: ReportsSource | null };

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2 },
});

/**
 * The Reports tab: executors, templates, and the consolidation of their returns. Its code loads when the tab
 * is first opened; it needs a checked plan.
 */
export function ReportsPanel({ source }: ReportsPanelProps) {
  const styles = useStyles();
  const text = useText();
  const kit = useConsolidationKit(source !== null);
  if (source === null) return <Body1 className={styles.note}>{text.ui("pane.reports.needPlan")}</Body1>;
  if (source.checked.plan.sheets.every((sheet) => sheet.measures.length === 0))
    return <Body1 className={styles.note}>{text.ui("pane.reports.noMeasures")}</Body1>;
  if (kit.phase === "failed")
    return <AlertList alerts={[{ id: "kit", text: describeError(kit.error, text), dismiss: null }]} />;
  if (kit.phase !== "ready") return <Spinner size="small" label={text.ui("pane.reports.loading")} />;
  return <ReportsBody kit={kit.kit} source={source} />;
}
