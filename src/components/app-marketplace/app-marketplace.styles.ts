import { css } from 'lit';

export const appMarketplaceStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: var(--pb-app-marketplace-sidebar-width, 15rem) minmax(0, 1fr);
    gap: 1.5rem;
  }
  aside {
    display: grid;
    align-content: start;
    gap: 1rem;
  }
  input[type='search'] {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--_pb-color-border-strong);
    border-radius: var(--_pb-radius);
    background: var(--_pb-color-surface);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .view-list {
    display: grid;
    gap: 0.15rem;
    margin: 0 0 1rem;
  }
  legend {
    margin: 0 0 0.4rem;
    padding: 0;
    font-size: 0.8125rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_pb-color-text-muted);
  }
  .view {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    width: 100%;
    padding: 0.45rem 0.65rem;
    border: 0;
    border-radius: var(--_pb-radius);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .view:hover {
    background: var(--_pb-color-surface-hover);
  }
  /* The radio itself is hidden: its label shows the focus and the choice. */
  .view:has(:focus-visible) {
    outline: 2px solid var(--_pb-color-focus);
    outline-offset: 2px;
  }
  .view:has(:checked) {
    background: var(--_pb-color-accent-surface);
    color: var(--_pb-color-accent-text);
    font-weight: 600;
  }
  .notice {
    margin: 0;
  }
  .view-count {
    color: var(--_pb-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .catalog {
    display: grid;
    align-content: start;
    gap: 0.75rem;
    min-width: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.75rem;
  }
  .toolbar .title {
    font-size: 1.25rem;
  }
  .toolbar p {
    margin: 0.15rem 0 0;
  }
  .viewport {
    position: relative;
    height: var(--pb-app-marketplace-height, 40rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 2px;
  }
  .spacer {
    position: relative;
  }
  .grid {
    display: grid;
    will-change: transform;
  }
  .tile {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: 1fr auto;
    gap: 0.35rem 0.75rem;
    width: 100%;
    height: 100%;
    padding: 0.85rem;
    border: 1px solid var(--_pb-color-border);
    border-radius: var(--_pb-radius-large);
    background: var(--pb-app-tile-background, var(--_pb-color-surface));
    text-align: start;
    cursor: pointer;
    overflow: hidden;
  }
  .tile:hover {
    border-color: var(--_pb-color-accent);
  }
  .tile-logo {
    width: 2.75rem;
    height: 2.75rem;
    border-radius: var(--_pb-radius);
    object-fit: contain;
  }
  .monogram {
    display: grid;
    place-items: center;
    font-weight: 700;
    color: var(--_pb-color-accent);
    background: var(--_pb-color-accent-surface);
  }
  .tile-text {
    display: grid;
    align-content: start;
    gap: 0.1rem;
    min-width: 0;
  }
  .tile-name {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .tile-vendor,
  .tile-summary {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.875rem;
  }
  .tile-status {
    grid-column: 2;
    justify-self: start;
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: 1.5rem;
    border: 1px dashed var(--_pb-color-border-strong);
    border-radius: var(--_pb-radius-large);
  }
  .empty p {
    margin: 0;
  }
  dialog.detail {
    width: min(46rem, calc(100vw - 2rem));
  }
  dialog.network {
    width: min(40rem, calc(100vw - 2rem));
  }
  .dialog-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.75rem 1rem 0 1.5rem;
    background: var(--_pb-color-surface);
  }
  .dialog-bar .close {
    margin-inline-start: auto;
    min-width: 2.25rem;
    padding: 0.25rem;
  }
  @container (max-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    /* Narrow: views and categories become one scrolling row of chips above the tiles. */
    .views {
      display: grid;
      gap: 0.5rem;
    }
    .view-list {
      display: flex;
      gap: 0.4rem;
      margin: 0;
      overflow-x: auto;
      padding-bottom: 0.25rem;
    }
    legend {
      margin: 0 0 0.4rem;
    }
    .view {
      width: auto;
      white-space: nowrap;
      border: 1px solid var(--_pb-color-border);
      border-radius: 999px;
    }
  }
`;
