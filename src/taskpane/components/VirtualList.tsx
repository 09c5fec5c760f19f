import { Fragment, type HTMLAttributes, type ReactNode } from "react";
import type { VirtualRows } from "../hooks/useVirtualRows";

export type VirtualListProps<Row extends { readonly key: string }> = Omit<
  HTMLAttributes<HTMLUListElement>,
  "children"
> & {
  readonly rows: readonly Row[];
  readonly virtual: VirtualRows;
  /** One row as an `<li>` carrying `ref` (its height is measured). */
  readonly renderRow: (row: Row, ref: (element: HTMLElement | null) => void) => ReactNode;
};

/**
 * A list that draws only the rows the window (see useVirtualRows) asks for, with empty items of the right
 * height standing in for the others, so the page scrolls as if every row were there.
 */
export function VirtualList<Row extends { readonly key: string }>({
  rows,
  virtual,
  renderRow,
  ...list
}: VirtualListProps<Row>) {
  return (
    <ul {...list} ref={virtual.listRef}>
      {virtual.drawn.map(({ index, gapBefore }) => {
        const row = rows[index];
        if (row === undefined) return null;
        return (
          <Fragment key={row.key}>
            {gapBefore > 0 && <li role="none" aria-hidden="true" style={{ height: gapBefore }} />}
            {renderRow(row, virtual.measure(row.key))}
          </Fragment>
        );
      })}
      {virtual.gapAfter > 0 && <li role="none" aria-hidden="true" style={{ height: virtual.gapAfter }} />}
    </ul>
  );
}
