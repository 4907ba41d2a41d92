import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { PlugboardError } from '../../api/errors.js';
import type { Connector, ConnectorOwnerFilter, ConnectorType, Group } from '../../api/schemas.js';
import { PbConnectorActionRequestEvent } from '../../events/connector-action-request-event.js';
import { PbConnectorActivatedEvent } from '../../events/connector-activated-event.js';
import type { PbConnectorCreatedEvent } from '../../events/connector-created-event.js';
import { PbConnectorDeactivatedEvent } from '../../events/connector-deactivated-event.js';
import { PbConnectorDeletedEvent } from '../../events/connector-deleted-event.js';
import { PbConnectorGroupChangeEvent } from '../../events/connector-group-change-event.js';
import type { PbConnectorSavedEvent } from '../../events/connector-saved-event.js';
import type { PbDialogCloseRequestEvent } from '../../events/dialog-close-request-event.js';
import type { PbErrorEvent } from '../../events/error-event.js';
import type { StringKey } from '../../i18n/keys.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { renderConfirmDialog } from '../../internal/confirm-dialog.js';
import { CopyController } from '../../internal/copy-controller.js';
import { DialogController } from '../../internal/dialog-controller.js';
import { nestedTag } from '../../internal/nested-elements.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { renderConnectorActions } from '../connector-form/connector-actions.js';
import { renderCredential } from '../connector-form/connector-credentials.js';
import { ConnectorFormElement, type ConnectorFormMode } from '../connector-form/connector-form.js';
import { connectorListStyles } from './connector-list.styles.js';

interface Listed {
  /** Every type, so a connector's type can be named; the shown ones are `shownTypes`. */
  types: ConnectorType[];
  /** The connectors the owner filter (and `type-id`) select, oldest first. */
  connectors: Connector[];
  /** How many connectors the organisation has of each type that has a limit. */
  counts: Record<string, number>;
  groups: Group[];
}

/** What the add-and-edit dialog holds: the service picker, or a connector's form. */
type Editing = { kind: 'pick' } | { kind: 'form'; mode: ConnectorFormMode; typeId: string; connectorId: string };

type RowAction = 'activate' | 'deactivate' | 'delete' | 'add-to-group' | 'remove-from-group';

/** A destructive row action waiting for the admin's confirmation. */
interface Confirming {
  action: 'deactivate' | 'delete' | 'remove-from-group';
  connector: Connector;
  group?: Group;
}

