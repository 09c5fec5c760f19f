import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  shorthands,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { RequestsView } from "../hooks/useRequests";
import { useText } from "../text/useText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    listStyleType: "none",
    paddingBlock: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
    ...shorthands.borderBottom(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
  },
});

/** "Prepare requests": who is asked to fix how much, and one button for all the requests. */
export function RequestsSection({
  requests,
  ready,
}: {
  readonly requests: RequestsView;
  readonly ready: boolean;
}) {
  const styles = useStyles();
  const text = useText();
  const { list } = requests;
  return (
    <section className={styles.root} aria-label={text.ui("pane.requests.title")}>
      <Subtitle2 as="h4" className={styles.heading}>
        {text.ui("pane.requests.title")}
      </Subtitle2>
      {list.length === 0 ? (
        <Body1 className={styles.note}>{text.ui("pane.requests.none")}</Body1>
      ) : (
        <>
          <Body1 className={styles.note}>{text.ui("pane.requests.hint")}</Body1>
          <ul className={styles.list}>
            {list.map((entry) => (
              <li key={entry.id} className={styles.item}>
                <Body1>{entry.name}</Body1>
                <Caption1 className={styles.note}>
                  {text.ui("pane.requests.item", { count: entry.items })}
                </Caption1>
              </li>
            ))}
          </ul>
          <div>
            <Button size="small" disabled={!ready || requests.busy} onClick={requests.prepare}>
              {text.ui("pane.requests.prepare", { count: list.length })}
            </Button>
          </div>
          {requests.busy && <Spinner size="tiny" label={text.ui("pane.requests.making")} />}
          {requests.prepared !== null && (
            <Body1 role="status">{text.ui("pane.requests.done", { count: requests.prepared })}</Body1>
          )}
        </>
      )}
    </section>
  );
}
