import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from './style-properties.js';
import { gridLayout, scrollToReveal, visibleItems, type GridLayout } from './virtual-grid.js';

export interface VirtualGridOptions {
  /** The narrowest an item may be, in pixels: the grid fits as many columns as allow it. */
  minItemWidth: number;
  /** The height of every item, in pixels (a virtual grid needs rows of one known height). */
  itemHeight: number;
  /** Space between items, across and down, in pixels. */
  gap: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gaps; 2 unless told. */
  overscan?: number;
  /** The viewport height assumed until the viewport is measured, in pixels; 800 unless told. */
  estimatedHeight?: number;
}

/** What the grid tells `renderItem` about the item it renders. */
export interface VirtualGridItem {
  /** The item's position in the whole list, from 0. */
  index: number;
  /**
   * 0 for the one item in the tab order, -1 for every other: set it as the `tabindex` of the
   * item's focusable element (roving tabindex). The grid focuses the element that has it.
   */
  tabIndex: 0 | -1;
}

export interface VirtualGridRenderOptions {
  /** The accessible name of the list. */
  label: string;
}

type HostElement = ReactiveControllerHost & HTMLElement;

interface RenderedWindow {
  start: number;
  end: number;
  /** The first rendered row. */
  firstRow: number;
  /** The item given tabindex 0. */
  tabStop: number;
}

const KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End']);

/**
 * A virtual grid with roving focus, for any kind of item: only the rows in view (plus
 * `overscan` rows either side) are in the DOM, however long the list.
 *
 * `render(items, renderItem, { label })` returns the whole grid for the host's template:
 * `.viewport[part=viewport]` (the scrolling box; the host's styles give it a height and
 * `overflow: auto`) > `.spacer` (as tall as every row) > `.grid[role=list]` (the rendered
 * rows, moved to their place) > one `[role=listitem]` per item, with `aria-setsize` and
 * `aria-posinset`, holding what `renderItem` returns. Sizes and offsets are set through
 * CSSOM, never as `style` attributes, so a strict Content Security Policy holds.
 *
 * The controller measures the viewport with a ResizeObserver (columns follow its width),
 * follows its scrolling, and keeps one item in the tab order (`focusIndex`, which follows
 * focus): the arrow keys, Home, End, PageUp and PageDown move focus, scrolling the target
 * into view and rendering it first. The host resets `focusIndex` (or calls `reset()`) when
 * its list changes.
 */
export class VirtualGridController implements ReactiveController {
  private readonly host: HostElement;
  private readonly options: Required<VirtualGridOptions>;
  private resizeObserver: ResizeObserver | undefined;
  private viewport: HTMLElement | undefined;
  private grid: HTMLElement | undefined;
  private size = { width: 0, height: 0 };
  /** The viewport's scroll position, as of its last scroll event or our own scrolling. */
  private scrollTop = 0;
  private count = 0;
  private focused = 0;
  private rendered: RenderedWindow = { start: 0, end: 0, firstRow: 0, tabStop: -1 };

  constructor(host: HostElement, options: VirtualGridOptions) {
    this.host = host;
    this.options = { overscan: 2, estimatedHeight: 800, ...options };
    host.addController(this);
  }

  /** The index of the item in the tab order, kept within the list at each render. */
  get focusIndex(): number {
    return this.focused;
  }

  set focusIndex(index: number) {
    if (index === this.focused) return;
    this.focused = index;
    this.host.requestUpdate();
  }

  /** Columns, row stride and row count for the list of the last render at the current width. */
  get layout(): GridLayout {
    const { minItemWidth, gap, itemHeight } = this.options;
    return gridLayout(this.count, this.size.width, minItemWidth, gap, itemHeight);
  }

