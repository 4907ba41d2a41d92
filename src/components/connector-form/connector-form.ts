import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  allFields,
  checkConnectorValues,
  checkFieldValue,
  connectorValuesToSend,
  credentialFieldIds,
  holdsValue,
  stepsBeforeAuthorization,
  visibleFields,
  withFieldOverrides,
  type ConnectorFieldOverrides,
  type FieldValues,
} from '../../api/connector-values.js';
import { PlugboardError, isAbortError, toPlugboardError, type FieldError } from '../../api/errors.js';
import type { Connector, ConnectorType, FieldItem, FieldSpec, FieldValue, FormStep } from '../../api/schemas.js';
import { PbConnectorActionRequestEvent, type ConnectorAction } from '../../events/connector-action-request-event.js';
import { PbConnectorAuthorizedEvent } from '../../events/connector-authorized-event.js';
import { PbConnectorClosedEvent } from '../../events/connector-closed-event.js';
import { PbConnectorDeletedEvent } from '../../events/connector-deleted-event.js';
import { PbConnectorActivatedEvent } from '../../events/connector-activated-event.js';
import { PbConnectorCreatedEvent } from '../../events/connector-created-event.js';
import { PbConnectorDeactivatedEvent } from '../../events/connector-deactivated-event.js';
import { PbConnectorSavedEvent } from '../../events/connector-saved-event.js';
import { renderConfirmDialog } from '../../internal/confirm-dialog.js';
import { CopyController } from '../../internal/copy-controller.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { idle } from '../../internal/adapter-task.js';
import { DialogController } from '../../internal/dialog-controller.js';
import { FormController, type FormValue, type FormValues } from '../../internal/form-controller.js';
import type { StringKey } from '../../i18n/keys.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { renderConnectorActions } from './connector-actions.js';
import { renderIssuedCredentials, type IssuedCredentials } from './connector-credentials.js';
import { renderCopyList, renderField, type FieldChoices, type FieldContext } from './connector-fields.js';
import { connectorFormStyles } from './connector-form.styles.js';
import { submitConnector, type ConnectorSubmission, type SubmitOutcome } from './connector-submit.js';

/** What the form is for: a new connector, changing one, or signing it in again with new credentials. */
export type ConnectorFormMode = 'create' | 'edit' | 'reconnect';

/**
 * The form key of the connector's name when its type has no `name` field of its own (a
 * source connector): a key no field id of a spec can collide with in practice.
 */
const OWN_NAME_KEY = ':name';

/** What was just done, for the status line. */
type Announcement = 'authorized' | 'saved' | 'savedAsDraft' | 'reconnected' | 'activated' | 'deactivated' | 'deleted';

type Confirmation = 'discard' | 'deactivate' | 'delete' | 'secret-copied';

/** What each confirmation says: its heading (which may name the connector), its text and its buttons. */
const CONFIRMATION_STRINGS: Record<Confirmation, { title: StringKey; body: StringKey; confirm: StringKey; cancel: StringKey }> = {
  discard: {
    title: 'connectors.unsavedTitle',
    body: 'connectors.unsavedBody',
    confirm: 'connectors.discardChanges',
    cancel: 'connectors.keepEditing',
  },
  deactivate: {
    title: 'connectors.deactivateTitle',
    body: 'connectors.deactivateFormBody',
    confirm: 'connectors.deactivateConfirm',
    cancel: 'common.cancel',
  },
  delete: { title: 'connectors.deleteTitle', body: 'connectors.deleteBody', confirm: 'connectors.deleteConfirm', cancel: 'common.cancel' },
  'secret-copied': {
    title: 'connectors.secretCopiedTitle',
    body: 'connectors.secretCopiedBody',
    confirm: 'connectors.secretCopiedConfirm',
    cancel: 'connectors.goBack',
  },
};

interface Loaded {
  type: ConnectorType;
  connector: Connector | undefined;
  /** Look-alike types of the same group (twin services), offered instead of this one when creating. */
  twins: ConnectorType[];
}