/**
 * @summary The organisation's connectors: each with its type, status, owner and (for
 * registry connectors) groups, with adding, editing, reconnecting, activating,
 * deactivating, deleting, and group membership.
 *
 * `type-id` narrows the list to one type. The owner filter starts on the connectors the
 * signed-in admin created (`owner="me"`) and switches to all of the organisation's.
 *
 * Adding opens the type's `<connector-form>` in a dialog; without `type-id` the admin
 * first picks the service, look-alike services grouped under their group's name. A type
 * with a limit per organisation shows "n of 10" before its form opens, and adding is
 * refused with the reason once the limit is reached (also when the backend says so). A
 * registry connector's form ends on its ID and secret, shown that once.
 *
 * A registry connector joins groups, each getting its own token. Deactivated, it keeps
 * working for the groups that have a token, cannot join new ones, can still be removed
 * from a group, and cannot rejoin that group until activated: the list says so where it
 * applies.
 *
 * @event {PbConnectorCreatedEvent} pb-connector-created - A connector was created (from the nested form).
 * @event {PbConnectorSavedEvent} pb-connector-saved - A connector's changes were saved (from the nested form).
 * @event {PbConnectorActivatedEvent} pb-connector-activated - A connector was activated.
 * @event {PbConnectorDeactivatedEvent} pb-connector-deactivated - A connector was deactivated.
 * @event {PbConnectorDeletedEvent} pb-connector-deleted - A connector was deleted.
 * @event {PbConnectorGroupChangeEvent} pb-connector-group-change - A connector joined or left a group.
 * @event {PbConnectorActionRequestEvent} pb-connector-action-request - Before deactivating, deleting or removing from a group, once the admin confirmed; cancel to keep things as they are.
 * @event {PbErrorEvent} pb-error - A backend call failed; the element shows the failure.
 *
 * @csspart base - The whole list.
 * @csspart header - The heading, the owner filter and the add button.
 * @csspart title - The heading.
 * @csspart owner-filter - The drop-down choosing the admin's own connectors or all of them.
 * @csspart add-button - Adds a connector ("Set up", "Add more", "New connector").
 * @csspart limit - How many of the allowed connectors the organisation uses.
 * @csspart limit-reached - Why no more can be added.
 * @csspart status - The polite status line (deactivated, added to a group, copied).
 * @csspart count - How many connectors are listed.
 * @csspart list - The list of connectors.
 * @csspart connector - One connector.
 * @csspart connector-name - A connector's name.
 * @csspart connector-status - A connector's status badge.
 * @csspart connector-meta - A connector's type, owner and creation date.
 * @csspart connector-description - A connector's description.
 * @csspart client-id - A registry connector's ID with Copy.
 * @csspart credential-value - The ID's text.
 * @csspart copy-client-id-button - Copies a registry connector's ID.
 * @csspart groups - A registry connector's groups.
 * @csspart group - One group with the date its token was issued and Remove.
 * @csspart remove-group-button - Removes the connector from a group.
 * @csspart group-select - The drop-down of groups to add the connector to.
 * @csspart add-group-button - Adds the connector to the chosen group.
 * @csspart inactive-note - What an inactive registry connector can and cannot do with groups.
 * @csspart actions - A connector's buttons.
 * @csspart edit-button - Edit (or finish setting up) a connector.
 * @csspart reconnect-button - Reconnect with new credentials.
 * @csspart activate-button - Activate.
 * @csspart deactivate-button - Deactivate.
 * @csspart delete-button - Delete.
 * @csspart empty - Said when there are no connectors, with the way to add one.
 * @csspart show-all-button - Switches an empty "created by me" list to all connectors.
 * @csspart error - A failure message.
 * @csspart retry-button - Try again, after loading failed.
 * @csspart loading - The loading message.
 * @csspart form-dialog - The `<dialog>` holding the service picker or a connector's form.
 * @csspart service-picker - The choice of service when adding without `type-id`.
 * @csspart service - One service to pick.
 * @csspart next-button - Goes on to the picked service's form.
 * @csspart cancel-button - Leaves the picker.
 * @csspart connector-form - The nested `<connector-form>`.
 * @csspart confirm-dialog - The `<dialog>` confirming a deactivation, a deletion or a removal from a group.
 * @csspart confirm-title - The confirmation's heading.
 * @csspart confirm-cancel-button - The confirmation's way back.
 * @csspart confirm-button - The confirmation's button that goes ahead.
 *
 * @cssproperty [--pb-connector-list-gap=1rem] - Space between the connectors.
 * @cssproperty [--pb-connector-list-row-background=var(--pb-color-surface-raised)] - A connector's background.
 * @cssproperty [--pb-connector-list-dialog-width=40rem] - The width of the dialog holding the form.
 */
export class ConnectorListElement extends AdapterElement {
  static override styles = [sharedStyles, connectorListStyles];
  static dependencies = { 'connector-form': ConnectorFormElement };

  /** Lists only connectors of this type, and adds connectors of it. */
  @property({ attribute: 'type-id' }) typeId = '';

  /** `me`: the connectors the signed-in admin created; `all`: every connector of the organisation. */
  @property({ reflect: true }) owner: ConnectorOwnerFilter = 'me';

  /** The list as the changes made here left it; the loaded one until then. */
  @state() private changed: Listed | undefined;
  @state() private editing: Editing | undefined;
  @state() private confirming: Confirming | undefined;
  /** Why the last row action failed. */
  @state() private failure: PlugboardError | undefined;
  /** What was just done, for the status line: a string's key (and the group it names), worded at render in the current language. */
  @state() private announcement: { key: StringKey; group?: string } | undefined;
  /** Types the backend refused a create of for their limit, though the count said there was room. */
  @state() private refusedForLimit: ReadonlySet<string> = new Set();

  private readonly copier = new CopyController(this);

