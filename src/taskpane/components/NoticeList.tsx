import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { HostNotice } from "../../host/WorkbookHost";
import type { NoticeGroup } from "../logic/groupNotices";
import { useText } from "../text/useText";

export type NoticeListProps = {
  readonly notices: readonly NoticeGroup[];
  readonly onDismiss: (code: HostNotice["code"]) => void;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  detail: { display: "block", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

/** What the host did in a lesser way (an older Excel, merged cells it could not report), each dismissible. */
export function NoticeList({ notices, onDismiss }: NoticeListProps) {
  const styles = useStyles();
  const text = useText();
  if (notices.length === 0) return null;
  return (
    <div className={styles.root}>
      {notices.map((notice) => (
        <MessageBar key={notice.code} intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.ui("pane.notice.title")}</MessageBarTitle>
            {text.ui(notice.message)}
            {notice.sheets.length > 0 && (
              <span className={styles.detail}>
                {text.ui("excel.notice.sheets", { sheets: notice.sheets.join(", ") })}
              </span>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" size="small" onClick={() => onDismiss(notice.code)}>
              {text.ui("pane.error.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