/**
 * @summary Sets up a connector from its type's declarative form: credentials first, then
 * the settings the service unlocks once it accepted them; also edits, reconnects,
 * deactivates and deletes one.
 *
 * The type (`type-id`) and, to edit one, the connector (`connector-id`) load when the
 * element connects. Each field kind has a native control; a field shows only while its
 * conditions hold, and a hidden field is neither checked nor sent. Fields are checked by
 * the shared rules as the admin leaves them and on submit; the backend's refusals land on
 * their fields and the first refused field takes focus. Nothing typed is lost on an error.
 *
 * A type whose later steps need authorization shows "Connect" first: it saves the
 * credentials, asks the service to accept them, and unlocks the next steps, whose choices
 * load from the service. "Done" saves everything and activates the connector once it is
 * complete. Secrets are write-only: a stored one shows as set, with Replace.
 *
 * "Close" with unsaved changes fires a cancelable `pb-connector-action-request`
 * (`discard-changes`) and asks to confirm.
 *
 * Creating a type that issues credentials (a registry connector) ends on its Connector ID
 * and Connector Secret, each with Copy: the secret is known only then. Closing that panel
 * asks whether the secret was copied, and the secret leaves the page with it.
 *
 * @event {PbConnectorCreatedEvent} pb-connector-created - A new connector was stored; `detail.connector.status` says whether it is active.
 * @event {PbConnectorSavedEvent} pb-connector-saved - Changes to an existing connector were stored.
 * @event {PbConnectorAuthorizedEvent} pb-connector-authorized - The service accepted the credentials.
 * @event {PbConnectorActivatedEvent} pb-connector-activated - The connector was activated.
 * @event {PbConnectorDeactivatedEvent} pb-connector-deactivated - The connector was deactivated.
 * @event {PbConnectorDeletedEvent} pb-connector-deleted - The connector was deleted.
 * @event {PbConnectorActionRequestEvent} pb-connector-action-request - Before deactivating, deleting or discarding changes; cancel to keep things as they are.
 * @event {PbConnectorClosedEvent} pb-connector-closed - The admin left the form with Close.
 * @event {PbErrorEvent} pb-error - A backend call failed; the element shows the failure.
 *
 * @csspart form - The form.
 * @csspart title - The heading.
 * @csspart intro - The type's description, or what reconnecting does.
 * @csspart service-choice - The choice between look-alike services (same group) when creating.
 * @csspart warning - The type's caution (e.g. look-alike services with separate accounts).
 * @csspart prerequisites - What to check on the service's side before connecting.
 * @csspart prerequisite - One item to check.
 * @csspart prerequisites-count - How many of them the admin ticked off.
 * @csspart copy-list - Values to copy elsewhere (addresses to allow-list).
 * @csspart copy-items - The list of those values.
 * @csspart copy-button - Copies them.
 * @csspart step - One step of the form.
 * @csspart step-title - A step's heading.
 * @csspart step-locked - Why a step cannot be filled in yet.
 * @csspart field - One field: its label, help, control and message.
 * @csspart field-help - A field's help text and link.
 * @csspart help-link - The link to further documentation.
 * @csspart input - A text, number, date or secret input, or a text area.
 * @csspart secret-input - A secret's input.
 * @csspart secret-set - A stored secret: that it is set, and Replace.
 * @csspart replace-button - Replace a stored secret.
 * @csspart keep-button - Keep the stored secret after all.
 * @csspart select - A drop-down.
 * @csspart choices - A group of radio buttons or checkboxes.
 * @csspart options - The options of a group.
 * @csspart radio - A radio button.
 * @csspart checkbox - A checkbox.
 * @csspart no-options - Said when the service offers no choices.
 * @csspart options-loading - Said while the choices load.
 * @csspart options-error - The choices could not load, with Retry.
 * @csspart notice - A notice field.
 * @csspart field-error - Why a field's value was refused.
 * @csspart error - A failure message.
 * @csspart retry-button - Try again, after loading failed.
 * @csspart loading - The loading message.
 * @csspart status - The polite status line (saving, saved, accepted).
 * @csspart actions - Close and the main button.
 * @csspart close-button - Close.
 * @csspart submit-button - Connect, Done or Reconnect.
 * @csspart manage - The connector's status and its deactivate, reconnect and delete buttons.
 * @csspart connector-status - The connector's status badge.
 * @csspart activate-button - Activate.
 * @csspart deactivate-button - Deactivate.
 * @csspart reconnect-button - Reconnect.
 * @csspart delete-button - Delete.
 * @csspart credentials - A new registry connector's ID and secret, shown once.
 * @csspart credentials-intro - What the credentials are for.
 * @csspart secret-warning - The warning that the secret is not shown again.
 * @csspart client-id - The Connector ID with its Copy button.
 * @csspart client-secret - The Connector Secret with its Copy button.
 * @csspart credential-value - A credential's text.
 * @csspart copy-client-id-button - Copies the Connector ID.
 * @csspart copy-client-secret-button - Copies the Connector Secret.
 * @csspart credentials-close-button - Closes the credentials, once the admin confirms they copied the secret.
 * @csspart secret-lost - Said when a registry connector was created but its secret never arrived.
 * @csspart confirm-dialog - The `<dialog>` confirming a deactivation, a deletion, discarding changes, or that the secret was copied.
 * @csspart confirm-title - The confirmation's heading.
 * @csspart confirm-cancel-button - The confirmation's way back.
 * @csspart confirm-button - The confirmation's button that goes ahead.
 *
 * @cssproperty [--pb-connector-form-gap=1.25rem] - Space between the sections.
 * @cssproperty [--pb-connector-form-step-background=var(--pb-color-surface-raised)] - Background of a step.
 * @cssproperty [--pb-connector-form-dialog-width=30rem] - The confirmation dialog's width.
 */
export class ConnectorFormElement extends AdapterElement {
  static override styles = [sharedStyles, connectorFormStyles];

  /** The connector type whose form to show, when creating. */
  @property({ attribute: 'type-id' }) typeId = '';

  /** The connector to edit or reconnect; its type is then the connector's. */
  @property({ attribute: 'connector-id' }) connectorId = '';

  /** `create`, `edit` or `reconnect`. With a `connector-id`, `create` is read as `edit`. */
  @property() mode: ConnectorFormMode = 'create';

  /** The host-developed app the new connector configures. */
  @property({ attribute: 'app-id' }) appId = '';

  /**
   * The host's changes to single fields, by field id: a default, help text and a link to
   * its own documentation, read-only, or hidden (its default is still sent).
   */
  @property({ attribute: false }) overrides: ConnectorFieldOverrides = {};