  private readonly loading = this.adapterTask({
    args: () => [this.typeId, this.owner] as const,
    run: async (api, [typeId, owner], options): Promise<Listed> => {
      const types = await api.listConnectorTypes(options);
      const shown = typeId ? types.filter((type) => type.id === typeId) : types;
      if (shown.length === 0) return { types, connectors: [], counts: {}, groups: [] };
      const filter = typeId ? { typeId } : {};
      const limited = shown.some((type) => type.maxPerOrganization !== null);
      const [connectors, all, groups] = await Promise.all([
        api.listConnectors({ owner, ...filter }, options),
        owner === 'me' && limited ? api.listConnectors({ owner: 'all', ...filter }, options) : undefined,
        shown.some((type) => type.supportsGroups) ? api.listGroups(options) : [],
      ]);
      this.changed = undefined;
      this.refusedForLimit = new Set();
      return { types, connectors, counts: countByType(all ?? connectors), groups };
    },
  });

  private readonly acting = this.adapterTask({
    run: async (api, [action, connectorId, groupId]: [RowAction, string, string], options): Promise<Connector | undefined> => {
      switch (action) {
        case 'activate':
          return api.activateConnector(connectorId, options);
        case 'deactivate':
          return api.deactivateConnector(connectorId, options);
        case 'add-to-group':
          return api.addConnectorToGroup(connectorId, groupId, options);
        case 'remove-from-group':
          return api.removeConnectorFromGroup(connectorId, groupId, options);
        case 'delete':
          await api.deleteConnector(connectorId, options);
          return undefined;
      }
    },
  });

  private readonly formDialog = new DialogController(this, {
    onClose: () => {
      this.editing = undefined;
    },
  });

  private readonly confirmDialog = new DialogController(this, {
    onClose: () => {
      this.confirming = undefined;
    },
  });

  /** Loads the types and connectors again. */
  async load(): Promise<void> {
    await this.loading.run();
  }

  private get listed(): Listed | undefined {
    return this.changed ?? this.loading.value;
  }

  private get shownTypes(): ConnectorType[] {
    const types = this.listed?.types ?? [];
    return this.typeId ? types.filter((type) => type.id === this.typeId) : types;
  }

  private typeOf(connector: Connector): ConnectorType | undefined {
    return this.listed?.types.find((type) => type.id === connector.typeId);
  }

  /** Whether the organisation may add no more of `type`. */
  private atLimit(type: ConnectorType): boolean {
    if (this.refusedForLimit.has(type.id)) return true;
    const limit = type.maxPerOrganization;
    return limit !== null && (this.listed?.counts[type.id] ?? 0) >= limit;
  }

