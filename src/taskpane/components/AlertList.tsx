import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { PaneAlert } from "../logic/PaneAlert";
import { useText } from "../text/useText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  detail: { display: "block", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

/** Failures the user should know about (Office refused, the file cannot be read…), each dismissible. */
export function AlertList({ alerts }: { readonly alerts: readonly PaneAlert[] }) {
  const styles = useStyles();
  const text = useText();
  if (alerts.length === 0) return null;
  return (
    <div className={styles.root}>
      {alerts.map((alert) => (
        <MessageBar key={alert.id} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.ui("pane.error.title")}</MessageBarTitle>
            {alert.text.message}
            {alert.text.detail !== null && <span className={styles.detail}>{alert.text.detail}</span>}
          </MessageBarBody>
          {alert.dismiss !== null && (
            <MessageBarActions>
              <Button appearance="transparent" size="small" onClick={alert.dismiss}>
                {text.ui("pane.error.dismiss")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </div>
  );
}