  /** The connector as the last change left it; the loaded one until then. */
  @state() private changed: Connector | undefined;
  @state() private deleted = false;
  /** Signing in again with new credentials, keeping the other settings. */
  @state() private reconnecting = false;
  /** Stored secrets the admin chose to replace. */
  @state() private replacing: ReadonlySet<string> = new Set();
  /** The type's prerequisites the admin ticked off (for their own checking; not sent). */
  @state() private checkedPrerequisites: ReadonlySet<string> = new Set();
  /** A failure and the key of the sentence leading it, worded at render in the current language. */
  @state() private failure: { lead: StringKey; error: PlugboardError } | undefined;
  @state() private hiddenErrors: string[] = [];
  @state() private announcement: Announcement | undefined;
  /** A registry connector's ID and secret, shown once right after its create; dropped on Close. */
  @state() private issued: IssuedCredentials | undefined;
  /** The create of a registry connector succeeded but its answer, with the secret, was lost. */
  @state() private secretLost = false;
  @state() private confirming: Confirmation | undefined;
  /** Counts accepted authorizations: the service's choices load again after each. */
  @state() private authorizations = 0;
  /** The loaded type with the host's overrides, and what it was made from. */
  private overridden: { loaded: ConnectorType; overrides: ConnectorFieldOverrides; type: ConnectorType } | undefined;
  /** When a create whose answer was lost was sent: the next submission looks for what it stored. */
  private lostCreateSince: number | undefined;
  /** Input to keep when the form is filled for another type (a twin service was chosen). */
  private carried: FormValues | undefined;
  /** Identifies what the form was last filled from, so a reload in another language keeps the admin's input. */
  private filledFrom = '';

  private readonly copier = new CopyController(this);

  private readonly form = new FormController<FormValues>(this, this.i18n, {
    idPrefix: 'connector',
    initial: {},
    rules: (values) => this.refusals(values),
  });

  private readonly loading = this.adapterTask({
    args: () => [this.typeId, this.connectorToLoad()] as const,
    run: async (api, [typeId, connectorId], options): Promise<Loaded | typeof idle> => {
      if (!typeId && !connectorId) return idle;
      const [types, connector] = await Promise.all([
        api.listConnectorTypes(options),
        connectorId ? api.getConnector(connectorId, options) : Promise.resolve(undefined),
      ]);
      const type = types.find((candidate) => candidate.id === (connector?.typeId ?? typeId));
      if (!type) throw new PlugboardError('not-found', `No connector type ${connector?.typeId ?? typeId}.`);
      // A connector this form created is still the one shown when only the language changed.
      const held = this.changed?.typeId === type.id ? this.changed : undefined;
      this.changed = connector ? undefined : held;
      this.fill(type, connector ?? held);
      const twins = type.group ? types.filter((candidate) => candidate.group === type.group) : [];
      return { type, connector, twins: twins.length > 1 ? twins : [] };
    },
  });

  private readonly submitting = this.adapterTask({
    run: (api, [submission]: [ConnectorSubmission], options) => submitConnector(api, submission, options),
  });

  /** The choices of every field that takes them from the service, by source. */
  private readonly remoteChoices = this.adapterTask({
    args: () => [this.connector?.id, this.remoteSources().join('\n'), this.authorizations] as const,
    run: async (api, [connectorId, sources], options) => {
      if (!connectorId || !sources) return idle;
      const answers = await Promise.all(
        sources.split('\n').map(async (source): Promise<[string, FieldChoices]> => {
          try {
            return [source, { state: 'ready', options: await api.listConnectorOptions(connectorId, source, options) }];
          } catch (error) {
            if (isAbortError(error)) throw error;
            return [source, { state: 'failed', error: toPlugboardError(error) }];
          }
        }),
      );
      return new Map(answers);
    },
  });

  private readonly acting = this.adapterTask({
    run: async (api, [action, connectorId]: ['activate' | 'deactivate' | 'delete', string], options) => {
      if (action === 'delete') {
        await api.deleteConnector(connectorId, options);
        return undefined;
      }
      return action === 'activate'
        ? api.activateConnector(connectorId, options)
        : api.deactivateConnector(connectorId, options);
    },
  });

  private readonly confirmDialog = new DialogController(this, {
    onClose: () => {
      this.confirming = undefined;
    },
  });

  /** The connector id the last load was for. */
  private loadedConnectorId = '';

  /**
   * The connector to load: `connector-id`, unless it names the connector this form holds
   * already (the host passing back the id of the one it just created), which needs no reload.
   */
  private connectorToLoad(): string {
    if (this.connectorId && this.connectorId === this.changed?.id) return this.loadedConnectorId;
    this.loadedConnectorId = this.connectorId;
    return this.connectorId;
  }

  /** Loads the type and the connector again; unsaved input in the form is kept. */
  async load(): Promise<void> {
    await this.loading.run();
  }

  /**
   * Leaves the form as "Close" does: at once when nothing changed, else after the
   * cancelable `pb-connector-action-request` and the admin's confirmation. Resolves true
   * when the form closed now.
   */
  requestClose(): boolean {
    if (this.issued) {
      this.confirm('secret-copied');
      return false;
    }
    if (!this.form.dirty) {
      this.dispatchEvent(new PbConnectorClosedEvent({ connectorId: this.connector?.id ?? null }));
      return true;
    }
    if (!this.requestAction('discard-changes')) return false;
    this.confirm('discard');
    return false;
  }

  /** True while the form holds changes that are not saved. */
  get dirty(): boolean {
    return this.form.dirty;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The host's defaults apply to a form the admin has not touched yet.
    const loaded = this.loading.value;
    if (changed.has('overrides') && loaded && !this.changed && !this.form.dirty) {
      this.filledFrom = '';
      this.fill(loaded.type, this.connector);
    }
  }

  // ---- state -------------------------------------------------------------------------

  /** The type as loaded, with the host's overrides. */
  private get type(): ConnectorType | undefined {
    const loaded = this.loading.value?.type;
    if (!loaded) return undefined;
    // Read many times a render (every field's id and rules): made again only when its inputs change.
    if (this.overridden?.loaded !== loaded || this.overridden.overrides !== this.overrides) {
      this.overridden = { loaded, overrides: this.overrides, type: withFieldOverrides(loaded, this.overrides) };
    }
    return this.overridden.type;
  }

  private get connector(): Connector | undefined {
    return this.changed ?? this.loading.value?.connector;
  }