  // ---- rendering ---------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Changes made here belong to the list they were made in, not to the one loading now.
    if (changed.has('typeId') || changed.has('owner')) this.changed = undefined;
  }

  override render() {
    const listed = this.listed;
    return html`<section class="base" part="base" aria-labelledby="title">
      ${this.renderHeader(listed)}
      ${this.loading.render({
        pending: () => this.renderLoading(),
        error: (error) =>
          this.renderLoadFailure(error, this.t('connectors.listFailed')),
        complete: () =>
          this.shownTypes.length === 0
            ? html`<p class="alert" role="alert" part="error">${this.t('connectors.typeNotFound')}</p>`
            : this.renderLoaded(),
      })}
      ${listed ? html`${this.renderFormDialog()} ${this.renderConfirm()}` : nothing}
    </section>`;
  }

  private renderHeader(listed: Listed | undefined): TemplateResult {
    return html`<header part="header">
      ${this.heading(0, this.t('connectors.title'), { id: 'title', part: 'title', className: 'title' })}
      <div class="toolbar">
        <div class="owner-filter">
          <label for="owner">${this.t('connectors.ownerFilter')}</label>
          <select id="owner" part="owner-filter" .value=${this.owner} @change=${this.onOwnerChange}>
            <option value="me" ?selected=${this.owner === 'me'}>${this.t('connectors.showMine')}</option>
            <option value="all" ?selected=${this.owner === 'all'}>${this.t('connectors.showAll')}</option>
          </select>
        </div>
        ${listed && this.shownTypes.length > 0 ? this.renderAdd() : nothing}
      </div>
    </header>`;
  }

  /** The add button, and for one type with a limit, how much of it is used or why adding is refused. */
  private renderAdd(): TemplateResult {
    const type = this.typeId ? this.shownTypes[0] : undefined;
    const limit = type?.maxPerOrganization ?? null;
    const used = type ? (this.listed?.counts[type.id] ?? 0) : 0;
    const full = type ? this.atLimit(type) : false;
    const label = !type
      ? this.t('connectors.addConnector')
      : type.issuesCredentials
        ? this.t('connectors.newConnector')
        : limit !== null
          ? this.t(used === 0 ? 'connectors.setUp' : 'connectors.addMore')
          : this.t('connectors.addConnector');
    return html`<div class="add">
      <button
        type="button"
        class="button primary"
        part="add-button"
        ?disabled=${full}
        aria-describedby=${type && limit !== null ? 'limit' : nothing}
        @click=${this.startAdding}
      >
        ${label}
      </button>
      ${type && limit !== null
        ? full
          ? html`<p id="limit" class="limit-reached" part="limit-reached">${this.t('connectors.limitReached', { count: limit })}</p>`
          : html`<p id="limit" class="muted" part="limit">${this.t('connectors.limit', { count: limit, used })}</p>`
        : nothing}
    </div>`;
  }

  private renderLoaded(): TemplateResult {
    const { connectors } = this.listed as Listed;
    const said = this.copier.message ?? this.announcement?.key;
    return html`<p class="status muted" role="status" part="status">${said ? this.t(said, { group: this.announcement?.group }) : nothing}</p>
      ${this.failure && !this.confirmDialog.open
        ? html`<p class="alert" role="alert" part="error">${this.failureText(this.failure)}</p>`
        : nothing}
      ${connectors.length === 0
        ? this.renderEmpty()
        : html`<p class="muted" part="count">${this.t('connectors.count', { count: connectors.length })}</p>
            <ul class="list" part="list">
              ${repeat(
                connectors,
                (connector) => connector.id,
                (connector, index) => html`<li>${this.renderConnector(connector, index)}</li>`,
              )}
            </ul>`}`;
  }

  private renderEmpty(): TemplateResult {
    const type = this.typeId ? this.shownTypes[0] : undefined;
    const full = type ? this.atLimit(type) : false;
    return html`<div class="notice empty" part="empty">
      <p>${this.t(this.owner === 'me' ? 'connectors.emptyMine' : 'connectors.empty')}</p>
      <p class="empty-actions">
        ${full
          ? nothing
          : html`<button type="button" class="button" @click=${this.startAdding}>
              ${type?.issuesCredentials ? this.t('connectors.newConnector') : this.t('connectors.setUp')}
            </button>`}
        ${this.owner === 'me'
          ? html`<button type="button" class="link-button" part="show-all-button" @click=${() => this.setOwner('all')}>
              ${this.t('connectors.showAllConnectors')}
            </button>`
          : nothing}
      </p>
    </div>`;
  }

  private renderConnector(connector: Connector, index: number): TemplateResult {
    const type = this.typeOf(connector);
    const titleId = `connector-${index}-title`;
    const meta = [
      ...(this.typeId || !type ? [] : [type.name]),
      this.t('connectors.createdBy', { name: connector.ownerName }),
      this.t('connectors.createdOn', { date: this.i18n.formatDate(connector.createdAt, { dateStyle: 'medium' }) }),
    ];
    return html`<article class="connector" part="connector" aria-labelledby=${titleId} data-connector-id=${connector.id}>
      <div class="connector-head">
        ${this.heading(1, connector.name, { id: titleId, part: 'connector-name', className: 'connector-name' })}
        <span class="badge" part="connector-status" data-status=${connector.status}>
          ${this.t(`connectors.status.${connector.status}`)}
        </span>
      </div>
      <p class="muted" part="connector-meta">${meta.join(' · ')}</p>
      ${connector.description
        ? html`<p part="connector-description" dir="auto">${connector.description}</p>`
        : nothing}
      ${connector.clientId
        ? html`<dl class="credential-list">
            ${renderCredential({ t: (key) => this.t(key), copier: this.copier }, 'client-id', connector.clientId)}
          </dl>`
        : nothing}
      ${type?.supportsGroups ? this.renderGroups(connector, index) : nothing}
      <div class="actions" part="actions" role="group" aria-labelledby=${titleId}>${this.renderActions(connector, type)}</div>
    </article>`;
  }

  private renderGroups(connector: Connector, index: number): TemplateResult {
    const groups = this.listed?.groups ?? [];
    const joined = connector.groups.map((membership) => ({
      membership,
      group: groups.find((group) => group.id === membership.groupId) ?? { id: membership.groupId, name: membership.groupId },
    }));
    const open = groups.filter((group) => !connector.groups.some((membership) => membership.groupId === group.id));
    const inactive = connector.status !== 'active';
    const selectId = `connector-${index}-group`;
    return html`<div class="groups" part="groups">
      ${this.heading(2, this.t('connectors.groups'), { className: 'groups-title' })}
      ${joined.length === 0
        ? html`<p class="muted">${this.t('connectors.noGroups')}</p>`
        : html`<ul>
            ${joined.map(
              ({ membership, group }) => html`<li class="group" part="group">
                <span dir="auto">${group.name}</span>
                <span class="muted" title=${this.i18n.formatDateTime(membership.tokenIssuedAt)}>
                  ${this.t('connectors.groupTokenIssued', { time: this.i18n.formatRelativeTime(membership.tokenIssuedAt) })}
                </span>
                <button
                  type="button"
                  class="button"
                  part="remove-group-button"
                  ?disabled=${this.acting.pending}
                  @click=${() => this.confirm({ action: 'remove-from-group', connector, group })}
                >
                  ${this.t('connectors.removeFromGroup', { group: group.name })}
                </button>
              </li>`,
            )}
          </ul>`}
      ${inactive
        ? html`<p class="notice" part="inactive-note">${this.t('connectors.inactiveGroupsNote')}</p>`
        : open.length > 0
          ? html`<div class="add-group">
              <label for=${selectId}>${this.t('connectors.chooseGroup')}</label>
              <select id=${selectId} part="group-select">
                ${open.map((group) => html`<option value=${group.id}>${group.name}</option>`)}
              </select>
              <button
                type="button"
                class="button"
                part="add-group-button"
                ?disabled=${this.acting.pending}
                @click=${() => this.addToGroup(connector, selectId)}
              >
                ${this.t('connectors.addToGroup')}
              </button>
            </div>`
          : nothing}
    </div>`;
  }

  private renderActions(connector: Connector, type: ConnectorType | undefined): TemplateResult {
    const busy = this.acting.pending;
    const reconnects = type?.steps.some((step) => step.requiresAuthorization) ?? false;
    const unfinished = connector.status === 'draft' || connector.status === 'authorized';
    return html`<button
        type="button"
        class="button"
        part="edit-button"
        ?disabled=${busy || !type}
        @click=${() => this.openForm('edit', connector)}
      >
        ${unfinished ? this.t('connectors.finishSetUp') : this.t('common.edit')}
      </button>
      ${renderConnectorActions(connector, {
        t: (key) => this.t(key),
        busy,
        reconnects: reconnects && !unfinished,
        activate: () => void this.activate(connector),
        deactivate: () => this.confirm({ action: 'deactivate', connector }),
        reconnect: () => this.openForm('reconnect', connector),
        delete: () => this.confirm({ action: 'delete', connector }),
      })}`;
  }

  private renderFormDialog(): TemplateResult {
    const editing = this.editing;
    const connectorForm = nestedTag('connector-form', ConnectorFormElement);
    return html`<dialog
      ${this.formDialog.attach()}
      class="form-dialog"
      part="form-dialog"
      aria-label=${this.formDialogLabel()}
      @pb-dialog-close-request=${this.onFormDialogCloseRequest}
    >
      <div class="dialog-body">
        ${!editing
          ? nothing
          : editing.kind === 'pick'
            ? this.renderPicker()
            : staticHtml`<${connectorForm}
                part="connector-form"
                type-id=${editing.typeId}
                connector-id=${editing.connectorId}
                mode=${editing.mode}
                heading-level=${this.headingLevel}
                .adapter=${this.givenAdapter}
                @pb-connector-created=${this.onCreated}
                @pb-connector-saved=${this.onSaved}
                @pb-connector-activated=${this.onSaved}
                @pb-connector-deactivated=${this.onSaved}
                @pb-connector-deleted=${this.onFormDeleted}
                @pb-connector-closed=${this.onFormClosed}
                @pb-error=${this.onFormError}
              ></${connectorForm}>`}
      </div>
    </dialog>`;
  }

  private formDialogLabel(): string {
    const editing = this.editing;
    if (!editing || editing.kind === 'pick' || !editing.connectorId) return this.t('connectors.addTitle');
    const connector = this.listed?.connectors.find((candidate) => candidate.id === editing.connectorId);
    const name = connector?.name ?? '';
    return editing.mode === 'reconnect' ? this.t('connectors.reconnectTitle', { name }) : this.t('connectors.editTitle', { name });
  }

  /** The services to add, look-alike ones (a type's `group`) together under their group's name. */
  private renderPicker(): TemplateResult {
    const types = this.shownTypes;
    const groups = new Map<string, ConnectorType[]>();
    for (const type of types) {
      const key = type.group ?? `\u0000${type.id}`;
      groups.set(key, [...(groups.get(key) ?? []), type]);
    }
    const first = types.find((type) => !this.atLimit(type));
    const option = (type: ConnectorType) => {
      const full = this.atLimit(type);
      const limit = type.maxPerOrganization;
      const hintId = `service-${types.indexOf(type)}-hint`;
      return html`<label class="service" part="service">
        <input
          type="radio"
          name="service"
          value=${type.id}
          ?checked=${type === first}
          ?disabled=${full}
          aria-describedby=${limit === null ? nothing : hintId}
        />
        <span class="service-text">
          <span class="service-name" dir="auto">${type.name}</span>
          <span class="muted" dir="auto">${type.description}</span>
          ${limit === null
            ? nothing
            : html`<span id=${hintId} class=${full ? 'limit-reached' : 'muted'}>
                ${full
                  ? this.t('connectors.limitReached', { count: limit })
                  : this.t('connectors.limit', { count: limit, used: this.listed?.counts[type.id] ?? 0 })}
              </span>`}
        </span>
      </label>`;
    };
    return html`<form class="picker" part="service-picker" aria-labelledby="picker-title" @submit=${this.onPicked}>
      ${this.heading(1, this.t('connectors.addTitle'), { id: 'picker-title', className: 'title' })}
      <fieldset>
        <legend>${this.t('connectors.pickServiceHint')}</legend>
        ${[...groups.entries()].map(([key, members]) =>
          key.startsWith('\u0000')
            ? members.map(option)
            : html`<fieldset class="service-group">
                <legend dir="auto">${key}</legend>
                ${members.map(option)}
              </fieldset>`,
        )}
      </fieldset>
      <div class="dialog-actions">
        <button type="button" class="button" part="cancel-button" data-dialog-close>${this.t('common.cancel')}</button>
        <button type="submit" class="button primary" part="next-button" ?disabled=${!first}>${this.t('common.next')}</button>
      </div>
    </form>`;
  }

  private renderConfirm(): TemplateResult {
    const confirming = this.confirming;
    const connector = confirming?.connector;
    const name = connector?.name ?? '';
    const group = confirming?.group?.name ?? '';
    const strings = confirmationStrings(confirming, connector ? this.typeOf(connector) : undefined);
    return renderConfirmDialog(this.confirmDialog, {
      heading: this.heading(1, this.t(strings.title, { name, group }), {
        id: 'confirm-title',
        part: 'confirm-title',
        className: 'title',
      }),
      body: this.t(strings.body),
      cancelLabel: this.t('common.cancel'),
      confirmLabel: this.t(strings.confirm),
      ...(this.failure && this.confirmDialog.open
        ? { failure: this.failureText(this.failure) }
        : {}),
      busy: this.acting.pending,
      onConfirm: () => void this.onConfirmed(),
    });
  }

  // ---- changes -----------------------------------------------------------------------

  private onOwnerChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.setOwner(value === 'all' ? 'all' : 'me');
  }

  private setOwner(owner: ConnectorOwnerFilter): void {
    this.owner = owner;
    this.announcement = undefined;
    this.failure = undefined;
  }

  private startAdding(): void {
    this.clearMessages();
    const type = this.typeId ? this.shownTypes[0] : undefined;
    this.editing = type ? { kind: 'form', mode: 'create', typeId: type.id, connectorId: '' } : { kind: 'pick' };
    this.formDialog.show();
  }

  private openForm(mode: ConnectorFormMode, connector: Connector): void {
    this.clearMessages();
    this.editing = { kind: 'form', mode, typeId: connector.typeId, connectorId: connector.id };
    this.formDialog.show();
  }

  private onPicked(event: SubmitEvent): void {
    event.preventDefault();
    const picked = new FormData(event.target as HTMLFormElement).get('service');
    if (typeof picked !== 'string' || !picked) return;
    this.editing = { kind: 'form', mode: 'create', typeId: picked, connectorId: '' };
  }

  /** Escape or the backdrop on the form: the form decides, asking about unsaved changes or an uncopied secret. */
  private onFormDialogCloseRequest(event: PbDialogCloseRequestEvent): void {
    if (this.editing?.kind !== 'form') return;
    event.preventDefault();
    this.nestedForm()?.requestClose();
  }

  private nestedForm(): ConnectorFormElement | null {
    return this.renderRoot.querySelector<ConnectorFormElement>('[part~="connector-form"]');
  }

  private onCreated(event: PbConnectorCreatedEvent): void {
    const { connector } = event.detail;
    const listed = this.listed;
    if (!listed) return;
    // The form now edits what it created: later saves of it are changes, not creates.
    if (this.editing?.kind === 'form') this.editing = { ...this.editing, mode: 'edit', connectorId: connector.id };
    // A new connector is the admin's own, so it belongs in both "mine" and "all".
    const counts = { ...listed.counts, [connector.typeId]: (listed.counts[connector.typeId] ?? 0) + 1 };
    const shown = !this.typeId || connector.typeId === this.typeId;
    this.changed = { ...listed, counts, connectors: shown ? [...listed.connectors, connector] : listed.connectors };
    this.announcement = { key: 'connectors.created' };
  }

  private onSaved(event: PbConnectorSavedEvent | PbConnectorActivatedEvent | PbConnectorDeactivatedEvent): void {
    this.putInList(event.detail.connector);
  }

  private async onFormDeleted(event: PbConnectorDeletedEvent): Promise<void> {
    const { connectorId } = event.detail;
    const index = this.listed?.connectors.findIndex((candidate) => candidate.id === connectorId) ?? -1;
    this.dropFromList(connectorId);
    this.formDialog.hide();
    this.announcement = { key: 'connectors.deleted' };
    await this.keepFocus(connectorId, index);
  }

  private onFormClosed(): void {
    this.formDialog.hide();
  }

  /** A create refused for the limit, though the count here had room: adding says so from now on. */
  private onFormError(event: PbErrorEvent): void {
    const editing = this.editing;
    if (event.detail.code !== 'limit-reached' || editing?.kind !== 'form') return;
    this.refusedForLimit = new Set([...this.refusedForLimit, editing.typeId]);
  }

  private confirm(confirming: Confirming): void {
    this.clearMessages();
    this.confirming = confirming;
    this.confirmDialog.show();
  }

  private async onConfirmed(): Promise<void> {
    const confirming = this.confirming;
    if (!confirming || this.acting.pending) return;
    const { action, connector, group } = confirming;
    const request = new PbConnectorActionRequestEvent({
      connectorId: connector.id,
      action,
      ...(group ? { groupId: group.id } : {}),
    });
    this.dispatchEvent(request);
    if (request.defaultPrevented) {
      this.confirmDialog.hide();
      return;
    }
    this.failure = undefined;
    const index = this.listed?.connectors.indexOf(connector) ?? -1;
    const done = await this.act(action, connector, group);
    if (!done) return;
    this.confirmDialog.hide();
    await this.keepFocus(connector.id, index);
  }

  /**
   * After a change took away the focused button (its row deleted, its group left), focus
   * goes to the nearest control in its place, never to the page's body.
   */
  private async keepFocus(connectorId: string, index: number): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    // A button in the dialog that just closed still counts as focused until the next frame.
    const active = root.activeElement;
    if (active && !active.closest('dialog:not([open])')) return;
    const rows = [...root.querySelectorAll<HTMLElement>('[part~="connector"]')];
    const row = rows.find((candidate) => candidate.dataset['connectorId'] === connectorId);
    const candidates = row
      ? [row.querySelector('[part~="group-select"]'), row.querySelector('[part~="remove-group-button"]'), row.querySelector('[part~="edit-button"]')]
      : [rows[index]?.querySelector('button'), rows[index - 1]?.querySelector('button'), root.querySelector('[part~="add-button"]'), root.querySelector('#owner')];
    const target = candidates.find(
      (candidate): candidate is HTMLElement => candidate instanceof HTMLElement && !candidate.matches(':disabled'),
    );
    target?.focus();
  }

  private async activate(connector: Connector): Promise<void> {
    this.clearMessages();
    await this.act('activate', connector);
  }

  private async addToGroup(connector: Connector, selectId: string): Promise<void> {
    const groupId = this.renderRoot.querySelector<HTMLSelectElement>(`#${selectId}`)?.value;
    const group = this.listed?.groups.find((candidate) => candidate.id === groupId);
    if (!group) return;
    this.clearMessages();
    await this.act('add-to-group', connector, group);
  }

  /** Runs a row action and shows its result; true when it succeeded. */
  private async act(action: RowAction, connector: Connector, group?: Group): Promise<boolean> {
    const outcome = await this.acting.run(action, connector.id, group?.id ?? '');
    if (!outcome) return false;
    if ('error' in outcome) {
      this.failure = outcome.error;
      return false;
    }
    const changed = outcome.value;
    if (action === 'delete' || !changed) {
      this.dropFromList(connector.id);
      this.announcement = { key: 'connectors.deleted' };
      this.dispatchEvent(new PbConnectorDeletedEvent({ connectorId: connector.id }));
      return true;
    }
    this.putInList(changed);
    if (action === 'activate') {
      this.announcement = { key: 'connectors.activated' };
      this.dispatchEvent(new PbConnectorActivatedEvent({ connector: structuredClone(changed) }));
    } else if (action === 'deactivate') {
      this.announcement = { key: 'connectors.deactivated' };
      this.dispatchEvent(new PbConnectorDeactivatedEvent({ connector: structuredClone(changed) }));
    } else if (group) {
      const added = action === 'add-to-group';
      this.announcement = { key: added ? 'connectors.addedToGroup' : 'connectors.removedFromGroup', group: group.name };
      this.dispatchEvent(
        new PbConnectorGroupChangeEvent({ connector: structuredClone(changed), groupId: group.id, change: added ? 'added' : 'removed' }),
      );
    }
    return true;
  }

  private putInList(connector: Connector): void {
    const listed = this.listed;
    if (!listed) return;
    this.changed = {
      ...listed,
      connectors: listed.connectors.map((candidate) => (candidate.id === connector.id ? connector : candidate)),
    };
  }

  private dropFromList(connectorId: string): void {
    const listed = this.listed;
    const removed = listed?.connectors.find((candidate) => candidate.id === connectorId);
    if (!listed) return;
    const typeId = removed?.typeId;
    const counts = typeId ? { ...listed.counts, [typeId]: Math.max(0, (listed.counts[typeId] ?? 1) - 1) } : listed.counts;
    this.changed = { ...listed, counts, connectors: listed.connectors.filter((candidate) => candidate.id !== connectorId) };
    if (typeId) {
      const refused = new Set(this.refusedForLimit);
      refused.delete(typeId);
      this.refusedForLimit = refused;
    }
  }

  private failureText(error: PlugboardError): string {
    return `${this.t('connectors.actionFailed')} ${this.errorMessage(error)}`;
  }

  private clearMessages(): void {
    this.announcement = undefined;
    this.failure = undefined;
    this.copier.clear();
  }
}

function countByType(connectors: readonly Connector[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const connector of connectors) counts[connector.typeId] = (counts[connector.typeId] ?? 0) + 1;
  return counts;
}

/** What a confirmation says. Deactivating a connector with groups explains what happens to them. */
function confirmationStrings(
  confirming: Confirming | undefined,
  type: ConnectorType | undefined,
): { title: StringKey; body: StringKey; confirm: StringKey } {
  switch (confirming?.action) {
    case 'remove-from-group':
      return {
        title: 'connectors.removeFromGroupTitle',
        body: confirming.connector.status === 'active' ? 'connectors.removeFromGroupBody' : 'connectors.removeFromGroupInactiveBody',
        confirm: 'connectors.removeFromGroupConfirm',
      };
    case 'deactivate':
      return {
        title: 'connectors.deactivateTitle',
        body: type?.supportsGroups ? 'connectors.deactivateBody' : 'connectors.deactivateFormBody',
        confirm: 'connectors.deactivateConfirm',
      };
    default:
      return { title: 'connectors.deleteTitle', body: 'connectors.deleteBody', confirm: 'connectors.deleteConfirm' };
  }
}
