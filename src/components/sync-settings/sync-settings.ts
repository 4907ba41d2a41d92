import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FieldError, PlugboardError } from '../../api/errors.js';
import type { AccountSyncSettings, SyncAccount, SyncRun, SyncService, SyncSettings, Tag } from '../../api/schemas.js';
import { PbAccountLinkCancelEvent } from '../../events/account-link-cancel-event.js';
import { PbAccountLinkedEvent } from '../../events/account-linked-event.js';
import { PbAccountRemovedEvent } from '../../events/account-removed-event.js';
import { PbAccountSettingsSavedEvent } from '../../events/account-settings-saved-event.js';
import { PbErrorEvent } from '../../events/error-event.js';
import { PbSyncActionRequestEvent } from '../../events/sync-action-request-event.js';
import { PbSyncRunEvent } from '../../events/sync-run-event.js';
import { PbSyncSettingsSavedEvent } from '../../events/sync-settings-saved-event.js';
import type { StringKey } from '../../i18n/keys.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { renderConfirmDialog } from '../../internal/confirm-dialog.js';
import { CopyController } from '../../internal/copy-controller.js';
import { DialogController } from '../../internal/dialog-controller.js';
import { FormController } from '../../internal/form-controller.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { AccountLinkFlow, type AccountLinkOutcome, type AccountLinkPhase } from './account-link-flow.js';
import { syncSettingsStyles } from './sync-settings.styles.js';

interface Loaded {
  services: SyncService[];
  accounts: SyncAccount[];
  tags: Tag[];
  settings: SyncSettings;
}

type AccountValues = {
  calendar: boolean;
  contacts: boolean;
  autoSyncActivities: boolean;
  activitiesPeriod: string;
  syncFrom: string;
  autoSyncContacts: boolean;
  contactsPeriod: string;
};

type SettingsValues = {
  personalTagIds: readonly string[];
  clientId: string;
  clientSecret: string;
};

/** A link under way: the service, where it is, and the provider's address once known (for the blocked-window link). */
interface Linking {
  serviceId: string;
  phase: AccountLinkPhase;
  authorizationUrl: string | undefined;
}

/** What the status line says, as a string key (and what it names), worded at render. */
interface Said {
  key: StringKey;
  account?: string;
}

type Confirming = { kind: 'remove'; account: SyncAccount } | { kind: 'discard'; then: () => void };

/** How often a running sync is read, and for how long at most. */
const RUN_POLL_MS = 1_000;
const RUN_POLL_LIMIT = 120;

function accountValues(settings: AccountSyncSettings): AccountValues {
  return {
    calendar: settings.calendar,
    contacts: settings.contacts,
    autoSyncActivities: settings.autoSyncActivities,
    activitiesPeriod: String(settings.activitiesPeriod),
    syncFrom: settings.syncFrom ?? '',
    autoSyncContacts: settings.autoSyncContacts,
    contactsPeriod: String(settings.contactsPeriod),
  };
}

const NO_ACCOUNT: AccountValues = accountValues({
  calendar: true,
  contacts: true,
  autoSyncActivities: false,
  activitiesPeriod: 15,
  syncFrom: null,
  autoSyncContacts: false,
  contactsPeriod: 60,
});