  private get busy(): boolean {
    return this.submitting.pending || this.acting.pending;
  }

  /** The type's own name field, or the form's, for a type without one. */
  private nameField(type: ConnectorType): FieldSpec {
    const own = allFields(type).find((field) => field.id === 'name');
    return (
      own ?? {
        id: OWN_NAME_KEY,
        kind: 'text',
        label: this.t('connectors.name'),
        required: true,
        maxLength: 100,
        unique: true,
        defaultValue: type.name,
      }
    );
  }

  private hasOwnNameField(type: ConnectorType): boolean {
    return this.nameField(type).id === OWN_NAME_KEY;
  }

  /** The type needs its credentials accepted before later steps can be filled in. */
  private hasLockedSteps(type: ConnectorType): boolean {
    return type.steps.some((step) => step.requiresAuthorization);
  }

  /** True when the credentials in the form differ from those the service last accepted. */
  private get credentialsChanged(): boolean {
    const type = this.type;
    if (!type) return false;
    return [...credentialFieldIds(type)].some((id) => Object.hasOwn(this.form.values, id) && this.form.isDirty(id));
  }

  /** The later steps can be filled in: the service accepted the credentials the form holds. */
  private get unlocked(): boolean {
    const type = this.type;
    if (!type) return false;
    if (!this.hasLockedSteps(type)) return true;
    const status = this.connector?.status;
    return status !== undefined && status !== 'draft' && !this.reconnecting && !this.credentialsChanged;
  }

  /** The steps checked and sent now: the credentials alone until the later ones unlock. */
  private get activeStepIds(): string[] {
    const type = this.type;
    if (!type) return [];
    return this.unlocked && !this.reconnecting ? type.steps.map((step) => step.id) : stepsBeforeAuthorization(type);
  }

  /** Secrets the backend holds, which an empty field keeps; reconnecting asks for new ones. */
  private get storedSecrets(): string[] {
    return this.reconnecting ? [] : (this.connector?.secretsSet ?? []);
  }

  private isHidden(field: FieldSpec): boolean {
    return Object.hasOwn(this.overrides, field.id) && this.overrides[field.id]?.hidden === true;
  }

  /** The form's values as the rules and the backend read them: lists without blank lines. */
  private fieldValues(values: FormValues): FieldValues {
    const type = this.type;
    const result: FieldValues = {};
    for (const [key, value] of Object.entries(values)) {
      result[key] = Array.isArray(value) ? value.map((line: string) => line.trim()).filter(Boolean) : (value as FieldValue);
    }
    if (!type) return result;
    for (const field of allFields(type)) {
      const value = result[field.id];
      if (field.kind === 'number' && typeof value === 'string' && value.trim() !== '') result[field.id] = Number(value);
    }
    return result;
  }

  /** The shared rules on the steps in use, and the form's own name field. */
  private refusals(values: FormValues): Record<string, FieldError> {
    const type = this.type;
    if (!type) return {};
    const fieldValues = this.fieldValues(values);
    const refusals: Record<string, FieldError> = checkConnectorValues(type, fieldValues, this.activeStepIds, this.storedSecrets);
    if (this.hasOwnNameField(type) && !this.reconnecting) {
      const refusal = checkFieldValue(this.nameField(type), fieldValues[OWN_NAME_KEY]);
      if (refusal) refusals[OWN_NAME_KEY] = refusal;
    }
    return refusals;
  }

  /** Fills the form from the type and the connector, unless it is already filled from them. */
  private fill(type: ConnectorType, connector: Connector | undefined): void {
    const subject = `${type.id}\n${connector?.id ?? ''}`;
    // The same connector as before (a reload in another language, a retry): the admin's input stays.
    if (subject === this.filledFrom) return;
    this.filledFrom = subject;
    this.deleted = false;
    this.failure = undefined;
    this.hiddenErrors = [];
    this.replacing = new Set();
    this.reconnecting = this.mode === 'reconnect' && connector !== undefined;
    this.form.reset(this.initialValues(withFieldOverrides(type, this.overrides), connector));
    const carried = this.carried;
    this.carried = undefined;
    for (const [id, value] of Object.entries(carried ?? {})) {
      if (Object.hasOwn(this.form.values, id)) this.form.setValue(id, value);
    }
  }

  /** Saved values, else defaults (the host's first), else empty; secrets always start empty. */
  private initialValues(type: ConnectorType, connector: Connector | undefined): FormValues {
    const values: FormValues = {};
    for (const field of allFields(type)) {
      if (!holdsValue(field)) continue;
      const saved = connector && Object.hasOwn(connector.values, field.id) ? connector.values[field.id] : undefined;
      values[field.id] = field.kind === 'secret' ? '' : (saved ?? field.defaultValue ?? emptyValue(field));
    }
    if (this.hasOwnNameField(type)) values[OWN_NAME_KEY] = connector?.name ?? type.name;
    return values;
  }

  /** The sources of the unlocked fields whose choices come from the service. */
  private remoteSources(): string[] {
    const type = this.type;
    if (!type || !this.unlocked || !this.connector) return [];
    const sources = type.steps
      .filter((step) => step.requiresAuthorization)
      .flatMap((step) => step.fields)
      .map((field) => field.optionsSource)
      .filter((source): source is string => source !== undefined);
    return [...new Set(sources)].sort();
  }

  private choices(field: FieldSpec): FieldChoices {
    if (!field.optionsSource) return { state: 'ready', options: field.options ?? [] };
    if (this.remoteChoices.pending) return { state: 'loading' };
    const error = this.remoteChoices.error;
    if (error) return { state: 'failed', error };
    return this.remoteChoices.value?.get(field.optionsSource) ?? { state: 'loading' };
  }

  // ---- rendering ---------------------------------------------------------------------

