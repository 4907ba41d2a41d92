import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ApiAdapter, RequestOptions } from '../../api/adapter.js';
import { isAbortError, type PlugboardError } from '../../api/errors.js';
import type { Activation, AppDetail, AppStatus, ConsentRecord } from '../../api/schemas.js';
import { PbActivatedEvent } from '../../events/activated-event.js';
import type { PbConsentEvent } from '../../events/consent-event.js';
import { PbDeactivateRequestEvent } from '../../events/deactivate-request-event.js';
import { PbDeactivatedEvent } from '../../events/deactivated-event.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { idle } from '../../internal/adapter-task.js';
import { appLogo } from '../../internal/app-logo.js';
import { renderConfirmDialog } from '../../internal/confirm-dialog.js';
import { DialogController } from '../../internal/dialog-controller.js';
import { nestedTag } from '../../internal/nested-elements.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { ConnectorFormElement } from '../connector-form/connector-form.js';
import { ConsentDialog } from '../consent-dialog/consent-dialog.js';
import { appDetailStyles } from './app-detail.styles.js';

type Confirmation = 'deactivate' | 'reissue';

/** How often relative times ("expires in 3 hours") are refreshed. */
const CLOCK_TICK_MS = 30_000;

/**
 * @summary One app in full: how it works, the data it exchanges and may access, who built
 * and supports it, and its activation: consent, credentials, configuration, deactivation.
 *
 * Activate opens the consent dialog; the activation runs with the consent record it
 * returns (the same idempotency key on every retry, so a double click activates once).
 * Vendor-developed apps then show their API credentials and when they expire;
 * host-developed apps show the configuration they still need. Deactivate asks for
 * confirmation, then emits a cancelable `pb-deactivate-request` before calling the backend.
 *
 * @event {PbActivatedEvent} pb-activated - The app was activated.
 * @event {PbDeactivateRequestEvent} pb-deactivate-request - The admin confirmed deactivation; cancel to keep the app active.
 * @event {PbDeactivatedEvent} pb-deactivated - The app was deactivated.
 * @event {PbConsentEvent} pb-consent - Bubbles from the consent dialog with the record of what was accepted.
 * @event {PbErrorEvent} pb-error - A backend call failed; the element shows the failure.
 *
 * @csspart header - Logo, name, vendor, status and the main action.
 * @csspart logo - The app's logo or its initials.
 * @csspart name - The app's name.
 * @csspart status - The status badge.
 * @csspart activate-button - Activate.
 * @csspart deactivate-button - Deactivate.
 * @csspart section - Every section of the description.
 * @csspart credentials - The API credentials panel of a vendor-developed app.
 * @csspart configuration - The configuration section of a host-developed app.
 * @csspart connector-form - The `<connector-form>` that configures a host-developed app.
 * @csspart configure-button - Opens the configuration form again after it was closed.
 * @csspart more-info - The "More information" link.
 * @csspart confirm-dialog - The deactivation and re-issue confirmation dialog.
 * @csspart confirm-title - The confirmation's heading.
 * @csspart confirm-cancel-button - The confirmation's way back.
 * @csspart confirm-button - The confirmation's button that goes ahead.
 * @csspart loading - The loading message.
 * @csspart error - A failure message.
 * @csspart retry-button - Try again, after loading failed.
 * @csspart consent-dialog - The nested consent dialog's `<dialog>` (re-exported).
 *
 * @cssproperty [--pb-app-detail-gap=1.25rem] - Space between sections.
 * @cssproperty [--pb-app-detail-logo-size=3.5rem] - The logo's size.
 */
export class AppDetailElement extends AdapterElement {
  static override styles = [sharedStyles, appDetailStyles];
  static dependencies = { 'consent-dialog': ConsentDialog, 'connector-form': ConnectorFormElement };

  /** The id of the app to show. */
  @property({ attribute: 'app-id' }) appId = '';

  /** The host product's name, used where the text speaks of it ("Hotelio support"). */
  @property({ attribute: 'host-name' }) hostName = '';