/**
 * @summary Sync with the admin's calendar and contacts accounts: the accounts linked
 * through the provider's consent (OAuth), what each syncs and how often, which contacts
 * sync (by personal tag), "Sync now", and an on-site installation's own OAuth client.
 *
 * "Add account" offers the services; picking one opens the provider's consent page in a
 * window opened within the click, so browsers do not block it. Where the browser blocks
 * it anyway, a link opens the same page in a new tab. The link completes by the
 * completion page's message (`completion/account-link-complete.html`, served by the
 * host at its redirect URI) or, when that cannot arrive, by asking the backend
 * (`getAccountLink`). A window closed before access was granted ends as cancelled.
 *
 * @event {PbAccountLinkedEvent} pb-account-linked - An account was linked.
 * @event {PbAccountLinkCancelEvent} pb-account-link-cancel - A link ended without an account (window closed, cancelled, denied or expired).
 * @event {PbAccountSettingsSavedEvent} pb-account-settings-saved - An account's settings were saved.
 * @event {PbAccountRemovedEvent} pb-account-removed - An account was removed.
 * @event {PbSyncSettingsSavedEvent} pb-sync-settings-saved - The personal tags (and OAuth client) were saved.
 * @event {PbSyncRunEvent} pb-sync-run - A sync run started or ended.
 * @event {PbSyncActionRequestEvent} pb-sync-action-request - Before removing an account or discarding changes; cancel to keep things as they are.
 * @event {PbErrorEvent} pb-error - A backend call failed (the element shows it), or linking cannot work here (`account-link-unavailable`: the browser blocked the consent window).
 *
 * @csspart base - The whole element.
 * @csspart title - The heading.
 * @csspart status - The polite status line.
 * @csspart error - A failure message.
 * @csspart retry-button - Try again, after loading failed.
 * @csspart loading - The loading message.
 * @csspart accounts - The linked accounts section.
 * @csspart account - One linked account.
 * @csspart account-name - An account's name.
 * @csspart account-status - An account's status badge.
 * @csspart service-icon - A service's icon; also `service-icon-<icon>` (e.g. `service-icon-google`) to style one service's.
 * @csspart configure-button - Opens an account's settings.
 * @csspart relink-button - Connects an account again whose access expired.
 * @csspart remove-button - Removes an account.
 * @csspart account-form - An account's settings form.
 * @csspart period-select - The period of an automatic sync.
 * @csspart sync-from - The "sync starting from" date input.
 * @csspart close-account-button - Closes an account's settings.
 * @csspart save-account-button - Saves an account's settings.
 * @csspart add-account-button - Shows the services to link.
 * @csspart services - The services to pick from.
 * @csspart service-button - Links an account of one service.
 * @csspart linking - The link under way: what is awaited, and Cancel.
 * @csspart open-link - Opens the consent page in a new tab when the window was blocked.
 * @csspart check-link-button - Asks the backend whether the link completed.
 * @csspart cancel-link-button - Gives up the link.
 * @csspart settings-form - The personal tags and the OAuth client.
 * @csspart tags - The personal tags to sync.
 * @csspart oauth - An on-site installation's OAuth client.
 * @csspart client-id-input - The OAuth client ID.
 * @csspart client-secret-input - The OAuth client secret (write-only).
 * @csspart secret-set - Says a client secret is stored, with Replace.
 * @csspart replace-button - Replaces the stored client secret.
 * @csspart copy-button - Copies the redirect URI or the origin.
 * @csspart save-button - Saves the personal tags and the OAuth client.
 * @csspart sync - "Sync now" and the last run.
 * @csspart sync-button - Sync now.
 * @csspart run-progress - The running sync's progress.
 * @csspart run-result - The last run's result.
 * @csspart confirm-dialog - The `<dialog>` confirming a removal or discarding changes.
 * @csspart confirm-title - The confirmation's heading.
 * @csspart confirm-cancel-button - The confirmation's way back.
 * @csspart confirm-button - The confirmation's button that goes ahead.
 *
 * @cssproperty [--pb-sync-settings-gap=1.5rem] - Space between the sections.
 * @cssproperty [--pb-sync-settings-row-background=var(--pb-color-surface-raised)] - An account's background.
 */
export class SyncSettingsElement extends AdapterElement {
  static override styles = [sharedStyles, syncSettingsStyles];

  /**
   * Opens the consent window. `window.open` by default; a host that must open it another
   * way (an app shell) passes its own, which must return the window or null.
   */
  @property({ attribute: false }) openWindow: (url: string, target: string, features: string) => Window | null = (
    url,
    target,
    features,
  ) => window.open(url, target, features);

  @state() private changedAccounts: SyncAccount[] | undefined;
  @state() private changedSettings: SyncSettings | undefined;
  @state() private picking = false;
  @state() private linking: Linking | undefined;
  @state() private said: Said | undefined;
  @state() private failure: { lead: StringKey; error: PlugboardError } | undefined;
  @state() private editingAccountId: string | undefined;
  @state() private confirming: Confirming | undefined;
  @state() private run: SyncRun | undefined;
  @state() private replacingSecret = false;
  /** The running sync could not be read: its state is unknown. */
  @state() private runLost = false;

  private flow: AccountLinkFlow | undefined;
  private runPolls = 0;
  private runTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly copier = new CopyController(this);

  private readonly accountForm = new FormController<AccountValues>(this, this.i18n, {
    idPrefix: 'account',
    initial: NO_ACCOUNT,
    rules: (values) => this.accountRefusals(values),
  });

  private readonly settingsForm = new FormController<SettingsValues>(this, this.i18n, {
    idPrefix: 'settings',
    initial: { personalTagIds: [], clientId: '', clientSecret: '' },
    rules: (values) => this.settingsRefusals(values),
  });

  private readonly loading = this.adapterTask({
    args: () => [] as const,
    run: async (api, _args, options): Promise<Loaded> => {
      const [services, accounts, tags, settings] = await Promise.all([
        api.listSyncServices(options),
        api.listAccounts(options),
        api.listTags(options),
        api.getSyncSettings(options),
      ]);
      this.changedAccounts = undefined;
      this.changedSettings = undefined;
      if (!this.settingsForm.dirty) this.settingsForm.reset(settingsValues(settings));
      return { services, accounts, tags, settings };
    },
  });

