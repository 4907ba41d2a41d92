import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ApiAdapter } from '../../api/adapter.js';
import type { FieldError, PlugboardError } from '../../api/errors.js';
import { NetworkAddressSchema, type NetworkMode, type NetworkSecurity, type TrustedNetwork } from '../../api/schemas.js';
import { PbNetworkSecurityChangeEvent } from '../../events/network-security-change-event.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { closeModal, deepActiveElement, showModal } from '../../internal/modal.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { networkSecurityStyles } from './network-security.styles.js';

/** The longest label the contract accepts (`TrustedNetworkSchema`). */
const MAX_LABEL_LENGTH = 100;

/** Which change is being saved: it decides where focus and errors go afterwards. */
type SaveKind = 'mode' | 'add' | 'remove';

type SaveOutcome = 'saved' | { error: PlugboardError } | undefined;

/** What the polite status line says. */
type Status = 'saving' | 'saved';

/**
 * @summary Lets an administrator decide which networks may call the API on behalf of the
 * integrations: unrestricted, or restricted to a list of trusted networks they maintain.
 *
 * The settings load when the element connects. Every change (the mode, adding or removing
 * a network) is saved at once through the adapter; while it runs the controls that would
 * change the settings are disabled, and a failure leaves the settings as they were saved,
 * keeping what the admin typed. Restricting access while no network is trusted would block
 * every call, so it asks for confirmation first.
 *
 * Addresses are checked before they are sent (IPv4, IPv6 or a CIDR range of either, not
 * already listed); the backend's own per-field reasons are shown under the same fields.
 *
 * @event {PbNetworkSecurityChangeEvent} pb-network-security-change - The settings were saved; `detail.settings` holds them as the backend stored them.
 * @event {PbErrorEvent} pb-error - A backend call failed; the element shows the failure.
 *
 * @csspart title - The heading.
 * @csspart intro - The text under the heading.
 * @csspart loading - The loading message.
 * @csspart error - A failure message (loading or saving).
 * @csspart retry-button - Try again, after loading failed.
 * @csspart mode - The fieldset of the two modes.
 * @csspart mode-option - One mode: its radio button, label and hint.
 * @csspart hint - A mode's explanation.
 * @csspart networks - The trusted networks section.
 * @csspart count - How many networks are trusted.
 * @csspart empty - The message shown while no network is trusted.
 * @csspart list - The list of trusted networks.
 * @csspart row - One trusted network.
 * @csspart address - A network's address.
 * @csspart row-label - A network's label.
 * @csspart remove-button - A network's Remove button.
 * @csspart add-form - The form that adds a network.
 * @csspart address-input - The address field.
 * @csspart label-input - The label field.
 * @csspart field-error - Why a field's value was refused.
 * @csspart add-button - The Add network button.
 * @csspart status - The polite status line (saving, saved).
 * @csspart confirm-dialog - The `<dialog>` asking to confirm restricting with no trusted network.
 * @csspart confirm-title - The confirmation's heading.
 * @csspart confirm-cancel-button - The confirmation's Cancel button.
 * @csspart confirm-button - The confirmation's Restrict button.
 *
 * @cssproperty [--pb-network-security-gap=1.25rem] - Space between the sections.
 * @cssproperty [--pb-network-security-row-background=var(--pb-color-surface-raised)] - Background of a trusted network's row.
 * @cssproperty [--pb-network-security-dialog-width=30rem] - The confirmation dialog's width.
 */
export class NetworkSecurityElement extends AdapterElement {
  static override styles = [sharedStyles, networkSecurityStyles];

  /** The settings as last loaded or saved: what the backend holds. */
  @state() private settings: NetworkSecurity | undefined;
  @state() private loadError: PlugboardError | undefined;
  @state() private saving: SaveKind | undefined;
  @state() private saveError: PlugboardError | undefined;
  /** The mode shown while it is being confirmed or saved; the saved mode otherwise. */
  @state() private pendingMode: NetworkMode | undefined;
  @state() private confirmingRestrict = false;
  @state() private addressValue = '';
  @state() private labelValue = '';
  @state() private addressProblem: FieldError | undefined;
  @state() private labelProblem: FieldError | undefined;
  @state() private status: Status | undefined;

  @query('dialog') private confirmDialog: HTMLDialogElement | null | undefined;
  @query('input[name="address"]') private addressInput: HTMLInputElement | null | undefined;
  @query('input[name="label"]') private labelInput: HTMLInputElement | null | undefined;

