import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { PlugboardError } from '../../api/errors.js';
import type { AppStatus, AppSummary, Category } from '../../api/schemas.js';
import type { PbActivatedEvent } from '../../events/activated-event.js';
import { PbAppCloseEvent } from '../../events/app-close-event.js';
import { PbAppOpenEvent } from '../../events/app-open-event.js';
import type { PbDeactivatedEvent } from '../../events/deactivated-event.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { appLogo } from '../../internal/app-logo.js';
import { closeModal, showModal } from '../../internal/modal.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { gridLayout, scrollToReveal, visibleItems, type GridLayout } from '../../internal/virtual-grid.js';
import { appMarketplaceStyles } from './app-marketplace.styles.js';
import { CatalogIndex, isInstalled, type CatalogView } from './catalog.js';

/** Tile geometry, in pixels; the virtual grid needs rows of one known height. */
const TILE_MIN_WIDTH = 232;
const TILE_HEIGHT = 132;
const TILE_GAP = 12;
const FIRST_PAGE = 200;
const NEXT_PAGES = 500;

/**
 * @summary The integrations catalog: categories, search, the Active view and a grid of app
 * tiles; each app opens in a detail dialog where it is activated, configured or deactivated.
 *
 * Only the tiles in view are in the DOM, so ten thousand apps scroll and filter smoothly.
 * Search is case- and accent-insensitive with the rules of the element's language. Set
 * `app` to open an app's detail (a deep link); the element keeps it in step as the admin
 * opens and closes apps.
 *
 * @event {PbAppOpenEvent} pb-app-open - An app's detail opened.
 * @event {PbAppCloseEvent} pb-app-close - An app's detail closed.
 * @event {PbActivatedEvent} pb-activated - Bubbles from the detail: an app was activated.
 * @event {PbDeactivateRequestEvent} pb-deactivate-request - Bubbles from the detail; cancel to keep the app active.
 * @event {PbDeactivatedEvent} pb-deactivated - Bubbles from the detail: an app was deactivated.
 * @event {PbConsentEvent} pb-consent - Bubbles from the consent dialog with the record of what was accepted.
 * @event {PbNetworkSecurityChangeEvent} pb-network-security-change - Bubbles from the network security dialog.
 * @event {PbErrorEvent} pb-error - A backend call failed; the element shows the failure.
 *
 * @csspart sidebar - The column with search, views and categories.
 * @csspart search - The search field.
 * @csspart view - Each view and category button; `current` is added to the selected one.
 * @csspart toolbar - The heading row above the tiles.
 * @csspart viewport - The scrolling area of the tiles.
 * @csspart tile - Each app tile.
 * @csspart tile-logo - A tile's logo or initials.
 * @csspart tile-status - A tile's status badge.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - A failure message.
 * @csspart detail-dialog - The dialog holding an app's detail.
 * @csspart network-button - The button opening network security.
 * @csspart network-dialog - The dialog holding network security.
 *
 * @cssproperty [--pb-app-marketplace-height=40rem] - Height of the scrolling tile area.
 * @cssproperty [--pb-app-marketplace-sidebar-width=15rem] - Width of the sidebar.
 * @cssproperty [--pb-app-tile-background=var(--pb-color-surface)] - Tile background.
 */
export class AppMarketplace extends AdapterElement {
  static override styles = [sharedStyles, appMarketplaceStyles];

  /** The id of the app whose detail is open; empty when none is. */
  @property({ reflect: true, converter: { toAttribute: (value: string) => value || null } }) app = '';

  /** The host product's name, used where the text speaks of it. */
  @property({ attribute: 'host-name' }) hostName = '';

  @state() private categories: Category[] = [];
  @state() private index: CatalogIndex = new CatalogIndex([], 'en');
  @state() private total = 0;
  @state() private loading = false;
  @state() private loadError: PlugboardError | undefined;
  @state() private query = '';
  @state() private view: CatalogView = { kind: 'all' };
  @state() private tilesScrollTop = 0;
  @state() private viewportSize = { width: 0, height: 0 };
  @state() private focusIndex = 0;

  @query('.viewport') private viewport!: HTMLElement;
  @query('dialog.detail') private detailDialog!: HTMLDialogElement;
  @query('dialog.network') private networkDialog!: HTMLDialogElement;

