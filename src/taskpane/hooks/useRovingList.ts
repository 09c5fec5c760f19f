import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from "react";
import { nextFinding, type FindingRow } from "../logic/findingRows";

/** Keys that move between findings, and how far. */
const STEPS: Readonly<Record<string, number | "first" | "last">> = {
  ArrowDown: 1,
  ArrowUp: -1,
  PageDown: 10,
  PageUp: -10,
  Home: "first",
  End: "last",
};

export type RovingList = {
  /** The row that holds the list's one Tab stop (the first finding until the user moves). */
  readonly active: number | null;
  readonly containerRef: (element: HTMLElement | null) => void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onFocus(event: FocusEvent<HTMLElement>): void;
};

/**
 * The findings list as one Tab stop (a roving tabindex): Tab enters at the last finding used, the arrow keys
 * move between findings (Page Up/Down by ten, Home/End to the ends), Right and Left between a finding and
 * its actions. Rows carry `data-row-key`; the elements inside that take focus carry `data-roving`.
 */
export function useRovingList(rows: readonly FindingRow[]): RovingList {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const focusWanted = useRef<string | null>(null);
  const active = useMemo(() => {
    const index = rows.findIndex((row) => row.kind === "finding" && row.key === activeKey);
    return index >= 0 ? index : nextFinding(rows, null, "first");
  }, [rows, activeKey]);

  // After the row asked for is drawn, it gets the focus (which also scrolls it into view).
  useEffect(() => {
    const key = focusWanted.current;
    if (key === null || container === null) return;
    const target = rowElement(container, key)?.querySelector<HTMLElement>("[data-roving]");
    if (target) {
      focusWanted.current = null;
      target.focus();
    }
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>("[data-row-key]");
      if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
        const stops = row === null ? [] : [...row.querySelectorAll<HTMLElement>("[data-roving]")];
        const at = stops.indexOf(event.target as HTMLElement);
        const next = stops[at + (event.key === "ArrowRight" ? 1 : -1)];
        if (at >= 0 && next) {
          event.preventDefault();
          next.focus();
        }
        return;
      }
      const step = STEPS[event.key];
      if (step === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      const from = row === null ? null : rows.findIndex((r) => r.key === row.dataset.rowKey);
      const target = nextFinding(rows, from, step);
      if (target === null) return;
      event.preventDefault();
      const key = rows[target]!.key;
      focusWanted.current = key;
      setActiveKey(key);
      if (container !== null)
        rowElement(container, key)?.querySelector<HTMLElement>("[data-roving]")?.focus();
    },
    [rows, container],
  );

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const key = (event.target as HTMLElement).closest<HTMLElement>("[data-row-key]")?.dataset.rowKey;
    if (key !== undefined) setActiveKey(key);
  }, []);

  return { active, containerRef: setContainer, onKeyDown, onFocus };
}

function rowElement(container: HTMLElement, key: string): HTMLElement | undefined {
  return [...container.querySelectorAll<HTMLElement>("[data-row-key]")].find((e) => e.dataset.rowKey === key);
}