  /** The adapter the settings were loaded from; another one means loading again. */
  private loadedFrom: ApiAdapter | undefined;
  /** Tells a load's answer apart from a later load's. */
  private loadSequence = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // Calls in flight were aborted when the element left the page: start again.
    if (!this.loadedFrom) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    closeModal(this.confirmDialog);
    if (this.saving || !this.settings) {
      // An aborted save may or may not have reached the backend: read it again on return.
      this.loadedFrom = undefined;
      this.settings = undefined;
    }
  }

  protected override willUpdate(): void {
    const api = this.api;
    if (this.isConnected && api && api !== this.loadedFrom) {
      // Another backend's settings are not these: show loading rather than stale data.
      if (this.loadedFrom) this.settings = undefined;
      this.loadedFrom = api;
      void this.load();
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('confirmingRestrict')) return;
    if (this.confirmingRestrict && this.confirmDialog) showModal(this.confirmDialog);
    else closeModal(this.confirmDialog);
  }

  /** Loads the settings again from the backend, dropping any change not yet saved. */
  async load(): Promise<void> {
    const sequence = ++this.loadSequence;
    this.loadError = undefined;
    this.saveError = undefined;
    this.saving = undefined;
    this.pendingMode = undefined;
    this.confirmingRestrict = false;
    const result = await this.call('getNetworkSecurity', (api, options) => api.getNetworkSecurity(options));
    if (!result || sequence !== this.loadSequence) return;
    if ('error' in result) {
      this.settings = undefined;
      this.loadError = result.error;
    } else {
      this.settings = result.value;
    }
  }

  override render() {
    if (this.loadError) {
      return html`<div class="alert" role="alert" part="error">
        <p>${this.errorMessage(this.loadError)}</p>
        <p>
          <button class="button" part="retry-button" @click=${() => this.load()}>${this.t('common.retry')}</button>
        </p>
      </div>`;
    }
    const settings = this.settings;
    if (!settings) return this.renderLoading();
    return html`<div class="panel">
      <header>
        <h2 id="title" part="title">${this.t('network.title')}</h2>
        <p class="muted" part="intro">${this.t('network.intro')}</p>
      </header>
      ${this.saveError
        ? html`<p class="alert" role="alert" part="error">${this.errorMessage(this.saveError)}</p>`
        : nothing}
      ${this.renderMode(settings)} ${this.renderNetworks(settings)}
      <p class="status muted" role="status" part="status">${this.renderStatus()}</p>
      ${this.renderConfirmDialog()}
    </div>`;
  }

  private renderStatus(): string {
    if (this.status === 'saving') return this.t('common.saving');
    if (this.status === 'saved') return this.t('network.saved');
    return '';
  }

  private renderMode(settings: NetworkSecurity): TemplateResult {
    const shown = this.pendingMode ?? settings.mode;
    const option = (mode: NetworkMode) => html`<div class="option" part="mode-option">
      <input
        type="radio"
        id="mode-${mode}"
        name="mode"
        value=${mode}
        aria-describedby="mode-${mode}-hint"
        .checked=${live(shown === mode)}
        @change=${this.onModeChange}
      />
      <label for="mode-${mode}">${this.t(`network.${mode}`)}</label>
      <p class="hint muted" id="mode-${mode}-hint" part="hint">${this.t(`network.${mode}Hint`)}</p>
    </div>`;
    return html`<fieldset part="mode" ?disabled=${this.saving !== undefined}>
      <legend>${this.t('network.mode')}</legend>
      ${option('unrestricted')} ${option('restricted')}
    </fieldset>`;
  }

  private renderNetworks(settings: NetworkSecurity): TemplateResult {
    const networks = settings.trustedNetworks;
    const busy = this.saving !== undefined;
    return html`<section class="networks" part="networks" aria-labelledby="networks-title">
      <div class="networks-header">
        <h3 id="networks-title">${this.t('network.trustedNetworks')}</h3>
        ${networks.length > 0
          ? html`<p class="muted" part="count">${this.t('network.networkCount', { count: networks.length })}</p>`
          : nothing}
      </div>
      ${networks.length === 0
        ? html`<p class="muted" part="empty">${this.t('network.empty')}</p>`
        : html`<ul part="list">
            ${networks.map(
              (network, index) => html`<li part="row">
                <span class="address" part="address" dir="ltr" translate="no">${network.address}</span>
                <span class="row-label" part="row-label">${network.label}</span>
                <button
                  type="button"
                  class="button remove"
                  part="remove-button"
                  aria-label=${this.t('network.removeNetwork', { address: network.address })}
                  ?disabled=${busy}
                  @click=${() => this.removeNetwork(index)}
                >
                  ${this.t('common.remove')}
                </button>
              </li>`,
            )}
          </ul>`}
      ${this.renderAddForm()}
    </section>`;
  }

  private renderAddForm(): TemplateResult {
    const busy = this.saving !== undefined;
    const adding = this.saving === 'add';
    return html`<form part="add-form" novalidate aria-label=${this.t('network.addNetwork')} @submit=${this.onAddSubmit}>
      <div class="field">
        <label for="address">${this.t('network.address')}</label>
        <input
          id="address"
          name="address"
          part="address-input"
          type="text"
          dir="ltr"
          autocomplete="off"
          spellcheck="false"
          required
          placeholder=${this.t('network.addressPlaceholder')}
          aria-invalid=${this.addressProblem ? 'true' : nothing}
          aria-describedby=${this.addressProblem ? 'address-error' : nothing}
          ?readonly=${adding}
          .value=${live(this.addressValue)}
          @input=${(event: Event) => (this.addressValue = (event.target as HTMLInputElement).value)}
        />
        ${this.renderFieldError('address-error', this.addressProblem)}
      </div>
      <div class="field">
        <label for="label">${this.t('network.label')}</label>
        <input
          id="label"
          name="label"
          part="label-input"
          type="text"
          autocomplete="off"
          maxlength=${MAX_LABEL_LENGTH}
          placeholder=${this.t('network.labelPlaceholder')}
          aria-invalid=${this.labelProblem ? 'true' : nothing}
          aria-describedby=${this.labelProblem ? 'label-error' : nothing}
          ?readonly=${adding}
          .value=${live(this.labelValue)}
          @input=${(event: Event) => (this.labelValue = (event.target as HTMLInputElement).value)}
        />
        ${this.renderFieldError('label-error', this.labelProblem)}
      </div>
      <button type="submit" class="button primary add" part="add-button" ?disabled=${busy}>
        ${this.t('network.addNetwork')}
      </button>
    </form>`;
  }

  /** Always on the page, so the message is announced when it appears. */
  private renderFieldError(id: string, problem: FieldError | undefined): TemplateResult {
    return html`<div aria-live="polite">
      ${problem ? html`<p class="field-error" id=${id} part="field-error">${this.fieldMessage(problem)}</p>` : nothing}
    </div>`;
  }

  private renderConfirmDialog(): TemplateResult {
    return html`<dialog
      part="confirm-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @close=${this.onConfirmClosed}
    >
      <div class="dialog-body">
        <h2 id="confirm-title" part="confirm-title">${this.t('network.emptyRestrictedTitle')}</h2>
        <p id="confirm-body">${this.t('network.emptyRestrictedBody')}</p>
        <div class="dialog-actions">
          <button type="button" class="button" part="confirm-cancel-button" autofocus @click=${this.cancelRestrict}>
            ${this.t('common.cancel')}
          </button>
          <button type="button" class="button danger" part="confirm-button" @click=${this.confirmRestrict}>
            ${this.t('network.emptyRestrictedConfirm')}
          </button>
        </div>
      </div>
    </dialog>`;
  }

  /** A field's problem in the user's language; the backend's words only for codes we do not know. */
  private fieldMessage(problem: FieldError): string {
    const key = `validation.${problem.code}`;
    if (this.i18n.has(key)) return this.t(key, problem.params ?? {});
    return problem.message ?? this.t('validation.invalid');
  }

  // ---- changes ------------------------------------------------------------------------

  private onModeChange(event: Event): void {
    const settings = this.settings;
    const input = event.target as HTMLInputElement;
    if (!settings || this.saving || !input.checked) return;
    const mode: NetworkMode = input.value === 'restricted' ? 'restricted' : 'unrestricted';
    if (mode === settings.mode) return;
    this.pendingMode = mode;
    if (mode === 'restricted' && settings.trustedNetworks.length === 0) {
      this.confirmingRestrict = true;
      return;
    }
    void this.saveMode(mode);
  }

  private cancelRestrict(): void {
    this.confirmingRestrict = false;
    this.pendingMode = undefined;
  }

  private confirmRestrict(): void {
    this.confirmingRestrict = false;
    void this.saveMode('restricted');
  }

  /** The dialog closed by itself (Escape): that is a Cancel. */
  private onConfirmClosed(): void {
    if (this.confirmingRestrict) this.cancelRestrict();
  }

  private async saveMode(mode: NetworkMode): Promise<void> {
    const settings = this.settings;
    if (!settings) return;
    this.pendingMode = mode;
    await this.save('mode', { ...settings, mode });
    this.pendingMode = undefined;
    // Disabling the radios took focus away from the one the admin used.
    await this.refocusIfLost(() => this.renderRoot.querySelector<HTMLInputElement>('input[name="mode"]:checked'));
  }

  private async removeNetwork(index: number): Promise<void> {
    const settings = this.settings;
    if (!settings || this.saving) return;
    const trustedNetworks = settings.trustedNetworks.filter((_, position) => position !== index);
    const outcome = await this.save('remove', { ...settings, trustedNetworks });
    if (outcome === undefined) return;
    await this.refocusIfLost(() => {
      const buttons = this.removeButtons();
      // Removed: the next row (or the previous one) takes the removed row's place under focus.
      if (outcome === 'saved') return buttons[Math.min(index, buttons.length - 1)] ?? this.addressInput;
      return buttons[index];
    });
  }

  private async onAddSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const settings = this.settings;
    if (!settings || this.saving) return;
    const address = this.addressValue.trim();
    const label = this.labelValue.trim();
    this.addressProblem = this.checkAddress(address, settings.trustedNetworks);
    this.labelProblem =
      label.length > MAX_LABEL_LENGTH ? { code: 'too-long', params: { max: MAX_LABEL_LENGTH } } : undefined;
    if (this.addressProblem || this.labelProblem) {
      await this.focusFirstInvalidField();
      return;
    }
    const index = settings.trustedNetworks.length;
    const trustedNetworks: TrustedNetwork[] = [...settings.trustedNetworks, { address, label }];
    const outcome = await this.save('add', { ...settings, trustedNetworks });
    if (outcome === undefined) return;
    if (outcome === 'saved') {
      this.addressValue = '';
      this.labelValue = '';
      await this.updateComplete;
      this.addressInput?.focus();
      return;
    }
    const fieldErrors = outcome.error.fieldErrors;
    const addressError = fieldErrors[`trustedNetworks.${index}.address`];
    const labelError = fieldErrors[`trustedNetworks.${index}.label`];
    if (addressError || labelError) {
      // The fields say what is wrong; a general message on top would only repeat it.
      this.saveError = undefined;
      this.addressProblem = addressError;
      this.labelProblem = labelError;
      await this.focusFirstInvalidField();
    } else {
      await this.refocusIfLost(() => this.addressInput);
    }
  }

  private checkAddress(address: string, listed: readonly TrustedNetwork[]): FieldError | undefined {
    if (!address) return { code: 'required' };
    if (!NetworkAddressSchema.safeParse(address).success) return { code: 'invalid-address' };
    const folded = address.toLowerCase();
    if (listed.some((network) => network.address.trim().toLowerCase() === folded)) return { code: 'duplicate-address' };
    return undefined;
  }

  /**
   * Saves `next` as the whole settings. On success they become the shown settings and the
   * change is announced and emitted; on failure the shown settings stay as they were saved.
   */
  private async save(kind: SaveKind, next: NetworkSecurity): Promise<SaveOutcome> {
    this.saving = kind;
    this.saveError = undefined;
    this.status = 'saving';
    const result = await this.call('setNetworkSecurity', (api, options) => api.setNetworkSecurity(next, options));
    this.saving = undefined;
    if (!result) return undefined;
    if ('error' in result) {
      this.status = undefined;
      this.saveError = result.error;
      return { error: result.error };
    }
    this.settings = result.value;
    this.status = 'saved';
    this.dispatchEvent(new PbNetworkSecurityChangeEvent({ settings: structuredClone(result.value) }));
    return 'saved';
  }

  private async focusFirstInvalidField(): Promise<void> {
    await this.updateComplete;
    (this.addressProblem ? this.addressInput : this.labelInput)?.focus();
  }

  /** Focuses `target` only when nothing inside the page holds focus (a disabled or removed control had it). */
  private async refocusIfLost(target: () => HTMLElement | null | undefined): Promise<void> {
    await this.updateComplete;
    const active = deepActiveElement();
    if (active && active !== document.body) return;
    target()?.focus();
  }

  private removeButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="remove-button"]')];
  }
}
