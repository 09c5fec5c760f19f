import { useCallback, useMemo, useState } from "react";
import type { HostNotice, WorkbookHost } from "../../host";
import { groupNotices, type NoticeGroup } from "../logic/groupNotices";

/** Notices that matter whether or not cells are marked. */
const ALWAYS: ReadonlySet<HostNotice["code"]> = new Set(["merges-unknown", "downloads-as-workbooks"]);

/**
 * What the host does in a lesser way (see WorkbookHost.notices), read again after each check, one entry per
 * kind; how marks carry messages only matters while cells are marked. A dismissed kind stays dismissed.
 */
export function useHostNotices(
  host: WorkbookHost,
  checked: unknown,
  marking: boolean,
): { notices: readonly NoticeGroup[]; dismiss: (code: HostNotice["code"]) => void } {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const notices = useMemo(() => {
    void checked; // a new check: the host may know more
    return groupNotices(host.notices()).filter(
      (group) => !dismissed.has(group.code) && (marking || ALWAYS.has(group.code)),
    );
  }, [host, checked, marking, dismissed]);
  const dismiss = useCallback(
    (code: HostNotice["code"]) => setDismissed((set) => new Set([...set, code])),
    [],
  );
  return { notices, dismiss };
}
