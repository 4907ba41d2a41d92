import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { parseReportOf } from '../../api/checked-adapter.js';
import type { AppStatus, AppSummary, Category } from '../../api/schemas.js';
import type { PbActivatedEvent } from '../../events/activated-event.js';
import { PbAppCloseEvent } from '../../events/app-close-event.js';
import { PbAppOpenEvent } from '../../events/app-open-event.js';
import { PbErrorEvent } from '../../events/error-event.js';
import type { PbDeactivatedEvent } from '../../events/deactivated-event.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { appLogo } from '../../internal/app-logo.js';
import { DialogController } from '../../internal/dialog-controller.js';
import { nestedTag } from '../../internal/nested-elements.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { VirtualGridController, type VirtualGridItem } from '../../internal/virtual-grid-controller.js';
import { AppDetailElement } from '../app-detail/app-detail.js';
import { NetworkSecurityElement } from '../network-security/network-security.js';
import { appMarketplaceStyles } from './app-marketplace.styles.js';
import { CatalogIndex, CatalogPaging, isInstalled, type CatalogView } from './catalog.js';

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
 * @csspart view - Each view and category (a radio's label); `current` is added to the selected one.
 * @csspart toolbar - The heading row above the tiles.
 * @csspart viewport - The scrolling area of the tiles.
 * @csspart tile - Each app tile.
 * @csspart tile-logo - A tile's logo or initials.
 * @csspart tile-status - A tile's status badge.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - A failure message.
 * @csspart retry-button - Try again, after loading failed.
 * @csspart notice - Says that some apps could not be shown (the backend sent unreadable ones).
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
  static dependencies = { 'app-detail': AppDetailElement, 'network-security': NetworkSecurityElement };

  /** The id of the app whose detail is open; empty when none is. */
  @property({ reflect: true, converter: { toAttribute: (value: string) => value || null } }) app = '';

  /** The host product's name, used where the text speaks of it. */
  @property({ attribute: 'host-name' }) hostName = '';

  @state() private categories: Category[] = [];
  @state() private index: CatalogIndex = new CatalogIndex([], 'en');
  @state() private total = 0;
  @state() private query = '';
  @state() private view: CatalogView = { kind: 'all' };
  /** Network security loads once its dialog is first opened, and then stays (with any edits). */
  @state() private networkOpened = false;
  /** Some apps could not be shown: unreadable, or the backend's pages were inconsistent. */
  @state() private incomplete = false;

  private visible: AppSummary[] = [];
  /** Derived when the apps change, not on every scroll frame. */
  private activeCount = 0;
  private openAppName = '';
  private readonly brokenLogos = new Set<string>();
  private readonly tileGrid = new VirtualGridController(this, {
    minItemWidth: TILE_MIN_WIDTH,
    itemHeight: TILE_HEIGHT,
    gap: TILE_GAP,
  });

  /**
   * Categories and every app, page by page; tiles appear with the first page. Paging is
   * bounded (see `CatalogPaging`): whatever the backend answers, what arrived is shown.
   */
  private readonly catalog = this.adapterTask({
    args: () => [] as const,
    run: async (api, _args, options) => {
      const [categories, firstPage] = await Promise.all([
        api.listCategories(options),
        api.listApps({ limit: FIRST_PAGE }, options),
      ]);
      this.categories = categories;
      this.total = firstPage.total;
      this.incomplete = parseReportOf(firstPage) !== undefined || parseReportOf(categories) !== undefined;
      const paging = new CatalogPaging(firstPage.total, NEXT_PAGES);
      let index = new CatalogIndex(paging.take(firstPage.items), this.i18n.language);
      this.index = index;
      let cursor = paging.next(firstPage.nextCursor, index.apps.length);
      while (cursor) {
        // A page that lands after a newer load took over rejects as aborted (see AdapterTask).
        const page = await api.listApps({ limit: NEXT_PAGES, cursor }, options);
        if (parseReportOf(page)) this.incomplete = true;
        const fresh = paging.take(page.items);
        index = index.append(fresh);
        this.index = index;
        cursor = paging.next(page.nextCursor, fresh.length);
      }
      paging.finish(firstPage.total);
      this.total = index.apps.length;
      if (paging.problem) {
        this.incomplete = true;
        this.dispatchEvent(new PbErrorEvent({ operation: 'listApps', code: 'invalid-response' }));
      }
      return index.apps.length;
    },
  });

  private readonly detailDialog = new DialogController(this, {
    onClose: () => {
      this.app = '';
    },
  });

  private readonly networkDialog = new DialogController(this);

  /** The apps the current search and view show, in order. */
  get visibleApps(): readonly AppSummary[] {
    return this.visible;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('index')) this.activeCount = this.index.apps.filter(isInstalled).length;
    if (changed.has('index') || changed.has('app')) {
      this.openAppName = this.app ? (this.index.apps.find((candidate) => candidate.id === this.app)?.name ?? this.app) : '';
    }
    if (changed.has('index') || changed.has('query') || changed.has('view')) {
      this.visible = this.index.filter(this.query, this.view);
      if (changed.has('query') || changed.has('view')) this.tileGrid.reset();
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('app')) {
      const previous = changed.get('app');
      if (this.app) {
        this.detailDialog.show();
        if (previous !== this.app) this.dispatchEvent(new PbAppOpenEvent({ appId: this.app }));
      } else {
        this.detailDialog.hide();
        if (previous) this.dispatchEvent(new PbAppCloseEvent({ appId: previous }));
      }
    }
  }

  /** Loads the categories and apps again. */
  async load(): Promise<void> {
    await this.catalog.run();
  }

  override render() {
    return html`<div class="layout">
        ${this.renderSidebar()}
        <section class="catalog" aria-labelledby="catalog-title">
          <div class="toolbar" part="toolbar">
            <div>
              ${this.heading(0, html`<bdi>${this.viewTitle()}</bdi>`, { id: 'catalog-title', className: 'title' })}
              <p class="muted count" role="status">
                ${this.index.apps.length > 0 ? this.t('marketplace.resultCount', { count: this.visible.length }) : nothing}
              </p>
            </div>
            <button class="button" part="network-button" @click=${this.openNetworkSecurity}>
              ${this.t('marketplace.networkSecurity')}
            </button>
          </div>
          ${this.renderStates()} ${this.renderIncomplete()} ${this.renderGrid()}
        </section>
      </div>
      ${this.renderDetailDialog()} ${this.renderNetworkDialog()}`;
  }

  private renderSidebar(): TemplateResult {
    // Before the first page arrives (or when it failed) a count would read as "0 apps".
    const counted = this.index.apps.length > 0 || this.catalog.value !== undefined;
    // Native radios sharing one name: one tab stop, arrow keys move between the views and
    // categories and choose as they go, and screen readers say "2 of 12".
    const viewOption = (label: unknown, count: number, view: CatalogView, selected: boolean) =>
      html`<label class="view" part=${selected ? 'view current' : 'view'}>
        <input class="visually-hidden" type="radio" name="view" .checked=${live(selected)} @change=${() => (this.view = view)} />
        <span>${label}</span>${counted ? html`<span class="view-count">${this.i18n.formatNumber(count)}</span>` : nothing}
      </label>`;
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
      <div class="views">
        <fieldset>
          <legend class="visually-hidden">${this.t('marketplace.views')}</legend>
          <div class="view-list">
            ${viewOption(this.t('marketplace.allApps'), this.total, { kind: 'all' }, current.kind === 'all')}
            ${viewOption(this.t('marketplace.activeView'), this.activeCount, { kind: 'active' }, current.kind === 'active')}
          </div>
        </fieldset>
        ${this.categories.length === 0
          ? nothing
          : html`<fieldset>
              <legend>${this.t('marketplace.categories')}</legend>
              <div class="view-list">
                ${this.categories.map((category) =>
                  viewOption(
                    html`<bdi>${category.name}</bdi>`,
                    category.appCount,
                    { kind: 'category', category },
                    current.kind === 'category' && current.category.id === category.id,
                  ),
                )}
              </div>
            </fieldset>`}
      </div>
    </aside>`;
  }

  private viewTitle(): string {
    if (this.view.kind === 'active') return this.t('marketplace.activeView');
    if (this.view.kind === 'category') return this.view.category.name;
    return this.t('marketplace.allApps');
  }

  private renderIncomplete(): TemplateResult | typeof nothing {
    return this.incomplete && !this.catalog.error
      ? html`<p class="notice muted" part="notice">${this.t('marketplace.incomplete')}</p>`
      : nothing;
  }

  private renderStates(): TemplateResult | typeof nothing {
    const failure = this.catalog.error;
    if (failure) {
      return this.renderLoadFailure(failure, this.t('marketplace.loadError'));
    }
    const loaded = this.index.apps.length;
    const loading = this.catalog.value === undefined;
    if (loading && loaded === 0) return this.renderLoading();
    if (loading) {
      return html`<p class="muted" role="status">
        ${this.t('marketplace.loadingMore', { loaded, count: this.total })}
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

  /** The tiles in view (see VirtualGridController); the viewport scrolls, the grid keeps one tile in the tab order. */
  private renderGrid(): TemplateResult {
    return this.tileGrid.render(this.visible, (app, item) => this.renderTile(app, item), {
      label: this.t('marketplace.appList'),
    });
  }

  private renderTile(app: AppSummary, { index, tabIndex }: VirtualGridItem): TemplateResult {
    return html`<button
      class="tile"
      part="tile"
      data-index=${index}
      data-app-id=${app.id}
      tabindex=${tabIndex}
      @click=${() => this.openApp(app.id, index)}
    >
      ${appLogo(app, {
        className: 'tile-logo',
        part: 'tile-logo',
        broken: this.brokenLogos.has(app.id),
        onError: () => this.markLogoBroken(app.id),
        locale: this.i18n.locale,
      })}
      <span class="tile-text">
        <span class="tile-name" dir="auto">${app.name}</span>
        <span class="tile-vendor muted">${this.t('marketplace.byVendor', { vendor: app.vendor })}</span>
        <span class="tile-summary" dir="auto">${app.summary}</span>
      </span>
      ${app.status === 'available'
        ? nothing
        : html`<span class="badge tile-status" part="tile-status" data-status=${app.status}
            >${this.t(`status.${app.status}`)}</span
          >`}
    </button>`;
  }

  private renderDetailDialog(): TemplateResult {
    const detail = nestedTag('app-detail', AppDetailElement);
    return this.renderDialog(
      this.detailDialog,
      { className: 'detail', part: 'detail-dialog', label: this.openAppName, closeLabel: this.t('detail.close') },
      this.app
        ? staticHtml`<${detail}
            app-id=${this.app}
            host-name=${this.hostName}
            heading-level=${this.headingLevel + 1}
            .adapter=${this.givenAdapter}
            @pb-activated=${this.onStatusChanged}
            @pb-deactivated=${this.onStatusChanged}
          ></${detail}>`
        : nothing,
    );
  }

  private renderNetworkDialog(): TemplateResult {
    const networkSecurity = nestedTag('network-security', NetworkSecurityElement);
    return this.renderDialog(
      this.networkDialog,
      { className: 'network', part: 'network-dialog', label: this.t('network.title'), closeLabel: this.t('common.close') },
      this.networkOpened
        ? staticHtml`<${networkSecurity} heading-level=${this.headingLevel + 1} .adapter=${this.givenAdapter}></${networkSecurity}>`
        : nothing,
    );
  }

  /** One of the catalog's dialogs: a close button named for screen readers, then what it holds. */
  private renderDialog(
    dialog: DialogController,
    options: { className: string; part: string; label: string; closeLabel: string },
    content: unknown,
  ): TemplateResult {
    return html`<dialog ${dialog.attach()} class=${options.className} part=${options.part} aria-label=${options.label}>
      <div class="dialog-bar">
        <button class="button close" data-dialog-close>
          <span aria-hidden="true">✕</span><span class="visually-hidden">${options.closeLabel}</span>
        </button>
      </div>
      <div class="dialog-body">${content}</div>
    </dialog>`;
  }

  private openNetworkSecurity(): void {
    this.networkOpened = true;
    this.networkDialog.show();
  }

  private openApp(appId: string, index: number): void {
    this.tileGrid.focusIndex = index;
    this.app = appId;
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
}
