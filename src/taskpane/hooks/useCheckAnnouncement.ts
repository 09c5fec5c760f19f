import { useCallback, useEffect, useRef, useState } from "react";
import type { Checked } from "./useValidation";

/**
 * After a check: the words for the live region (each new check is announced once), and — when `focusFirst`
 * (a file just opened in the browser) — the focus on the summary once the first result is there. Inside
 * Excel the focus stays where the user is (often in the sheet).
 */
export function useCheckAnnouncement(
  checked: Checked | null,
  words: string | null,
  focusFirst: boolean,
): { announcement: string; summaryRef: (element: HTMLElement | null) => void; focusSummary: () => void } {
  const [announcement, setAnnouncement] = useState("");
  const summary = useRef<HTMLElement | null>(null);
  const latestWords = useRef(words);
  latestWords.current = words;
  const focused = useRef(!focusFirst);

  useEffect(() => {
    if (checked === null) return;
    setAnnouncement(latestWords.current ?? "");
    if (!focused.current && summary.current !== null) {
      focused.current = true;
      summary.current.focus();
    }
  }, [checked]);

  const summaryRef = useCallback((element: HTMLElement | null) => void (summary.current = element), []);
  const focusSummary = useCallback(() => summary.current?.focus(), []);
  return { announcement, summaryRef, focusSummary };
}
