/**
 * The arithmetic of a virtual grid of equal rows: which rows a scroll position shows, so
 * only those are in the DOM however many items there are.
 */
export interface GridLayout {
  columns: number;
  /** Height of a row plus the gap below it, in pixels. */
  rowStride: number;
  rowCount: number;
}

export function gridLayout(itemCount: number, width: number, minItemWidth: number, gap: number, rowHeight: number): GridLayout {
  const columns = Math.max(1, Math.floor((width + gap) / (minItemWidth + gap)));
  return { columns, rowStride: rowHeight + gap, rowCount: Math.ceil(itemCount / columns) };
}

/** The first and last item index to render (last exclusive), with `overscan` rows either side. */
export function visibleItems(
  layout: GridLayout,
  itemCount: number,
  scrollTop: number,
  viewportHeight: number,
  overscan = 2,
): { start: number; end: number; firstRow: number } {
  const firstRow = Math.max(0, Math.floor(scrollTop / layout.rowStride) - overscan);
  const lastRow = Math.min(layout.rowCount, Math.ceil((scrollTop + viewportHeight) / layout.rowStride) + overscan);
  return { start: firstRow * layout.columns, end: Math.min(itemCount, lastRow * layout.columns), firstRow };
}

/** The scroll position that brings a row fully into view, or null when it already is. */
export function scrollToReveal(layout: GridLayout, row: number, scrollTop: number, viewportHeight: number): number | null {
  const top = row * layout.rowStride;
  const bottom = top + layout.rowStride;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight;
  return null;
}