  hostConnected(): void {
    if (this.viewport) this.observe(this.viewport);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** For a new list: the first item takes the tab stop and the viewport scrolls back to the top. */
  reset(): void {
    this.focusIndex = 0;
    if (this.scrollTop === 0) return;
    this.scrollTop = 0;
    if (this.viewport) this.viewport.scrollTop = 0;
    this.host.requestUpdate();
  }

  /** The viewport, spacer and grid holding the items in view; see the class comment. */
  render<T>(
    items: readonly T[],
    renderItem: (item: T, context: VirtualGridItem) => unknown,
    options: VirtualGridRenderOptions,
  ): TemplateResult {
    const { itemHeight, gap } = this.options;
    this.count = items.length;
    this.focused = Math.max(0, Math.min(this.focused, items.length - 1));
    const layout = this.layout;
    const shown = this.window(layout);
    this.rendered = shown;
    const { start, end, firstRow, tabStop } = shown;
    return html`<div class="viewport" part="viewport" ${ref(this.setViewport)} @scroll=${this.onScroll} ?hidden=${items.length === 0}>
      <div class="spacer" ${styleProperties({ height: `${layout.rowCount * layout.rowStride}px` })}>
        <div
          class="grid"
          role="list"
          aria-label=${options.label}
          ${ref(this.setGrid)}
          ${styleProperties({
            transform: `translateY(${firstRow * layout.rowStride}px)`,
            'grid-template-columns': `repeat(${layout.columns}, minmax(0, 1fr))`,
            'grid-auto-rows': `${itemHeight}px`,
            gap: `${gap}px`,
          })}
          @keydown=${this.onKeydown}
          @focusin=${this.onFocusin}
        >
          ${repeat(
            items.slice(start, end),
            (_item, offset) => start + offset,
            // No white space around the item: a text node fewer per item in the DOM.
            (item, offset) =>
              html`<div role="listitem" aria-setsize=${items.length} aria-posinset=${start + offset + 1}>${renderItem(item, {
                index: start + offset,
                tabIndex: start + offset === tabStop ? 0 : -1,
              })}</div>`,
          )}
        </div>
      </div>
    </div>`;
  }

  /** Scrolls the item into view, renders it, then focuses it (its element with a `tabindex`). */
  async focusItem(index: number): Promise<void> {
    if (this.count === 0) return;
    const target = Math.max(0, Math.min(this.count - 1, index));
    this.focusIndex = target;
    this.scrollToItem(target);
    await this.host.updateComplete;
    this.itemElement(target)?.focus();
  }

  /** Scrolls the viewport just enough to show the item's row whole; does nothing when it shows. */
  scrollToItem(index: number): void {
    const viewport = this.viewport;
    if (!viewport) return;
    const layout = this.layout;
    const scrollTo = scrollToReveal(layout, Math.floor(index / layout.columns), this.scrollTop, viewport.clientHeight);
    if (scrollTo === null) return;
    viewport.scrollTop = scrollTo;
    this.scrollTop = scrollTo;
    this.host.requestUpdate();
  }

  /** The item's focusable element, when the item is rendered. */
  itemElement(index: number): HTMLElement | null {
    const item = this.grid?.querySelector<HTMLElement>(`:scope > [aria-posinset="${index + 1}"]`);
    return item?.querySelector<HTMLElement>('[tabindex]') ?? item ?? null;
  }

  /** Which items to render, and which one is the tab stop. */
  private window(layout: GridLayout): RenderedWindow {
    const height = this.size.height || this.options.estimatedHeight;
    // A shorter list may leave the remembered position past its end until the browser
    // clamps the scroll; render what the clamped position will show, not an empty frame.
    const scrollTop = Math.max(0, Math.min(this.scrollTop, layout.rowCount * layout.rowStride - height));
    const { start, end, firstRow } = visibleItems(layout, this.count, scrollTop, height, this.options.overscan);
    let tabStop = this.focused;
    // Scrolled away from the focus item: Tab lands on the first item in view instead.
    if (tabStop < start || tabStop >= end) tabStop = Math.min(this.count - 1, visibleItems(layout, this.count, scrollTop, height, 0).start);
    return { start, end, firstRow, tabStop };
  }

  private observe(viewport: HTMLElement): void {
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || (box.width === this.size.width && box.height === this.size.height)) return;
      this.size = { width: box.width, height: box.height };
      this.host.requestUpdate();
    });
    this.resizeObserver.observe(viewport);
  }

  private readonly setViewport = (element: Element | undefined): void => {
    if (element === this.viewport) return;
    if (this.viewport) this.resizeObserver?.unobserve(this.viewport);
    this.viewport = element as HTMLElement | undefined;
    if (this.viewport && this.host.isConnected) this.observe(this.viewport);
  };

  private readonly setGrid = (element: Element | undefined): void => {
    this.grid = element as HTMLElement | undefined;
  };

  private readonly onScroll = (): void => {
    if (!this.viewport) return;
    this.scrollTop = this.viewport.scrollTop;
    const next = this.window(this.layout);
    const { start, end, tabStop } = this.rendered;
    if (next.start !== start || next.end !== end || next.tabStop !== tabStop) this.host.requestUpdate();
  };

  private readonly onFocusin = (event: FocusEvent): void => {
    const item = (event.target as Element).closest('[role="listitem"]');
    if (!item || item.parentElement !== this.grid) return;
    const index = Number(item.getAttribute('aria-posinset')) - 1;
    if (index >= 0) this.focusIndex = index;
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!KEYS.has(event.key) || event.altKey || event.metaKey || event.defaultPrevented || this.count === 0) return;
    const { columns, rowStride } = this.layout;
    const pageRows = Math.max(1, Math.floor((this.size.height || this.options.estimatedHeight) / rowStride));
    const forward = this.grid && getComputedStyle(this.grid).direction === 'rtl' ? -1 : 1;
    const moves: Record<string, number> = {
      ArrowRight: forward,
      ArrowLeft: -forward,
      ArrowDown: columns,
      ArrowUp: -columns,
      PageDown: columns * pageRows,
      PageUp: -columns * pageRows,
      Home: -this.count,
      End: this.count,
    };
    event.preventDefault();
    void this.focusItem(this.focused + (moves[event.key] ?? 0));
  };
}