  private visible: AppSummary[] = [];
  /** Derived when the apps change, not on every scroll frame. */
  private activeCount = 0;
  private openAppName = '';
  private readonly brokenLogos = new Set<string>();
  private resizeObserver: ResizeObserver | undefined;
  private loadedFor = '';
  private loadRun = 0;

  /** The apps the current search and view show, in order. */
  get visibleApps(): readonly AppSummary[] {
    return this.visible;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.loadedFor = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    const key = this.i18n.language;
    if (this.api && key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load();
    }
    if (changed.has('index')) this.activeCount = this.index.apps.filter(isInstalled).length;
    if (changed.has('index') || changed.has('app')) {
      this.openAppName = this.app ? (this.index.apps.find((candidate) => candidate.id === this.app)?.name ?? this.app) : '';
    }
    if (changed.has('index') || changed.has('query') || changed.has('view')) {
      this.visible = this.index.filter(this.query, this.view);
      if (changed.has('query') || changed.has('view')) this.focusIndex = 0;
      this.focusIndex = Math.min(this.focusIndex, Math.max(0, this.visible.length - 1));
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.resizeObserver && this.viewport) {
      this.resizeObserver = new ResizeObserver(([entry]) => {
        if (entry) this.viewportSize = { width: entry.contentRect.width, height: entry.contentRect.height };
      });
      this.resizeObserver.observe(this.viewport);
    }
    if (changed.has('app')) {
      const previous = changed.get('app');
      if (this.app) {
        showModal(this.detailDialog);
        if (previous !== this.app) this.dispatchEvent(new PbAppOpenEvent({ appId: this.app }));
      } else {
        closeModal(this.detailDialog);
        if (previous) this.dispatchEvent(new PbAppCloseEvent({ appId: previous }));
      }
    }
  }

  /** Loads categories and every app, page by page; tiles appear with the first page. */
  async load(): Promise<void> {
    const run = ++this.loadRun;
    const language = this.i18n.language;
    this.loading = true;
    this.loadError = undefined;
    const [categories, firstPage] = await Promise.all([
      this.call('listCategories', (api, options) => api.listCategories(options)),
      this.call('listApps', (api, options) => api.listApps({ limit: FIRST_PAGE }, options)),
    ]);
    if (!categories || !firstPage || run !== this.loadRun) return;
    if ('error' in categories || 'error' in firstPage) {
      this.loadError = 'error' in categories ? categories.error : 'error' in firstPage ? firstPage.error : undefined;
      this.loading = false;
      return;
    }
    this.categories = categories.value;
    this.total = firstPage.value.total;
    let index = new CatalogIndex(firstPage.value.items, language);
    this.index = index;
    let cursor = firstPage.value.nextCursor;
    while (cursor) {
      const pageCursor = cursor;
      const page = await this.call('listApps', (api, options) =>
        api.listApps({ limit: NEXT_PAGES, cursor: pageCursor }, options),
      );
      if (!page || run !== this.loadRun) return;
      if ('error' in page) {
        this.loadError = page.error;
        break;
      }
      index = index.append(page.value.items);
      this.index = index;
      cursor = page.value.nextCursor;
    }
    this.loading = false;
  }

  override render() {
    return html`<div class="layout">
        ${this.renderSidebar()}
        <section class="catalog" aria-labelledby="catalog-title">
          <div class="toolbar" part="toolbar">
            <div>
              <h2 id="catalog-title">${this.viewTitle()}</h2>
              <p class="muted count" role="status">
                ${this.index.apps.length > 0 ? this.t('marketplace.resultCount', { count: this.visible.length }) : nothing}
              </p>
            </div>
            ${customElements.get('network-security')
              ? html`<button class="button" part="network-button" @click=${() => showModal(this.networkDialog)}>
                  ${this.t('marketplace.networkSecurity')}
                </button>`
              : nothing}
          </div>
          ${this.renderStates()} ${this.renderGrid()}
        </section>
      </div>
      ${this.renderDetailDialog()} ${this.renderNetworkDialog()}`;
  }