  override render() {
    if (this.deleted) {
      return html`<p class="notice" role="status" part="status">${this.t('connectors.deleted')}</p>`;
    }
    return this.loading.render({
      pending: () => this.renderLoading(),
      error: (error) =>
        this.renderLoadFailure(
          error,
          error.code === 'not-found'
            ? this.t(this.connectorId ? 'connectors.connectorNotFound' : 'connectors.typeNotFound')
            : undefined,
        ),
      complete: () =>
        this.issued
          ? html`${renderIssuedCredentials(
              {
                t: (key, options) => this.t(key, options),
                heading: (content) => this.heading(0, content, { id: 'credentials-title', part: 'title', className: 'title' }),
                copier: this.copier,
                onClose: () => this.requestClose(),
              },
              this.issued,
            )}
            ${this.type ? this.renderConfirmDialog(this.type) : nothing}`
          : this.renderForm(),
    });
  }

  private renderForm(): TemplateResult | typeof nothing {
    const type = this.type;
    if (!type) return nothing;
    const connector = this.connector;
    const title = this.reconnecting
      ? this.t('connectors.reconnectTitle', { name: connector?.name ?? type.name })
      : connector
        ? this.t('connectors.editTitle', { name: connector.name })
        : this.t('connectors.formTitle', { type: type.name });
    const firstStep = type.steps[0];
    return html`<form part="form" novalidate aria-labelledby="title" aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.onSubmit}>
        <header>
          ${this.heading(0, title, { id: 'title', part: 'title', className: 'title' })}
          <p class="muted" part="intro" dir="auto">
            ${this.reconnecting ? this.t('connectors.reconnectIntro') : type.description}
          </p>
        </header>
        ${this.secretLost ? html`<p class="alert" role="alert" part="secret-lost">${this.t('connectors.secretLost')}</p>` : nothing}
        ${this.renderTwinChoice(type)}
        ${type.warning
          ? html`<div class="notice warning" part="warning">
              <p><strong>${this.t('connectors.warningTitle')}</strong></p>
              <p dir="auto">${type.warning}</p>
            </div>`
          : nothing}
        ${this.renderPrerequisites(type)}
        ${type.steps.map((step, index) => this.renderStep(type, step, index, step === firstStep))}
        ${this.renderFailure()}
        <p class="status muted" role="status" part="status">${this.statusText()}</p>
        <div class="actions" part="actions">
          <button type="button" class="button" part="close-button" @click=${() => this.requestClose()}>
            ${this.t('common.close')}
          </button>
          <button type="submit" class="button primary" part="submit-button" ?disabled=${this.busy}>
            ${this.submitLabel(type)}
          </button>
        </div>
      </form>
      ${connector && !this.reconnecting ? this.renderManage(connector) : nothing} ${this.renderConfirmDialog(type)}`;
  }

  /**
   * The choice between look-alike services (same group) when creating: their forms match
   * but their accounts do not, so the admin picks the one they have an account with.
   */
  private renderTwinChoice(type: ConnectorType): TemplateResult | typeof nothing {
    const twins = this.loading.value?.twins ?? [];
    if (twins.length === 0 || this.connector) return nothing;
    return html`<fieldset class="field choices" part="service-choice">
      <legend>${this.t('connectors.service')}</legend>
      <div class="options">
        ${twins.map(
          (twin, index) => html`<div class="option">
            <input
              type="radio"
              id="service-${index}"
              name="service"
              .checked=${live(twin.id === type.id)}
              ?disabled=${this.busy}
              @change=${() => this.chooseTwin(twin.id)}
            />
            <label for="service-${index}" dir="auto">${twin.name}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  private async chooseTwin(typeId: string): Promise<void> {
    // The twins' forms match: what the admin typed carries over to the other service (defaults do not).
    this.carried = Object.fromEntries(Object.entries(this.form.values).filter(([id]) => this.form.isDirty(id)));
    this.typeId = typeId;
    await this.updateComplete;
    await this.loading.whenSettled();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name="service"]:checked')?.focus();
  }