  /** The clock for relative times and the fee date. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** The activation as the last activation or deactivation left it; the loaded one until then. */
  @state() private changedActivation: Activation | undefined;
  @state() private confirming: Confirmation | undefined;
  @state() private confirmFailure: PlugboardError | undefined;
  @state() private logoBroken = false;
  /** Whether the configuration form of a host-developed app is open; undefined follows the status. */
  @state() private configuring: boolean | undefined;

  @query('.consent') private consentDialog!: ConsentDialog;

  private readonly loading = this.adapterTask({
    args: () => [this.appId] as const,
    run: async (api, [appId], options) => {
      if (!appId) return idle;
      const [app, activation] = await Promise.all([api.getApp(appId, options), api.getActivation(appId, options)]);
      this.changedActivation = undefined;
      this.configuring = undefined;
      return { app, activation, draftConnectorId: await this.draftConnectorId(api, app, activation, options) };
    },
  });

  /** Reads the activation again after its connector changed (saved, deactivated, deleted). */
  private readonly refreshing = this.adapterTask({
    run: (api, [appId]: [string], options) => api.getActivation(appId, options),
  });

  private readonly activating = this.adapterTask({
    run: (api, [appId, consent]: [string, ConsentRecord], options) => api.activate(appId, consent, options),
  });

  private readonly deactivating = this.adapterTask({
    run: (api, [appId]: [string], options) => api.deactivate(appId, options),
  });

  private readonly confirmDialog = new DialogController(this, {
    onClose: () => {
      this.confirming = undefined;
    },
  });

  private clock: ReturnType<typeof setInterval> | undefined;

  /**
   * A connector saved for the app but not active yet (a draft, or deactivated): the
   * configuration form goes on with it instead of starting a second one under the same name.
   */
  private async draftConnectorId(
    api: ApiAdapter,
    app: AppDetail,
    activation: Activation,
    options: RequestOptions,
  ): Promise<string | undefined> {
    if (app.developer !== 'host' || !app.connectorTypeId || activation.status !== 'pending-configuration') return undefined;
    if (activation.connectorId) return undefined;
    try {
      const connectors = await api.listConnectors({ owner: 'all', typeId: app.connectorTypeId }, options);
      return connectors.find((connector) => connector.appId === app.id)?.id;
    } catch (error) {
      // Without the list the form starts afresh; the failure was reported as `pb-error`.
      if (isAbortError(error)) throw error;
      return undefined;
    }
  }

  /** The activation shown: the one the last change returned, else the loaded one. */
  private get activation(): Activation | undefined {
    return this.changedActivation ?? this.loading.value?.activation;
  }

  /** The app's status as shown: the activation's when known. */
  get status(): AppStatus | undefined {
    return this.activation?.status ?? this.loading.value?.app.status;
  }

