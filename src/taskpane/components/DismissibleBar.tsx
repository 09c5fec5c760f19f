import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { useText } from "../text/useText";

export type DismissibleBarProps = {
  readonly intent: "error" | "info";
  readonly title: string;
  readonly message: string;
  /** A second, quieter line (the Office error's detail, the sheets concerned); null for none. */
  readonly detail: string | null;
  /** Null when the message cannot be dismissed. */
  readonly onDismiss: (() => void) | null;
};

const useStyles = makeStyles({
  detail: { display: "block", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

/** One message of the pane's alert and notice lists: title, message, optional detail, and a Dismiss button. */
export function DismissibleBar({ intent, title, message, detail, onDismiss }: DismissibleBarProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
        {detail !== null && <span className={styles.detail}>{detail}</span>}
      </MessageBarBody>
      {onDismiss !== null && (
        <MessageBarActions>
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            {text.ui("pane.error.dismiss")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