  private renderPrerequisites(type: ConnectorType): TemplateResult | typeof nothing {
    if (type.prerequisites.length === 0 && type.ipAllowList.length === 0) return nothing;
    const done = type.prerequisites.filter((item) => this.checkedPrerequisites.has(item.id)).length;
    const addresses: FieldItem[] = type.ipAllowList.map((address) => ({ id: address, text: address }));
    return html`<section class="prerequisites" part="prerequisites" aria-labelledby="prerequisites-title">
      ${this.heading(1, this.t('connectors.prerequisites'), { id: 'prerequisites-title', className: 'subtitle' })}
      ${type.prerequisites.length > 0
        ? html`<p class="muted" id="prerequisites-hint">${this.t('connectors.prerequisitesHint')}</p>
            <p class="muted" part="prerequisites-count">
              ${this.t('connectors.prerequisitesDone', { done, count: type.prerequisites.length })}
            </p>
            <ul class="checklist" aria-describedby="prerequisites-hint">
              ${type.prerequisites.map(
                (item, index) => html`<li class="option" part="prerequisite">
                  <input
                    type="checkbox"
                    id="prerequisite-${index}"
                    .checked=${live(this.checkedPrerequisites.has(item.id))}
                    @change=${(event: Event) => this.tickPrerequisite(item.id, (event.target as HTMLInputElement).checked)}
                  />
                  <label for="prerequisite-${index}" dir="auto">${item.text}</label>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${addresses.length > 0 ? renderCopyList(this.t('connectors.ipAllowList'), addresses, this.fieldContext()) : nothing}
    </section>`;
  }

  private renderStep(type: ConnectorType, step: FormStep, index: number, first: boolean): TemplateResult | typeof nothing {
    const credentials = !step.requiresAuthorization;
    // Reconnecting changes the credentials only; the settings after them are kept as they are.
    if (this.reconnecting && !credentials) return nothing;
    const locked = !credentials && !this.unlocked;
    const titleId = `step-${index}-title`;
    // Keyed by id: a field a condition shows or hides must not take over another field's controls.
    const fields = visibleFields(step, type, this.fieldValues(this.form.values)).filter((field) => !this.isHidden(field));
    const context = this.fieldContext();
    const name = this.nameField(type);
    return html`<section class="step" part="step" aria-labelledby=${titleId} data-step=${index}>
      ${type.steps.length > 1
        ? html`<p class="muted step-count">${this.t('connectors.stepOf', { current: index + 1, total: type.steps.length })}</p>`
        : nothing}
      ${this.heading(1, step.title, { id: titleId, part: 'step-title', className: 'subtitle' })}
      ${step.description ? html`<p class="muted" dir="auto">${step.description}</p>` : nothing}
      ${locked
        ? html`<p class="notice" part="step-locked">
            ${this.t(this.connector && this.connector.status !== 'draft' ? 'connectors.relockedStep' : 'connectors.lockedStep')}
          </p>`
        : html`<div class="fields">
            ${first && name.id === OWN_NAME_KEY && !this.reconnecting ? renderField(name, context) : nothing}
            ${repeat(
              fields,
              (field) => field.id,
              (field) => renderField(field, context),
            )}
          </div>`}
    </section>`;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (!failure && this.hiddenErrors.length === 0) return nothing;
    return html`<div class="alert" role="alert" part="error">
      ${failure ? html`<p>${this.t(failure.lead)} ${this.errorMessage(failure.error)}</p>` : nothing}
      ${this.hiddenErrors.length > 0 ? html`<ul>${this.hiddenErrors.map((message) => html`<li>${message}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private statusText(): string {
    if (this.copier.message) return this.t(this.copier.message);
    if (this.submitting.pending) {
      return this.type && this.hasLockedSteps(this.type) && !this.unlocked
        ? this.t('connectors.authorizing')
        : this.t('common.saving');
    }
    if (this.acting.pending) return this.t('common.saving');
    return this.announcement ? this.t(`connectors.${this.announcement}`) : '';
  }

  private submitLabel(type: ConnectorType): string {
    if (this.submitting.pending) return this.t('common.saving');
    if (this.reconnecting) return this.t('connectors.reconnect');
    return this.hasLockedSteps(type) && !this.unlocked ? this.t('connectors.authorize') : this.t('common.done');
  }

  private renderManage(connector: Connector): TemplateResult {
    return html`<section class="manage" part="manage" aria-labelledby="manage-title">
      ${this.heading(1, this.t('connectors.manageTitle'), { id: 'manage-title', className: 'subtitle' })}
      <p>
        <span class="muted">${this.t('connectors.statusLabel')}:</span>
        <span class="badge" part="connector-status" data-status=${connector.status}>
          ${this.t(`connectors.status.${connector.status}`)}
        </span>
      </p>
      <div class="manage-actions">
        ${renderConnectorActions(connector, {
          t: (key) => this.t(key),
          busy: this.busy,
          reconnects: this.type ? this.hasLockedSteps(this.type) : false,
          activate: () => void this.activate(),
          deactivate: () => this.confirm('deactivate'),
          reconnect: () => void this.startReconnect(),
          delete: () => this.confirm('delete'),
        })}
      </div>
    </section>`;
  }

  private renderConfirmDialog(type: ConnectorType): TemplateResult {
    const kind = this.confirming ?? 'discard';
    const { title, body, confirm, cancel } = CONFIRMATION_STRINGS[kind];
    const failure = kind !== 'discard' && kind !== 'secret-copied' ? this.failure : undefined;
    return renderConfirmDialog(this.confirmDialog, {
      heading: this.heading(1, this.t(title, { name: this.connector?.name ?? type.name }), {
        id: 'confirm-title',
        part: 'confirm-title',
        className: 'title',
      }),
      body: this.t(body),
      cancelLabel: this.t(cancel),
      confirmLabel: this.t(confirm),
      ...(failure ? { failure: `${this.t(failure.lead)} ${this.errorMessage(failure.error)}` } : {}),
      busy: this.acting.pending,
      tone: kind === 'secret-copied' ? 'plain' : 'danger',
      onConfirm: () => void this.onConfirmed(),
    });
  }

  private fieldContext(): FieldContext {
    return {
      form: this.form,
      t: (key, options) => this.t(key, options),
      errorMessage: (error) => this.errorMessage(error),
      domId: (field) => this.domId(field),
      secretState: (field) => {
        if (!this.storedSecrets.includes(field.id)) return 'open';
        return this.replacing.has(field.id) ? 'replacing' : 'stored';
      },
      replaceSecret: (field) => void this.replaceSecret(field),
      keepSecret: (field) => void this.keepSecret(field),
      choices: (field) => this.choices(field),
      retryChoices: () => void this.remoteChoices.run(),
      copyItems: (items, list) => void this.copyItems(items, list),
      busy: this.busy,
    };
  }

  /** Control ids by position: field ids come from the backend and may hold any text. */
  private domId(field: FieldSpec): string {
    const type = this.type;
    if (field.id === OWN_NAME_KEY || !type) return 'field-name';
    return `field-${allFields(type).findIndex((candidate) => candidate.id === field.id)}`;
  }

  // ---- actions -----------------------------------------------------------------------

  private tickPrerequisite(id: string, checked: boolean): void {
    const next = new Set(this.checkedPrerequisites);
    if (checked) next.add(id);
    else next.delete(id);
    this.checkedPrerequisites = next;
  }

  private async replaceSecret(field: FieldSpec): Promise<void> {
    this.replacing = new Set([...this.replacing, field.id]);
    await this.updateComplete;
    this.form.control(field.id)?.focus();
  }

  private async keepSecret(field: FieldSpec): Promise<void> {
    const next = new Set(this.replacing);
    next.delete(field.id);
    this.replacing = next;
    this.form.setValue(field.id, '');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`#${this.domId(field)}-replace`)?.focus();
  }

  private async copyItems(items: readonly FieldItem[], list: HTMLElement): Promise<void> {
    const text = items.map((item) => item.text).join('\n');
    await this.copier.copy(text, list, { copied: 'connectors.copiedAddresses', selected: 'connectors.copyFallback' });
  }

  private async startReconnect(): Promise<void> {
    const type = this.type;
    if (!type || this.busy) return;
    this.reconnecting = true;
    this.announcement = undefined;
    this.failure = undefined;
    await this.updateComplete;
    const first = visibleFields(type.steps[0] as FormStep, type, this.fieldValues(this.form.values)).find(
      (field) => holdsValue(field) && !this.isHidden(field),
    );
    if (first) this.form.control(first.id)?.focus();
  }

  private confirm(kind: Confirmation): void {
    this.failure = undefined;
    this.confirming = kind;
    this.confirmDialog.show();
  }

  /** Fires the cancelable request for a destructive action; false when the host cancelled it. */
  private requestAction(action: ConnectorAction): boolean {
    const request = new PbConnectorActionRequestEvent({ connectorId: this.connector?.id ?? null, action });
    this.dispatchEvent(request);
    return !request.defaultPrevented;
  }

  private async onConfirmed(): Promise<void> {
    const kind = this.confirming;
    if (kind === 'secret-copied') {
      this.confirmDialog.hide();
      this.issued = undefined;
      this.copier.clear();
      this.dispatchEvent(new PbConnectorClosedEvent({ connectorId: this.connector?.id ?? null }));
      return;
    }
    if (kind === 'discard') {
      this.confirmDialog.hide();
      const type = this.type;
      if (type) this.form.reset(this.initialValues(type, this.connector));
      this.replacing = new Set();
      this.reconnecting = false;
      this.dispatchEvent(new PbConnectorClosedEvent({ connectorId: this.connector?.id ?? null }));
      return;
    }
    const connector = this.connector;
    if (!kind || !connector || this.busy) return;
    if (!this.requestAction(kind)) {
      this.confirmDialog.hide();
      return;
    }
    // A failure of the previous try is not this one's: left set, it would show in the form
    // once this try succeeds and the dialog closes.
    this.failure = undefined;
    this.announcement = undefined;
    const outcome = await this.acting.run(kind, connector.id);
    if (!outcome) return;
    if ('error' in outcome) {
      this.failure = { lead: 'connectors.actionFailed', error: outcome.error };
      return;
    }
    this.confirmDialog.hide();
    if (kind === 'delete') {
      this.deleted = true;
      this.dispatchEvent(new PbConnectorDeletedEvent({ connectorId: connector.id }));
      return;
    }
    this.afterStatusChange(outcome.value);
  }

  private async activate(): Promise<void> {
    const connector = this.connector;
    const type = this.type;
    if (!connector || !type || this.busy) return;
    this.failure = undefined;
    this.hiddenErrors = [];
    this.announcement = undefined;
    const outcome = await this.acting.run('activate', connector.id);
    if (!outcome) return;
    if ('error' in outcome) {
      // An incomplete connector is refused with the fields it lacks: show them on those fields.
      await this.showFailure(type, outcome.error, 'connectors.actionFailed');
      return;
    }
    this.afterStatusChange(outcome.value);
  }

  private afterStatusChange(connector: Connector | undefined): void {
    if (!connector) return;
    this.changed = connector;
    this.announcement = connector.status === 'active' ? 'activated' : 'deactivated';
    const copy = structuredClone(connector);
    this.dispatchEvent(
      connector.status === 'active' ? new PbConnectorActivatedEvent({ connector: copy }) : new PbConnectorDeactivatedEvent({ connector: copy }),
    );
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const type = this.type;
    if (!type || this.busy) return;
    this.failure = undefined;
    this.hiddenErrors = [];
    this.announcement = undefined;
    this.copier.clear();
    this.secretLost = false;
    const values = await this.form.validate();
    if (!values) {
      this.showHiddenErrors(type, this.form.errors);
      return;
    }
    const connecting = this.reconnecting || !this.unlocked;
    const wasActive = this.connector?.status === 'active';
    const stepIds = this.activeStepIds;
    const secrets = new Set(allFields(type).filter((field) => field.kind === 'secret').map((field) => field.id));
    // An empty secret keeps the stored one: it is not sent at all.
    const sent = Object.fromEntries(
      Object.entries(connectorValuesToSend(type, this.fieldValues(values), stepIds)).filter(
        ([id, value]) => !(secrets.has(id) && value === ''),
      ),
    );
    const name = this.connectorName(type, values);
    const description = this.connectorDescription(type, values);
    const outcome = await this.submitting.run({
      typeId: type.id,
      ...(this.appId ? { appId: this.appId } : {}),
      ...(this.connector ? { connectorId: this.connector.id } : {}),
      ...(name === undefined ? {} : { name }),
      ...(description === undefined ? {} : { description }),
      values: sent,
      authorize: connecting ? 'always' : 'when-needed',
      activate: !connecting || (this.reconnecting && wasActive) || !this.hasLockedSteps(type),
      ...(this.lostCreateSince === undefined ? {} : { lostCreateSince: this.lostCreateSince }),
    });
    if (outcome && 'value' in outcome) this.lostCreateSince = outcome.value.lostCreateSince;
    if (!outcome) return;
    if ('error' in outcome) {
      await this.showFailure(type, outcome.error);
      return;
    }
    await this.afterSubmit(type, values, outcome.value, connecting);
  }

  /** The name to send: when creating, and when the admin changed it. */
  private connectorName(type: ConnectorType, values: FormValues): string | undefined {
    const field = this.nameField(type);
    const value = values[field.id];
    const name = typeof value === 'string' && value.trim() ? value.trim() : type.name;
    if (!this.connector) return name;
    return name !== this.connector.name && this.form.isDirty(field.id) ? name : undefined;
  }

  /**
   * The connector's description, from the type's own `description` field (a registry
   * connector's "short description"): when creating, and when the admin changed it.
   */
  private connectorDescription(type: ConnectorType, values: FormValues): string | undefined {
    const field = allFields(type).find((candidate) => candidate.id === 'description' && (candidate.kind === 'text' || candidate.kind === 'textarea'));
    const value = field && values[field.id];
    if (typeof value !== 'string') return undefined;
    return !this.connector || this.form.isDirty('description') ? value.trim() : undefined;
  }

  private async afterSubmit(type: ConnectorType, values: FormValues, outcome: SubmitOutcome, connecting: boolean): Promise<void> {
    const { connector, failure } = outcome;
    if (connector) {
      this.changed = connector;
      const copy = structuredClone(connector);
      this.dispatchEvent(outcome.created ? new PbConnectorCreatedEvent({ connector: copy }) : new PbConnectorSavedEvent({ connector: copy }));
      if (outcome.created && type.issuesCredentials) {
        if (outcome.clientSecret && connector.clientId) {
          this.issued = { connectorName: connector.name, clientId: connector.clientId, clientSecret: outcome.clientSecret };
        } else {
          this.secretLost = true;
        }
      }
    }
    if (outcome.authorized && connector) {
      this.dispatchEvent(new PbConnectorAuthorizedEvent({ connector: structuredClone(connector) }));
    }
    if (failure) {
      if (failure.stage === 'authorize') {
        // The service refused the credentials just stored: their secrets open to be typed
        // again rather than show as stored, whichever fields the refusal names.
        const credentials = credentialFieldIds(type);
        const secrets = allFields(type).filter((field) => field.kind === 'secret' && credentials.has(field.id));
        this.replacing = new Set([...this.replacing, ...secrets.map((field) => field.id)]);
      }
      await this.showFailure(type, failure.error, failure.stage === 'authorize' ? 'connectors.savedAsDraft' : undefined);
      return;
    }
    if (!connector) return;
    const reconnected = this.reconnecting;
    this.reconnecting = false;
    this.replacing = new Set();
    // What was sent is now what is saved: the form starts over from it, secrets empty again.
    const saved: FormValues = { ...values };
    for (const field of allFields(type)) if (field.kind === 'secret') saved[field.id] = '';
    this.form.reset(saved);
    this.filledFrom = `${type.id}\n${connector.id}`;
    if (outcome.authorized) this.authorizations += 1;
    this.announcement = reconnected
      ? 'reconnected'
      : connecting && this.hasLockedSteps(type)
        ? 'authorized'
        : connector.status === 'draft'
          ? 'savedAsDraft'
          : 'saved';
    if (this.issued) {
      // The form gave way to the credentials: start the admin on copying the first one.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('.credential button')?.focus();
    } else if (this.announcement === 'authorized') {
      // The settings the service unlocked come next: focus their first field.
      await this.updateComplete;
      const next = type.steps.find((step) => step.requiresAuthorization);
      const first = next && visibleFields(next, type, this.fieldValues(this.form.values)).find((field) => holdsValue(field));
      if (first) this.form.control(first.id)?.focus();
    }
  }

  /**
   * Puts the backend's refusals on their fields (a name taken on the name) and says the
   * rest above the buttons; the first refused field takes focus. With a `lead`, the failure
   * is also said above the buttons with it, wherever its refusals landed. A conflict without
   * field errors is not taken for the name: backends name the field, and a bare 409 may be
   * anything (a connector not authorized yet, a change made elsewhere).
   */
  private async showFailure(type: ConnectorType, error: PlugboardError, lead?: StringKey): Promise<void> {
    const nameKey = this.nameField(type).id;
    const paths: Record<string, string> = { name: nameKey };
    for (const field of allFields(type)) {
      paths[field.id] = field.id;
      paths[`values.${field.id}`] = field.id;
    }
    const landed = this.form.applyServerErrors(error.fieldErrors ?? {}, paths);
    this.showHiddenErrors(type, this.form.errors);
    const onShownFields = landed && this.hiddenErrors.length === 0;
    if (lead) this.failure = { lead, error };
    else if (!onShownFields) this.failure = { lead: 'connectors.saveFailed', error };
    await this.form.focusFirstInvalid();
  }

  /** Refusals of fields the admin cannot see (hidden by the host), said in words above the buttons. */
  private showHiddenErrors(type: ConnectorType, errors: Record<string, FieldError | undefined>): void {
    this.hiddenErrors = allFields(type)
      .filter((field) => errors[field.id] && this.isHidden(field))
      .map((field) =>
        this.t('connectors.hiddenFieldError', {
          field: field.label,
          message: this.i18n.validationMessage(errors[field.id] as FieldError) ?? this.t('validation.invalid'),
        }),
      );
  }
}

function emptyValue(field: FieldSpec): FormValue {
  if (field.kind === 'multiselect' || field.kind === 'ip-list' || field.kind === 'checklist') return [];
  if (field.kind === 'checkbox') return false;
  return '';
}