  private renderSidebar(): TemplateResult {
    const viewButton = (label: string, count: number, view: CatalogView, selected: boolean) =>
      html`<li>
        <button
          class="view"
          part=${selected ? 'view current' : 'view'}
          aria-current=${selected ? 'true' : 'false'}
          @click=${() => (this.view = view)}
        >
          <span>${label}</span><span class="view-count">${this.i18n.formatNumber(count)}</span>
        </button>
      </li>`;
    const current = this.view;
    return html`<aside part="sidebar">
      <search>
        <label class="visually-hidden" for="search">${this.t('marketplace.searchLabel')}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          placeholder=${this.t('marketplace.searchPlaceholder')}
          .value=${this.query}
          @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
        />
      </search>
      <nav aria-label=${this.t('marketplace.views')}>
        <ul>
          ${viewButton(this.t('marketplace.allApps'), this.total, { kind: 'all' }, current.kind === 'all')}
          ${viewButton(this.t('marketplace.activeView'), this.activeCount, { kind: 'active' }, current.kind === 'active')}
        </ul>
        <h3 id="categories-title">${this.t('marketplace.categories')}</h3>
        <ul aria-labelledby="categories-title">
          ${this.categories.map((category) =>
            viewButton(
              category.name,
              category.appCount,
              { kind: 'category', category },
              current.kind === 'category' && current.category.id === category.id,
            ),
          )}
        </ul>
      </nav>
    </aside>`;
  }

  private viewTitle(): string {
    if (this.view.kind === 'active') return this.t('marketplace.activeView');
    if (this.view.kind === 'category') return this.view.category.name;
    return this.t('marketplace.allApps');
  }

  private renderStates(): TemplateResult | typeof nothing {
    if (this.loadError) {
      return html`<div class="alert" role="alert" part="error">
        <p>${this.t('marketplace.loadError')} ${this.errorMessage(this.loadError)}</p>
        <button class="button" @click=${() => this.load()}>${this.t('common.retry')}</button>
      </div>`;
    }
    const loaded = this.index.apps.length;
    if (!this.api || (this.loading && loaded === 0)) return this.renderLoading();
    if (this.loading) {
      return html`<p class="muted" role="status">
        ${this.t('marketplace.loadingMore', {
          loaded: this.i18n.formatNumber(loaded),
          total: this.i18n.formatNumber(this.total),
        })}
      </p>`;
    }
    if (this.visible.length > 0 || loaded === 0) return nothing;
    if (this.query.trim()) {
      return html`<div class="empty" part="empty">
        <p>${this.t('marketplace.noResults', { query: this.query.trim() })}</p>
        <button class="button" @click=${this.clearSearch}>${this.t('marketplace.clearSearch')}</button>
      </div>`;
    }
    if (this.view.kind === 'active') {
      return html`<div class="empty" part="empty">
        <p>${this.t('marketplace.noActive')}</p>
        <button class="button" @click=${() => (this.view = { kind: 'all' })}>${this.t('marketplace.showAll')}</button>
      </div>`;
    }
    return html`<div class="empty" part="empty"><p>${this.t('marketplace.noResultsInCategory')}</p></div>`;
  }

  private layout(): GridLayout {
    return gridLayout(this.visible.length, this.viewportSize.width, TILE_MIN_WIDTH, TILE_GAP, TILE_HEIGHT);
  }

  private renderGrid(): TemplateResult {
    const apps = this.visible;
    const layout = this.layout();
    // Before the first measurement, render one screenful as if the viewport were tall.
    const height = this.viewportSize.height || 800;
    const { start, end, firstRow } = visibleItems(layout, apps.length, this.tilesScrollTop, height);
    const tiles: TemplateResult[] = [];
    apps.slice(start, end).forEach((app, offset) => tiles.push(this.renderTile(app, start + offset, apps.length)));
    return html`<div class="viewport" part="viewport" @scroll=${this.onScroll} ?hidden=${apps.length === 0}>
      <div class="spacer" style="height: ${layout.rowCount * layout.rowStride}px">
        <div
          class="grid"
          role="list"
          aria-label=${this.t('marketplace.appList')}
          style="transform: translateY(${firstRow * layout.rowStride}px); grid-template-columns: repeat(${layout.columns}, minmax(0, 1fr)); grid-auto-rows: ${TILE_HEIGHT}px; gap: ${TILE_GAP}px"
          @keydown=${this.onGridKeydown}
        >
          ${tiles}
        </div>
      </div>
    </div>`;
  }

