import { makeStyles, tokens } from "@fluentui/react-components";
import type { PaneAlert } from "../logic/PaneAlert";
import { useText } from "../text/useText";
import { DismissibleBar } from "./DismissibleBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** Failures the user should know about (Office refused, the file cannot be read…), each dismissible. */
export function AlertList({ alerts }: { readonly alerts: readonly PaneAlert[] }) {
  const styles = useStyles();
  const text = useText();
  if (alerts.length === 0) return null;
  return (
    <div className={styles.root}>
      {alerts.map((alert) => (
        <DismissibleBar
          key={alert.id}
          intent="error"
          title={text.ui("pane.error.title")}
          message={alert.text.message}
          detail={alert.text.detail}
          onDismiss={alert.dismiss}
        />
      ))}
    </div>
  );
}
