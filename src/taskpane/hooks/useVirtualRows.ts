import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";

/** A row to draw and the empty space above it (the rows not drawn since the previous one). */
export type DrawnRow = { readonly index: number; readonly gapBefore: number };

export type VirtualRows = {
  /** Give it to the list element: its place on the page decides which rows are in view. */
  readonly listRef: (element: HTMLElement | null) => void;
  readonly drawn: readonly DrawnRow[];
  /** The space below the last row drawn. */
  readonly gapAfter: number;
  /** Give it to each drawn row's element: its height is measured (and re-measured as it changes). */
  measure(key: string): (element: HTMLElement | null) => void;
};

/** How far beyond the visible part rows are drawn, in pixels (scrolling a little shows no blank). */
const OVERSCAN = 800;

/**
 * Windowing for a list in a scrolling page: only the rows in view (and some around them) are drawn, with
 * spacers standing in for the others. Rows are measured once drawn (a ResizeObserver follows their
 * changes); rows never drawn count with their estimated height. `pinned` is drawn wherever it is (the row
 * with keyboard focus, so it can be focused and scrolled to).
 */
export function useVirtualRows(
  keys: readonly string[],
  estimate: (index: number) => number,
  pinned: number | null,
): VirtualRows {
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [list, setList] = useState<HTMLElement | null>(null);
  const [view, setView] = useState({
    top: 0,
    bottom: typeof window === "undefined" ? 800 : window.innerHeight,
  });

  const observer = useMemo(() => {
    let frame = 0;
    const remeasure = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setMeasured((n) => n + 1));
    };
    const keyOf = new WeakMap<Element, string>();
    const record = (element: Element, height: number): boolean => {
      const key = keyOf.get(element);
      if (key === undefined || height <= 0 || heights.current.get(key) === height) return false;
      heights.current.set(key, height);
      return true;
    };
    const resize = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries)
        changed = record(entry.target, entry.borderBoxSize?.[0]?.blockSize ?? 0) || changed;
      if (changed) remeasure();
    });
    return { keyOf, record, resize, remeasure };
  }, []);
  useEffect(() => () => observer.resize.disconnect(), [observer]);

  const measure = useCallback(
    (key: string) => (element: HTMLElement | null) => {
      if (element === null) return;
      // Measured when the ResizeObserver first reports (after layout): asking now would force a layout.
      observer.keyOf.set(element, key);
      observer.resize.observe(element);
    },
    [observer],
  );

  // Which part of the list is on screen: from the list's place in the viewport, on every scroll and resize.
  useLayoutEffect(() => {
    if (list === null) return;
    let frame = 0;
    const update = (): void => {
      const top = -list.getBoundingClientRect().top;
      setView((v) =>
        v.top === top && v.bottom === top + window.innerHeight
          ? v
          : { top, bottom: top + window.innerHeight },
      );
    };
    const later = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", later, { capture: true, passive: true });
    window.addEventListener("resize", later, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", later, { capture: true });
      window.removeEventListener("resize", later);
    };
  }, [list]);

  const offsets = useMemo(() => {
    const starts = new Float64Array(keys.length + 1);
    keys.forEach((key, i) => (starts[i + 1] = starts[i]! + (heights.current.get(key) ?? estimate(i))));
    return starts;
    // `measured` changes when a height does: the offsets follow.
  }, [keys, estimate, measured]);

  const first = Math.max(0, rowAt(offsets, view.top - OVERSCAN));
  const last = Math.min(keys.length - 1, rowAt(offsets, view.bottom + OVERSCAN));
  const indices: number[] = [];
  if (pinned !== null && pinned < first && pinned < keys.length) indices.push(pinned);
  for (let i = first; i <= last; i++) indices.push(i);
  if (pinned !== null && pinned > last && pinned < keys.length) indices.push(pinned);
  let end = 0;
  const drawn = indices.map((index) => {
    const row = { index, gapBefore: offsets[index]! - end };
    end = offsets[index + 1]!;
    return row;
  });
  return { listRef: setList, drawn, gapAfter: offsets[keys.length]! - end, measure };
}

/** The row at a distance from the list's top (binary search over the rows' start offsets). */
function rowAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}
