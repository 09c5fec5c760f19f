import { Accordion, makeStyles, tokens } from "@fluentui/react-components";
import type { ConsolidationKit } from "../returns/ConsolidationKit";
import { useReports, type ReportsSource } from "../hooks/useReports";
import { useText } from "../text/useText";
import { AlertList } from "./AlertList";
import { PaneSection } from "./PaneSection";
import { ReturnsSection } from "./ReturnsSection";
import { RosterEditor } from "./RosterEditor";
import { TemplatesSection } from "./TemplatesSection";

export type ReportsBodyProps = { readonly kit: ConsolidationKit; readonly source: ReportsSource };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** Executors, templates, returns: three sections, the returns open first. */
export function ReportsBody({ kit, source }: ReportsBodyProps) {
  const styles = useStyles();
  const text = useText();
  const reports = useReports(kit, source);
  const { roster } = reports.roster;
  return (
    <div className={styles.root}>
      <AlertList alerts={reports.alerts} />
      <Accordion collapsible multiple defaultOpenItems={["returns"]}>
        <PaneSection
          value="executors"
          title={text.ui("pane.reports.executors", { count: roster.entries.length })}
        >
          <RosterEditor editor={reports.roster} />
        </PaneSection>
        <PaneSection value="templates" title={text.ui("pane.reports.templates")}>
          <TemplatesSection
            kit={kit}
            source={reports.templates}
            roster={roster}
            locale={source.locale}
            host={source.host}
          />
        </PaneSection>
        <PaneSection value="returns" title={text.ui("pane.reports.returns")}>
          <ReturnsSection reports={reports} />
        </PaneSection>
      </Accordion>
    </div>
  );
}