  private readonly saving = this.adapterTask({
    run: async (api, [kind, payload]: ['settings' | 'account' | 'remove', unknown], options) => {
      if (kind === 'settings') return api.saveSyncSettings(payload as Parameters<typeof api.saveSyncSettings>[0], options);
      const { accountId, settings } = payload as { accountId: string; settings?: AccountSyncSettings };
      if (kind === 'account' && settings) return api.updateAccountSettings(accountId, settings, options);
      await api.removeAccount(accountId, options);
      return undefined;
    },
  });

  private readonly syncing = this.adapterTask({
    run: async (api, [runId]: [string], options) => (runId ? api.getSyncRun(runId, options) : api.runSync(options)),
  });

  private readonly confirmDialog = new DialogController(this, {
    onClose: () => {
      this.confirming = undefined;
    },
  });

  /** Loads the services, accounts, tags and settings again. */
  async load(): Promise<void> {
    await this.loading.run();
  }

  /**
   * Starts linking an account of `serviceId`, as picking the service does. Call it
   * synchronously inside the host's own click handler: a window opened later is blocked.
   */
  linkAccount(serviceId: string): void {
    const api = this.taskAdapter;
    if (!api || this.flow?.active) return;
    this.picking = false;
    this.said = undefined;
    this.failure = undefined;
    this.linking = { serviceId, phase: 'starting', authorizationUrl: undefined };
    this.flow = new AccountLinkFlow(
      api,
      {
        openWindow: (url, target, features) => this.openWindow(url, target, features),
        onPhase: (phase, authorizationUrl) => {
          if (!this.linking) return;
          this.linking = { ...this.linking, phase, authorizationUrl };
          if (phase === 'blocked') {
            this.dispatchEvent(new PbErrorEvent({ operation: 'beginAccountLink', code: 'account-link-unavailable' }));
          }
        },
        onCheckFailed: (error) => {
          this.failure = error ? { lead: 'sync.checkFailed', error } : undefined;
        },
        onEnd: (outcome) => void this.onLinkEnd(serviceId, outcome),
      },
      this.taskLocale,
    );
    const focusWasHere = this.matches(':focus-within');
    this.flow.start(serviceId);
    // The picker gives way to the link's notice: keep a keyboard user on it.
    if (focusWasHere) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="cancel-link-button"]')?.focus());
  }

  /** Asks the backend whether the link under way completed (what a host polling would do). */
  async checkAccountLink(): Promise<void> {
    await this.flow?.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flow?.cancel();
    clearTimeout(this.runTimer);
  }

  private get loaded(): Loaded | undefined {
    return this.loading.value;
  }

  private get accounts(): SyncAccount[] {
    return this.changedAccounts ?? this.loaded?.accounts ?? [];
  }

  private get settings(): SyncSettings | undefined {
    return this.changedSettings ?? this.loaded?.settings;
  }

  private service(serviceId: string): SyncService | undefined {
    return this.loaded?.services.find((service) => service.id === serviceId);
  }

  private get lastRun(): SyncRun | null | undefined {
    return this.run ?? this.settings?.lastRun;
  }

  private accountRefusals(values: AccountValues): Partial<Record<keyof AccountValues, FieldError>> {
    const refusals: Partial<Record<keyof AccountValues, FieldError>> = {};
    if (values.syncFrom && Number.isNaN(Date.parse(values.syncFrom))) refusals.syncFrom = { code: 'invalid-date' };
    return refusals;
  }

  private settingsRefusals(values: SettingsValues): Partial<Record<keyof SettingsValues, FieldError>> {
    const client = this.settings?.oauthClient;
    if (!client) return {};
    // The client is optional until the admin sets one up: the tags save without it.
    const refusals: Partial<Record<keyof SettingsValues, FieldError>> = {};
    const settingUp = Boolean(values.clientId.trim() || values.clientSecret || client.clientId);
    if (settingUp && !values.clientId.trim()) refusals.clientId = { code: 'required' };
    if (values.clientId.trim() && !client.clientSecretSet && !values.clientSecret) refusals.clientSecret = { code: 'required' };
    return refusals;
  }

  // ---- rendering ---------------------------------------------------------------------

  override render() {
    return html`<section class="base" part="base" aria-labelledby="title">
      ${this.heading(0, this.t('sync.title'), { id: 'title', part: 'title', className: 'title' })}
      ${this.loading.render({
        pending: () => this.renderLoading(),
        error: (error) => this.renderLoadFailure(error),
        complete: (loaded) => this.renderLoaded(loaded),
      })}
    </section>`;
  }

  private renderLoaded(loaded: Loaded): TemplateResult {
    return html`<p class="status muted" role="status" part="status">${this.statusText()}</p>
      ${this.failure && !this.confirmDialog.open
        ? html`<p class="alert" role="alert" part="error">${this.t(this.failure.lead)} ${this.errorMessage(this.failure.error)}</p>`
        : nothing}
      ${this.renderAccounts(loaded)} ${this.renderSettingsForm(loaded)} ${this.renderSync()} ${this.renderConfirm()}`;
  }

  private statusText(): string {
    if (this.copier.message) return this.t(this.copier.message);
    const said = this.said;
    return said ? this.t(said.key, { account: said.account }) : '';
  }

  private renderAccounts(loaded: Loaded): TemplateResult {
    const accounts = this.accounts;
    return html`<section class="accounts" part="accounts" aria-labelledby="accounts-title">
      ${this.heading(1, this.t('sync.accounts'), { id: 'accounts-title', className: 'section-title' })}
      ${accounts.length === 0
        ? html`<p class="muted">${this.t('sync.noAccounts')}</p>`
        : html`<ul class="account-list">
            ${repeat(
              accounts,
              (account) => account.id,
              (account, index) => html`<li>${this.renderAccount(account, index)}</li>`,
            )}
          </ul>`}
      ${this.renderLinking(loaded)}
    </section>`;
  }

  private renderServiceIcon(service: SyncService | undefined): TemplateResult {
    const name = service?.name ?? '?';
    // A part per icon lets a host draw each service its own way: ::part(service-icon-google).
    const icon = (service?.icon ?? 'generic').replace(/[^A-Za-z0-9-]/g, '');
    return html`<span class="service-icon" part=${`service-icon service-icon-${icon}`} aria-hidden="true"
      >${name.slice(0, 1).toUpperCase()}</span
    >`;
  }

  private renderAccount(account: SyncAccount, index: number): TemplateResult {
    const service = this.service(account.serviceId);
    const titleId = `account-${index}-title`;
    const editing = this.editingAccountId === account.id;
    return html`<article class="account" part="account" aria-labelledby=${titleId}>
      <div class="account-head">
        ${this.renderServiceIcon(service)}
        <div class="account-text">
          ${this.heading(2, account.displayName, { id: titleId, part: 'account-name', className: 'account-name' })}
          <p class="muted">
            ${service?.name ?? account.serviceId} ·
            ${account.lastSyncAt
              ? html`<span title=${this.i18n.formatDateTime(account.lastSyncAt)}>
                  ${this.t('sync.lastSync', { time: this.i18n.formatRelativeTime(account.lastSyncAt) })}
                </span>`
              : this.t('sync.neverSynced')}
          </p>
        </div>
        <span class="badge" part="account-status" data-status=${account.status === 'linked' ? 'active' : 'credentials-expired'}>
          ${this.t(account.status === 'linked' ? 'sync.statusLinked' : 'sync.needsReauthorization')}
        </span>
      </div>
      <div class="actions" role="group" aria-labelledby=${titleId}>
        <button
          type="button"
          class="button"
          part="configure-button"
          aria-expanded=${editing ? 'true' : 'false'}
          @click=${() => this.toggleAccount(account)}
        >
          ${this.t('sync.configure')}
        </button>
        ${account.status === 'needs-reauthorization'
          ? html`<button type="button" class="button" part="relink-button" @click=${() => this.linkAccount(account.serviceId)}>
              ${this.t('sync.linkAgain')}
            </button>`
          : nothing}
        <button
          type="button"
          class="button danger"
          part="remove-button"
          ?disabled=${this.saving.pending}
          @click=${() => this.confirm({ kind: 'remove', account })}
        >
          ${this.t('sync.removeAccountButton')}
        </button>
      </div>
      ${editing ? this.renderAccountForm(account, service) : nothing}
    </article>`;
  }

  private periodLabel(minutes: number): string {
    if (minutes % 1440 === 0) return this.t('sync.periodDays', { count: minutes / 1440 });
    if (minutes % 60 === 0) return this.t('sync.periodHours', { count: minutes / 60 });
    return this.t('sync.periodMinutes', { count: minutes });
  }

  private renderPeriod(name: 'activitiesPeriod' | 'contactsPeriod', service: SyncService | undefined, enabled: boolean): TemplateResult {
    const form = this.accountForm;
    const current = Number(form.values[name]);
    const periods = service?.periods ?? [];
    const offered = periods.includes(current) ? periods : [...periods, current].sort((a, b) => a - b);
    return html`<div class="field period">
      <label for=${`account-${name}`}>${this.t('sync.period')}</label>
      <select ${form.field(name)} id=${`account-${name}`} name=${name} part="period-select" ?disabled=${!enabled}>
        ${offered.map((minutes) => html`<option value=${String(minutes)}>${this.periodLabel(minutes)}</option>`)}
      </select>
      ${form.renderMessage(name)}
    </div>`;
  }

  private renderAccountForm(account: SyncAccount, service: SyncService | undefined): TemplateResult {
    const form = this.accountForm;
    const values = form.values;
    const can = (capability: 'calendar' | 'contacts') => service?.capabilities.includes(capability) ?? true;
    const checkbox = (name: 'calendar' | 'contacts' | 'autoSyncActivities' | 'autoSyncContacts', label: StringKey, disabled = false) =>
      html`<label class="check"><input type="checkbox" ${form.field(name)} name=${name} ?disabled=${disabled} /> ${this.t(label)}</label>`;
    const syncFrom = values.syncFrom && !Number.isNaN(Date.parse(values.syncFrom)) ? values.syncFrom : '';
    return html`<form class="account-form" part="account-form" novalidate aria-label=${this.t('sync.settingsOf', { account: account.displayName })} @submit=${(event: SubmitEvent) => this.saveAccount(event, account)}>
      <fieldset>
        <legend>${this.t('sync.whatToSync')}</legend>
        ${checkbox('calendar', 'sync.syncCalendar', !can('calendar'))} ${checkbox('contacts', 'sync.syncContacts', !can('contacts'))}
      </fieldset>
      <fieldset>
        <legend>${this.t('sync.activities')}</legend>
        ${checkbox('autoSyncActivities', 'sync.autoSyncActivities')} ${this.renderPeriod('activitiesPeriod', service, values.autoSyncActivities)}
        <div class="field">
          <label for="account-syncFrom">${this.t('sync.syncFrom')}</label>
          <input ${form.field('syncFrom')} id="account-syncFrom" name="syncFrom" part="sync-from" type="date" data-describedby="account-syncFrom-shown" />
          <p id="account-syncFrom-shown" class="hint muted">
            ${syncFrom ? this.t('sync.syncFromShown', { date: this.i18n.formatDate(syncFrom, { dateStyle: 'long' }) }) : this.t('sync.syncFromEmpty')}
          </p>
          ${form.renderMessage('syncFrom')}
        </div>
      </fieldset>
      <fieldset>
        <legend>${this.t('sync.contactsTitle')}</legend>
        ${checkbox('autoSyncContacts', 'sync.autoSyncContacts')} ${this.renderPeriod('contactsPeriod', service, values.autoSyncContacts)}
      </fieldset>
      <div class="form-actions">
        <button type="button" class="button" part="close-account-button" @click=${() => this.toggleAccount(account)}>
          ${this.t('common.close')}
        </button>
        <button type="submit" class="button primary" part="save-account-button" ?disabled=${this.saving.pending}>
          ${this.saving.pending ? this.t('common.saving') : this.t('common.save')}
        </button>
      </div>
    </form>`;
  }

  private renderLinking(loaded: Loaded): TemplateResult {
    const linking = this.linking;
    if (linking) {
      const service = this.service(linking.serviceId)?.name ?? linking.serviceId;
      return html`<div class="notice linking" part="linking" aria-busy="true">
        <p>
          ${linking.phase === 'blocked'
            ? this.t('sync.popupBlocked', { service })
            : linking.phase === 'checking'
              ? this.t('sync.checking', { service })
              : this.t('sync.linking', { service })}
        </p>
        <p class="linking-actions">
          ${linking.phase === 'blocked' && linking.authorizationUrl
            ? html`<a class="button primary" part="open-link" href=${linking.authorizationUrl} target="_blank" rel="noopener noreferrer"
                >${this.t('sync.openInTab', { service })}<span class="visually-hidden"> ${this.t('common.opensInNewTab')}</span></a
              >`
            : nothing}
          ${linking.phase === 'blocked' || linking.phase === 'checking'
            ? html`<button type="button" class="button" part="check-link-button" @click=${() => void this.checkAccountLink()}>
                ${this.t('sync.checkAgain')}
              </button>`
            : nothing}
          <button type="button" class="button" part="cancel-link-button" @click=${() => this.flow?.cancel()}>
            ${this.t('common.cancel')}
          </button>
        </p>
      </div>`;
    }
    return html`<p>
        <button
          type="button"
          class="button primary"
          part="add-account-button"
          aria-expanded=${this.picking ? 'true' : 'false'}
          aria-controls="services"
          @click=${() => (this.picking = !this.picking)}
        >
          ${this.t('sync.addAccount')}
        </button>
      </p>
      <div id="services" class="services" part="services" role="group" aria-label=${this.t('sync.chooseService')} ?hidden=${!this.picking}>
        ${loaded.services.map(
          (service) => html`<button type="button" class="button service" part="service-button" @click=${() => this.linkAccount(service.id)}>
            ${this.renderServiceIcon(service)} ${this.t('sync.connectWith', { service: service.name })}
          </button>`,
        )}
      </div>`;
  }

  private renderSettingsForm(loaded: Loaded): TemplateResult {
    const form = this.settingsForm;
    const client = this.settings?.oauthClient ?? null;
    return html`<form class="settings-form" part="settings-form" novalidate aria-labelledby="settings-title" @submit=${this.saveSettings}>
      ${this.heading(1, this.t('sync.personalTag'), { id: 'settings-title', className: 'section-title' })}
      <fieldset class="tags" part="tags" aria-labelledby="settings-title" aria-describedby="tags-hint">
        <p id="tags-hint" class="muted">${this.t('sync.personalTagsHint')}</p>
        ${loaded.tags.length === 0
          ? html`<p class="muted">${this.t('sync.noTags')}</p>`
          : loaded.tags.map(
              (tag, index) => html`<label class="check">
                <input type="checkbox" ${form.field('personalTagIds')} name="personalTagIds" value=${tag.id} id=${`tag-${index}`} />
                <span dir="auto">${tag.name}</span>
              </label>`,
            )}
        ${form.renderMessage('personalTagIds')}
      </fieldset>
      ${client ? this.renderOAuthClient(client) : nothing}
      <div class="form-actions">
        <button type="submit" class="button primary" part="save-button" ?disabled=${this.saving.pending}>
          ${this.saving.pending ? this.t('common.saving') : this.t('common.save')}
        </button>
      </div>
    </form>`;
  }

  private renderOAuthClient(client: NonNullable<SyncSettings['oauthClient']>): TemplateResult {
    const form = this.settingsForm;
    const secretOpen = !client.clientSecretSet || this.replacingSecret;
    const copyValue = (id: string, label: StringKey, value: string) => html`<div class="credential">
      <dt>${this.t(label)}</dt>
      <dd>
        <code id=${id} translate="no">${value}</code>
        <button
          type="button"
          class="button"
          part="copy-button"
          aria-label=${this.t('sync.copyValue', { field: this.t(label) })}
          @click=${() => {
            const shown = this.renderRoot.querySelector(`#${id}`);
            if (shown) void this.copier.copy(value, shown, { copied: 'sync.copied', selected: 'connectors.copySelectedText' });
          }}
        >
          ${this.t('common.copy')}
        </button>
      </dd>
    </div>`;
    return html`<section class="oauth" part="oauth" aria-labelledby="oauth-title">
      ${this.heading(2, this.t('sync.oauthTitle'), { id: 'oauth-title', className: 'subsection-title' })}
      <p class="muted">${this.t('sync.oauthHint')}</p>
      <dl class="credential-list">
        ${copyValue('authorized-origin', 'sync.authorizedOrigin', client.authorizedOrigin)}
        ${copyValue('redirect-uri', 'sync.redirectUri', client.redirectUri)}
      </dl>
      <p class="muted">${this.t('sync.redirectUriHint')}</p>
      <div class="field">
        <label for="settings-clientId">${this.t('sync.clientId')}</label>
        <input ${form.field('clientId')} id="settings-clientId" name="clientId" part="client-id-input" type="text" autocomplete="off" spellcheck="false" dir="ltr" maxlength="300" />
        ${form.renderMessage('clientId')}
      </div>
      <div class="field">
        <label for="settings-clientSecret">${this.t('sync.clientSecret')}</label>
        ${secretOpen
          ? html`<input
              ${form.field('clientSecret')}
              id="settings-clientSecret"
              name="clientSecret"
              part="client-secret-input"
              type="password"
              autocomplete="new-password"
              spellcheck="false"
              maxlength="300"
            />`
          : html`<p class="secret-set" part="secret-set">
              <span>${this.t('connectors.secretSet')}</span>
              <button type="button" class="button" part="replace-button" @click=${this.replaceSecret}>${this.t('connectors.replaceSecret')}</button>
            </p>`}
        ${form.renderMessage('clientSecret')}
      </div>
    </section>`;
  }

  private renderSync(): TemplateResult {
    const run = this.runLost ? undefined : this.lastRun;
    const running = run && (run.status === 'queued' || run.status === 'running');
    return html`<section class="sync" part="sync" aria-labelledby="sync-title">
      ${this.heading(1, this.t('sync.syncSection'), { id: 'sync-title', className: 'section-title' })}
      <p>
        <button
          type="button"
          class="button"
          part="sync-button"
          ?disabled=${Boolean(running) || this.syncing.pending || this.accounts.length === 0}
          @click=${this.startSync}
        >
          ${this.t('sync.syncNow')}
        </button>
      </p>
      ${run
        ? running
          ? html`<div class="run" part="run-progress">
              <progress aria-labelledby="run-progress-text"></progress>
              <p id="run-progress-text">
                ${run.status === 'queued'
                  ? this.t('sync.runQueued')
                  : this.t('sync.runProgress', { contacts: this.countText('sync.contactsCount', run.counts.contacts), events: this.countText('sync.eventsCount', run.counts.events) })}
              </p>
            </div>`
          : html`<div class="run" part="run-result">
              <p>
                ${this.t(run.status === 'done' ? 'sync.runDone' : 'sync.runFailed', {
                  time: this.i18n.formatRelativeTime(run.finishedAt ?? run.startedAt),
                  contacts: this.countText('sync.contactsCount', run.counts.contacts),
                  events: this.countText('sync.eventsCount', run.counts.events),
                })}
              </p>
              ${run.errors.length > 0
                ? html`<ul class="run-errors">
                    ${run.errors.map((error) => html`<li dir="auto">${error}</li>`)}
                  </ul>`
                : nothing}
            </div>`
        : nothing}
    </section>`;
  }

  private countText(key: 'sync.contactsCount' | 'sync.eventsCount', count: number): string {
    return this.t(key, { count });
  }

  private renderConfirm(): TemplateResult {
    const confirming = this.confirming;
    const remove = confirming?.kind === 'remove';
    const account = remove ? confirming.account.displayName : '';
    return renderConfirmDialog(this.confirmDialog, {
      heading: this.heading(1, remove ? this.t('sync.removeAccountTitle', { account }) : this.t('connectors.unsavedTitle'), {
        id: 'confirm-title',
        part: 'confirm-title',
        className: 'title',
      }),
      body: remove ? this.t('sync.removeAccountBody') : this.t('sync.unsavedBody'),
      cancelLabel: remove ? this.t('common.cancel') : this.t('connectors.keepEditing'),
      confirmLabel: remove ? this.t('sync.removeAccountButton') : this.t('connectors.discardChanges'),
      ...(remove && this.failure && this.confirmDialog.open
        ? { failure: `${this.t(this.failure.lead)} ${this.errorMessage(this.failure.error)}` }
        : {}),
      busy: this.saving.pending,
      onConfirm: () => void this.onConfirmed(),
    });
  }

  // ---- changes -----------------------------------------------------------------------

  private async onLinkEnd(serviceId: string, outcome: AccountLinkOutcome): Promise<void> {
    this.linking = undefined;
    this.flow = undefined;
    this.failure = undefined;
    if (outcome.kind === 'linked') {
      const { account } = outcome;
      const others = this.accounts.filter((candidate) => candidate.id !== account.id);
      this.changedAccounts = [...others, account];
      this.said = { key: 'sync.linked', account: account.displayName };
      this.dispatchEvent(new PbAccountLinkedEvent({ account: structuredClone(account) }));
    } else if (outcome.kind === 'failed') {
      this.failure = { lead: 'sync.linkFailed', error: outcome.error };
    } else {
      this.said = { key: outcome.kind === 'denied' ? 'sync.linkDenied' : outcome.kind === 'expired' ? 'sync.linkExpired' : 'sync.linkCancelled' };
      this.dispatchEvent(new PbAccountLinkCancelEvent({ serviceId, reason: outcome.kind }));
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="add-account-button"]')?.focus();
  }

  private toggleAccount(account: SyncAccount): void {
    const open = this.editingAccountId === account.id;
    const go = () => {
      this.editingAccountId = open ? undefined : account.id;
      if (!open) this.accountForm.reset(accountValues(account.settings));
    };
    if (this.accountForm.dirty && this.editingAccountId) this.askToDiscard(go);
    else go();
  }

  private askToDiscard(then: () => void): void {
    const request = new PbSyncActionRequestEvent({ action: 'discard-changes', accountId: this.editingAccountId ?? null });
    this.dispatchEvent(request);
    if (request.defaultPrevented) return;
    this.confirm({ kind: 'discard', then });
  }

  private confirm(confirming: Confirming): void {
    this.failure = undefined;
    this.confirming = confirming;
    this.confirmDialog.show();
  }

  private async onConfirmed(): Promise<void> {
    const confirming = this.confirming;
    if (!confirming) return;
    if (confirming.kind === 'discard') {
      this.confirmDialog.hide();
      confirming.then();
      return;
    }
    const { account } = confirming;
    const request = new PbSyncActionRequestEvent({ action: 'remove-account', accountId: account.id });
    this.dispatchEvent(request);
    if (request.defaultPrevented) {
      this.confirmDialog.hide();
      return;
    }
    this.failure = undefined;
    const outcome = await this.saving.run('remove', { accountId: account.id });
    if (!outcome) return;
    if ('error' in outcome) {
      this.failure = { lead: 'sync.actionFailed', error: outcome.error };
      return;
    }
    this.changedAccounts = this.accounts.filter((candidate) => candidate.id !== account.id);
    if (this.editingAccountId === account.id) this.editingAccountId = undefined;
    this.said = { key: 'sync.removed', account: account.displayName };
    this.confirmDialog.hide();
    this.dispatchEvent(new PbAccountRemovedEvent({ accountId: account.id }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="add-account-button"]')?.focus();
  }

  private async saveAccount(event: SubmitEvent, account: SyncAccount): Promise<void> {
    event.preventDefault();
    if (this.saving.pending) return;
    this.said = undefined;
    this.failure = undefined;
    const values = await this.accountForm.validate();
    if (!values) {
      await this.accountForm.focusFirstInvalid();
      return;
    }
    const settings: AccountSyncSettings = {
      calendar: values.calendar,
      contacts: values.contacts,
      autoSyncActivities: values.autoSyncActivities,
      activitiesPeriod: Number(values.activitiesPeriod),
      syncFrom: values.syncFrom || null,
      autoSyncContacts: values.autoSyncContacts,
      contactsPeriod: Number(values.contactsPeriod),
    };
    const outcome = await this.saving.run('account', { accountId: account.id, settings });
    if (!outcome) return;
    if ('error' in outcome) {
      const paths = Object.fromEntries(
        (Object.keys(settings) as (keyof AccountValues)[]).flatMap((name) => [
          [name, name],
          [`settings.${name}`, name],
        ]),
      ) as Record<string, keyof AccountValues>;
      const landed = this.accountForm.applyServerErrors(outcome.error.fieldErrors, paths);
      if (!landed) this.failure = { lead: 'sync.saveFailed', error: outcome.error };
      await this.accountForm.focusFirstInvalid();
      return;
    }
    const saved = outcome.value as SyncAccount;
    this.changedAccounts = this.accounts.map((candidate) => (candidate.id === saved.id ? saved : candidate));
    this.accountForm.reset(accountValues(saved.settings));
    this.said = { key: 'sync.accountSaved', account: saved.displayName };
    this.dispatchEvent(new PbAccountSettingsSavedEvent({ account: structuredClone(saved) }));
  }

  private async saveSettings(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving.pending) return;
    this.said = undefined;
    this.failure = undefined;
    const values = await this.settingsForm.validate();
    if (!values) {
      await this.settingsForm.focusFirstInvalid();
      return;
    }
    const client = this.settings?.oauthClient;
    const input = {
      personalTagIds: [...values.personalTagIds],
      ...(client && values.clientId.trim()
        ? { oauthClient: { clientId: values.clientId.trim(), ...(values.clientSecret ? { clientSecret: values.clientSecret } : {}) } }
        : {}),
    };
    const outcome = await this.saving.run('settings', input);
    if (!outcome) return;
    if ('error' in outcome) {
      const landed = this.settingsForm.applyServerErrors(outcome.error.fieldErrors, {
        personalTagIds: 'personalTagIds',
        clientId: 'clientId',
        'oauthClient.clientId': 'clientId',
        clientSecret: 'clientSecret',
        'oauthClient.clientSecret': 'clientSecret',
      });
      if (!landed) this.failure = { lead: 'sync.saveFailed', error: outcome.error };
      await this.settingsForm.focusFirstInvalid();
      return;
    }
    const saved = outcome.value as SyncSettings;
    this.changedSettings = saved;
    this.replacingSecret = false;
    this.settingsForm.reset(settingsValues(saved));
    this.said = { key: 'sync.saved' };
    this.dispatchEvent(new PbSyncSettingsSavedEvent({ settings: structuredClone(saved) }));
  }

  private async replaceSecret(): Promise<void> {
    this.replacingSecret = true;
    await this.updateComplete;
    this.settingsForm.control('clientSecret')?.focus();
  }

  private async startSync(): Promise<void> {
    this.said = undefined;
    this.failure = undefined;
    const outcome = await this.syncing.run('');
    if (!outcome) return;
    if ('error' in outcome) {
      this.failure = { lead: 'sync.runFailedToStart', error: outcome.error };
      return;
    }
    this.run = outcome.value;
    this.runLost = false;
    this.runPolls = 0;
    this.dispatchEvent(new PbSyncRunEvent({ run: structuredClone(outcome.value) }));
    this.pollRun();
  }

  /** Reads the run until it ends, at most `RUN_POLL_LIMIT` times; a failed read leaves Sync now for another try. */
  private pollRun(): void {
    clearTimeout(this.runTimer);
    const run = this.run;
    if (!run || run.status === 'done' || run.status === 'failed' || this.runPolls >= RUN_POLL_LIMIT) return;
    this.runTimer = setTimeout(async () => {
      this.runPolls += 1;
      const outcome = await this.syncing.run(run.id);
      if (!outcome) return;
      if ('error' in outcome) {
        // The run's state is unknown, not failed: say so, and let Sync now be tried again.
        this.failure = { lead: 'sync.runUnknown', error: outcome.error };
        this.runLost = true;
        return;
      }
      this.run = outcome.value;
      if (outcome.value.status === 'done' || outcome.value.status === 'failed') {
        this.changedAccounts = this.accounts.map((account) =>
          outcome.value.accountIds.includes(account.id) && outcome.value.finishedAt
            ? { ...account, lastSyncAt: outcome.value.finishedAt }
            : account,
        );
        this.dispatchEvent(new PbSyncRunEvent({ run: structuredClone(outcome.value) }));
      } else {
        this.pollRun();
      }
    }, RUN_POLL_MS);
  }
}

function settingsValues(settings: SyncSettings): SettingsValues {
  return { personalTagIds: [...settings.personalTagIds], clientId: settings.oauthClient?.clientId ?? '', clientSecret: '' };
}
