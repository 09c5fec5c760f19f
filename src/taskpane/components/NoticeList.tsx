import { makeStyles, tokens } from "@fluentui/react-components";
import type { HostNotice } from "../../host";
import type { NoticeGroup } from "../logic/groupNotices";
import { useText } from "../text/useText";
import { DismissibleBar } from "./DismissibleBar";

export type NoticeListProps = {
  readonly notices: readonly NoticeGroup[];
  readonly onDismiss: (code: HostNotice["code"]) => void;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** What the host did in a lesser way (an older Excel, merged cells it could not report), each dismissible. */
export function NoticeList({ notices, onDismiss }: NoticeListProps) {
  const styles = useStyles();
  const text = useText();
  if (notices.length === 0) return null;
  return (
    <div className={styles.root}>
      {notices.map((notice) => (
        <DismissibleBar
          key={notice.code}
          intent="info"
          title={text.ui("pane.notice.title")}
          message={text.ui(notice.message)}
          detail={
            notice.sheets.length > 0
              ? text.ui("excel.notice.sheets", { sheets: notice.sheets.join(", ") })
              : null
          }
          onDismiss={() => onDismiss(notice.code)}
        />
      ))}
    </div>
  );
}
