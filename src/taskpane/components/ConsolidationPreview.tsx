import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { Preview, PreviewTotals } from "../logic/imports/previewOf";
import { useText } from "../text/useText";
import { CountBadges, type CountBadge } from "./CountBadges";
import { PreviewExecutors } from "./PreviewExecutors";
import { PreviewMeasures } from "./PreviewMeasures";

const TOTALS: readonly { key: keyof PreviewTotals; color: CountBadge["color"] }[] = [
  { key: "matched", color: "success" },
  { key: "unexpected", color: "informative" },
  { key: "conflicts", color: "danger" },
  { key: "unmatched", color: "danger" },
  { key: "missing", color: "warning" },
];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  unmatched: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** What writing would produce, before anything is written: totals, then per executor and per measure. */
export function ConsolidationPreview({ preview }: { readonly preview: Preview }) {
  const styles = useStyles();
  const text = useText();
  const label = text.ui("pane.preview.title");
  return (
    <section className={styles.root} aria-label={label}>
      <Subtitle2 as="h4" className={styles.heading}>
        {label}
      </Subtitle2>
      <CountBadges
        counts={TOTALS.map(({ key, color }) => ({
          key,
          label: text.ui("pane.preview.count", {
            label: text.ui(`pane.preview.${key}`),
            count: preview.totals[key],
          }),
          count: preview.totals[key],
          color,
        }))}
      />
      <Accordion collapsible multiple>
        <AccordionItem value="executors">
          <AccordionHeader size="small">{text.ui("pane.preview.byExecutor")}</AccordionHeader>
          <AccordionPanel>
            <PreviewExecutors executors={preview.executors} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="measures">
          <AccordionHeader size="small">{text.ui("pane.preview.byMeasure")}</AccordionHeader>
          <AccordionPanel>
            <PreviewMeasures measures={preview.measures} />
          </AccordionPanel>
        </AccordionItem>
        {preview.unmatched.length > 0 && (
          <AccordionItem value="unmatched">
            <AccordionHeader size="small">{text.ui("pane.preview.unmatchedRows")}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.unmatched}>
                {preview.unmatched.map((row) => (
                  <li key={row.key}>
                    {row.source}: {row.text}
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </section>
  );
}