  private renderTile(app: AppSummary, index: number, setSize: number): TemplateResult {
    return html`<div role="listitem" aria-setsize=${setSize} aria-posinset=${index + 1}>
      <button
        class="tile"
        part="tile"
        data-index=${index}
        data-app-id=${app.id}
        tabindex=${index === this.focusIndex ? 0 : -1}
        @click=${() => this.openApp(app.id, index)}
      >
        ${appLogo(app, {
          className: 'tile-logo',
          part: 'tile-logo',
          broken: this.brokenLogos.has(app.id),
          onError: () => this.markLogoBroken(app.id),
        })}
        <span class="tile-text">
          <span class="tile-name">${app.name}</span>
          <span class="tile-vendor muted">${this.t('marketplace.byVendor', { vendor: app.vendor })}</span>
          <span class="tile-summary">${app.summary}</span>
        </span>
        ${app.status === 'available'
          ? nothing
          : html`<span class="badge tile-status" part="tile-status" data-status=${app.status}
              >${this.t(`status.${app.status}`)}</span
            >`}
      </button>
    </div>`;
  }

  private renderDetailDialog(): TemplateResult {
    return html`<dialog
      class="detail"
      part="detail-dialog"
      aria-label=${this.openAppName}
      @close=${this.onDetailClosed}
      @pb-activated=${this.onStatusChanged}
      @pb-deactivated=${this.onStatusChanged}
    >
      <div class="dialog-bar">
        <button class="button close" @click=${() => (this.app = '')}>
          <span aria-hidden="true">✕</span><span class="visually-hidden">${this.t('detail.close')}</span>
        </button>
      </div>
      <div class="dialog-body">
        ${this.app
          ? html`<app-detail
              app-id=${this.app}
              host-name=${this.hostName}
              .adapter=${this.adapter ?? this.contextAdapter}
            ></app-detail>`
          : nothing}
      </div>
    </dialog>`;
  }

  private renderNetworkDialog(): TemplateResult | typeof nothing {
    if (!customElements.get('network-security')) return nothing;
    return html`<dialog class="network" part="network-dialog" aria-label=${this.t('network.title')}>
      <div class="dialog-bar">
        <button class="button close" @click=${() => closeModal(this.networkDialog)}>
          <span aria-hidden="true">✕</span><span class="visually-hidden">${this.t('common.close')}</span>
        </button>
      </div>
      <div class="dialog-body">
        <network-security .adapter=${this.adapter ?? this.contextAdapter}></network-security>
      </div>
    </dialog>`;
  }

  private openApp(appId: string, index: number): void {
    this.focusIndex = index;
    this.app = appId;
  }

  /** The dialog closed (Escape or the close button); a late event of an earlier closing is ignored. */
  private onDetailClosed(): void {
    if (!this.detailDialog.open) this.app = '';
  }

  private onStatusChanged(event: PbActivatedEvent | PbDeactivatedEvent): void {
    const status: AppStatus = event.type === 'pb-activated' ? (event as PbActivatedEvent).detail.activation.status : 'available';
    this.index = this.index.withStatus(event.detail.appId, status);
  }

  private markLogoBroken(appId: string): void {
    this.brokenLogos.add(appId);
    this.requestUpdate();
  }

  private clearSearch(): void {
    this.query = '';
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private onScroll(): void {
    this.tilesScrollTop = this.viewport.scrollTop;
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const layout = this.layout();
    const pageRows = Math.max(1, Math.floor((this.viewportSize.height || 800) / layout.rowStride));
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: layout.columns,
      ArrowUp: -layout.columns,
      PageDown: layout.columns * pageRows,
      PageUp: -layout.columns * pageRows,
    };
    let target: number | undefined;
    if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = this.visible.length - 1;
    else if (event.key in moves) target = this.focusIndex + (moves[event.key] ?? 0);
    if (target === undefined) return;
    event.preventDefault();
    void this.focusTile(Math.max(0, Math.min(this.visible.length - 1, target)));
  }

  /** Scrolls a tile into the rendered window if needed, then focuses it. */
  private async focusTile(index: number): Promise<void> {
    this.focusIndex = index;
    const layout = this.layout();
    const row = Math.floor(index / layout.columns);
    const scrollTo = scrollToReveal(layout, row, this.viewport.scrollTop, this.viewport.clientHeight);
    if (scrollTo !== null) {
      this.viewport.scrollTop = scrollTo;
      this.tilesScrollTop = scrollTo;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`.tile[data-index="${index}"]`)?.focus();
  }
}