  /** True while an activation or a deactivation runs. */
  private get working(): boolean {
    return this.activating.pending || this.deactivating.pending;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => {
      if (this.activation?.credentials) this.requestUpdate();
    }, CLOCK_TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('appId')) this.logoBroken = false;
  }

  /** Loads the app and its activation again. */
  async load(): Promise<void> {
    await this.loading.run();
  }

  override render() {
    return this.loading.render({
      pending: () => this.renderLoading(),
      error: (error) => this.renderLoadFailure(error, this.t('detail.loadError')),
      complete: ({ app }) => this.renderApp(app),
    });
  }

  private renderApp(app: AppDetail): TemplateResult {
    const consentDialog = nestedTag('consent-dialog', ConsentDialog);
    return html`${this.renderHeader(app)} ${this.renderActivation(app)}
      <section part="section" aria-labelledby="how">
        ${this.heading(1, this.t('detail.howItWorks'), { id: 'how', className: 'section-title' })}
        <p class="description" dir="auto">${app.description}</p>
        ${app.moreInfoUrl
          ? html`<p>
              <a part="more-info" href=${app.moreInfoUrl} target="_blank" rel="noopener noreferrer"
                >${this.t('common.moreInfo')}<span class="visually-hidden"> ${this.t('common.opensInNewTab')}</span></a
              >
            </p>`
          : nothing}
      </section>
      ${this.renderDataFlows(app)} ${this.renderScopes(app)} ${this.renderPeople(app)}
      ${staticHtml`<${consentDialog}
        class="consent"
        exportparts="dialog: consent-dialog"
        heading-level=${this.headingLevel + 1}
        .app=${app}
        .now=${this.now}
        @pb-consent=${this.onConsent}
      ></${consentDialog}>`}
      ${this.renderConfirmDialog(app)}`;
  }

  private renderHeader(app: AppDetail): TemplateResult {
    const status = this.status ?? 'available';
    return html`<div class="header" part="header">
      ${appLogo(app, {
        className: 'logo',
        part: 'logo',
        broken: this.logoBroken,
        onError: () => (this.logoBroken = true),
        locale: this.i18n.locale,
      })}
      <div class="identity">
        ${this.heading(0, html`<bdi>${app.name}</bdi>`, { part: 'name', className: 'title' })}
        <p class="muted">${this.t('marketplace.byVendor', { vendor: app.vendor })}</p>
        <p>
          <span class="visually-hidden">${this.t('detail.statusLabel')}:</span>
          <span class="badge" part="status" data-status=${status}>${this.t(`status.${status}`)}</span>
        </p>
      </div>
      <div class="main-action">
        ${status === 'available'
          ? html`<button
              class="button primary"
              part="activate-button"
              ?disabled=${this.working}
              @click=${() => this.consentDialog.show(app)}
            >
              ${this.t('detail.activate')}
            </button>`
          : html`<button
              class="button"
              part="deactivate-button"
              ?disabled=${this.working}
              @click=${() => this.confirm('deactivate')}
            >
              ${this.t('detail.deactivate')}
            </button>`}
      </div>
    </div>`;
  }

  private renderActivation(app: AppDetail): TemplateResult | typeof nothing {
    const status = this.status;
    if (!status || status === 'available') return nothing;
    if (app.developer === 'vendor') return this.renderCredentials(app);
    return this.renderConfiguration(app, status);
  }

  private renderCredentials(app: AppDetail): TemplateResult | typeof nothing {
    const credentials = this.activation?.credentials;
    if (!credentials) return nothing;
    const now = this.now();
    const vendor = app.vendor;
    const issued = this.i18n.formatRelativeTime(credentials.issuedAt, now);
    const expiresAt = this.i18n.formatRelativeTime(credentials.expiresAt, now);
    const expired = this.status === 'credentials-expired';
    return html`<section part="section credentials" class="notice" aria-labelledby="credentials">
      ${this.heading(1, this.t('credentials.title'), { id: 'credentials', className: 'section-title' })}
      <p title=${this.i18n.formatDateTime(credentials.issuedAt)}>${this.t('credentials.issued', { time: issued, vendor })}</p>
      ${expired
        ? html`<p class="alert">${this.t('credentials.expired', { time: expiresAt, vendor })}</p>
            <p>
              <button class="button primary" ?disabled=${this.working} @click=${() => this.confirm('reissue')}>
                ${this.t('credentials.reissue')}
              </button>
            </p>`
        : credentials.usedAt
          ? html`<p>${this.t('credentials.inUse', { vendor })}</p>`
          : html`<p>
                <strong>${this.t('credentials.expiresIn', { time: expiresAt, vendor })}</strong>
                <span class="muted">(${this.i18n.formatDateTime(credentials.expiresAt)})</span>
              </p>
              <p>${this.t('credentials.advice', { vendor })}</p>`}
    </section>`;
  }

  private renderConfiguration(app: AppDetail, status: AppStatus): TemplateResult {
    const pending = status === 'pending-configuration';
    const typeId = app.connectorTypeId;
    const open = this.configuring ?? pending;
    const connectorId = this.activation?.connectorId ?? this.loading.value?.draftConnectorId ?? '';
    const connectorForm = nestedTag('connector-form', ConnectorFormElement);
    return html`<section part="section configuration" class="notice configuration" aria-labelledby="configuration">
      ${this.heading(1, this.t('detail.configurationTitle'), { id: 'configuration', className: 'section-title' })}
      <p>${pending ? this.t('detail.configurationPending', { vendor: app.vendor }) : this.t('detail.configurationDone')}</p>
      ${!typeId
        ? pending
          ? html`<p class="muted">${this.t('detail.configurationUnavailable')}</p>`
          : nothing
        : open
          ? staticHtml`<${connectorForm}
              part="connector-form"
              type-id=${typeId}
              app-id=${app.id}
              connector-id=${connectorId}
              heading-level=${this.headingLevel + 2}
              .adapter=${this.givenAdapter}
              @pb-connector-created=${this.onConnectorChanged}
              @pb-connector-saved=${this.onConnectorChanged}
              @pb-connector-activated=${this.onConnectorChanged}
              @pb-connector-deactivated=${this.onConnectorChanged}
              @pb-connector-deleted=${this.onConnectorChanged}
              @pb-connector-closed=${this.onConfigurationClosed}
            ></${connectorForm}>`
          : html`<p>
              <button class="button" part="configure-button" @click=${this.openConfiguration}>
                ${pending ? this.t('detail.configure') : this.t('detail.editConfiguration')}
              </button>
            </p>`}
    </section>`;
  }

  private async onConnectorChanged(): Promise<void> {
    const app = this.loading.value?.app;
    if (!app) return;
    const outcome = await this.refreshing.run(app.id);
    if (outcome && 'value' in outcome) this.changedActivation = outcome.value;
  }

  private async onConfigurationClosed(): Promise<void> {
    this.configuring = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="configure-button"]')?.focus();
  }

  private async openConfiguration(): Promise<void> {
    this.configuring = true;
    await this.updateComplete;
    const form = this.renderRoot.querySelector<ConnectorFormElement>('[part~="connector-form"]');
    await form?.updateComplete;
    form?.focus();
  }

  private renderDataFlows(app: AppDetail): TemplateResult | typeof nothing {
    if (app.dataFlows.length === 0) return nothing;
    return html`<section part="section" aria-labelledby="flows">
      ${this.heading(1, this.t('detail.dataFlows'), { id: 'flows', className: 'section-title' })}
      <ul class="flows">
        ${app.dataFlows.map(
          (flow) => html`<li>
            <strong>${this.t(`detail.flow.${flow.direction}`, { app: app.name })}</strong>
            <span dir="auto">${flow.description}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderScopes(app: AppDetail): TemplateResult {
    return html`<section part="section" aria-labelledby="scopes">
      ${this.heading(1, this.t('detail.dataScopes'), { id: 'scopes', className: 'section-title' })}
      <ul class="scopes">
        ${app.dataScopes.map(
          (scope) => html`<li>
            <span class="scope-name" dir="auto">${scope.name}</span>
            <span class="badge">${this.t(`detail.access.${scope.access}`)}</span>
            ${scope.description ? html`<span class="muted scope-description" dir="auto">${scope.description}</span>` : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderPeople(app: AppDetail): TemplateResult {
    const host = this.hostName;
    const support = app.support;
    return html`<section part="section" aria-labelledby="people">
      ${this.heading(1, `${this.t('detail.developedBy')} · ${this.t('detail.supportedBy')}`, { id: 'people', className: 'section-title visually-hidden' })}
      <dl>
        <dt>${this.t('detail.developedBy')}</dt>
        <dd>
          ${app.developer === 'vendor'
            ? html`<bdi>${app.vendor}</bdi>`
            : host
              ? this.t('detail.developer.host', { host })
              : this.t('detail.developer.hostUnnamed')}
        </dd>
        <dt>${this.t('detail.supportedBy')}</dt>
        <dd>
          ${support.kind === 'host'
            ? html`<p>${host ? this.t('detail.support.host', { host }) : this.t('detail.support.hostUnnamed')}</p>`
            : html`<p>${this.t('detail.support.vendor', { vendor: support.name })}</p>
                <ul class="contacts">
                  ${support.email
                    ? html`<li>${this.t('detail.contactEmail')}: <a href="mailto:${support.email}" dir="ltr">${support.email}</a></li>`
                    : nothing}
                  ${support.phone
                    ? html`<li>
                        ${this.t('detail.contactPhone')}: <a href="tel:${support.phone.replace(/[^\d+]/g, '')}" dir="ltr">${support.phone}</a>
                      </li>`
                    : nothing}
                  ${support.url
                    ? html`<li>
                        ${this.t('detail.contactWebsite')}:
                        <a href=${support.url} target="_blank" rel="noopener noreferrer"
                          >${new URL(support.url).host}<span class="visually-hidden"> ${this.t('common.opensInNewTab')}</span></a
                        >
                      </li>`
                    : nothing}
                </ul>`}
        </dd>
      </dl>
    </section>`;
  }

  private renderConfirmDialog(app: AppDetail): TemplateResult {
    const reissue = this.confirming === 'reissue';
    const failure = this.confirmFailure;
    return renderConfirmDialog(this.confirmDialog, {
      heading: this.heading(1, reissue ? this.t('credentials.reissueConfirmTitle') : this.t('deactivate.title', { app: app.name }), {
        id: 'confirm-title',
        part: 'confirm-title',
        className: 'title',
      }),
      body: reissue
        ? this.t('credentials.reissueConfirmBody', { vendor: app.vendor })
        : html`<p>
              ${this.hostName
                ? this.t('deactivate.body', { app: app.name, host: this.hostName })
                : this.t('deactivate.bodyUnnamed', { app: app.name })}
            </p>
            <p><strong>${this.t('deactivate.contractNote', { vendor: app.vendor })}</strong></p>`,
      cancelLabel: reissue ? this.t('common.cancel') : this.t('deactivate.cancel'),
      confirmLabel: this.working ? this.t('detail.deactivating') : reissue ? this.t('credentials.reissue') : this.t('deactivate.confirm'),
      ...(failure ? { failure: `${this.t('deactivate.failed')} ${this.errorMessage(failure)}` } : {}),
      busy: this.working,
      onConfirm: () => void this.onConfirmed(),
    });
  }


  private confirm(kind: Confirmation): void {
    this.confirming = kind;
    this.confirmFailure = undefined;
    this.confirmDialog.show();
  }

  private async onConfirmed(): Promise<void> {
    const app = this.loading.value?.app;
    const kind = this.confirming;
    if (!app || !kind || this.working) return;
    const request = new PbDeactivateRequestEvent({ appId: app.id });
    this.dispatchEvent(request);
    if (request.defaultPrevented) {
      this.confirmDialog.hide();
      return;
    }
    this.confirmFailure = undefined;
    const outcome = await this.deactivating.run(app.id);
    if (!outcome) return;
    if ('error' in outcome) {
      this.confirmFailure = outcome.error;
      return;
    }
    this.changedActivation = outcome.value;
    this.confirmDialog.hide();
    this.dispatchEvent(new PbDeactivatedEvent({ appId: app.id }));
    // New credentials need a new activation, and that needs the admin's consent again.
    if (kind === 'reissue') this.consentDialog.show(app);
    else await this.focusMainAction();
  }

  /** The button that replaced the one the admin used takes focus, so keyboard users stay put. */
  private async focusMainAction(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.main-action button')?.focus();
  }

  private async onConsent(event: PbConsentEvent): Promise<void> {
    event.preventDefault();
    const app = this.loading.value?.app;
    const dialog = this.consentDialog;
    if (!app || this.working) return;
    dialog.busy = true;
    dialog.error = '';
    const outcome = await this.activating.run(app.id, event.detail.consent);
    dialog.busy = false;
    if (!outcome) return;
    if ('error' in outcome) {
      dialog.error = `${this.t('detail.activationFailed')} ${this.errorMessage(outcome.error)}`;
      return;
    }
    this.changedActivation = outcome.value;
    dialog.hide();
    this.dispatchEvent(new PbActivatedEvent({ appId: app.id, activation: outcome.value }));
    await dialog.updateComplete;
    await this.focusMainAction();
  }
}
