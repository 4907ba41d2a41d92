import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { PlugboardError } from '../../api/errors.js';
import { MAX_NETWORK_LABEL_LENGTH, checkNetworkLabel, checkTrustedAddress } from '../../api/network-security-rules.js';
import type { NetworkMode, NetworkSecurity, TrustedNetwork } from '../../api/schemas.js';
import { PbNetworkSecurityChangeEvent } from '../../events/network-security-change-event.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { renderConfirmDialog } from '../../internal/confirm-dialog.js';
import { DialogController, deepActiveElement } from '../../internal/dialog-controller.js';
import { FormController } from '../../internal/form-controller.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { networkSecurityStyles } from './network-security.styles.js';

/** Which change is being saved: it decides where focus goes afterwards. */
type SaveKind = 'mode' | 'add' | 'remove';

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

  /** The settings the last save returned; until then, the loaded ones are shown. */
  @state() private saved: NetworkSecurity | undefined;
  /** The mode shown while it is being confirmed or saved. */
  @state() private pendingMode: NetworkMode | undefined;
  /** A save's failure that no field explains. */
  @state() private saveFailure: PlugboardError | undefined;
  @state() private justSaved = false;
  private savingKind: SaveKind | undefined;

  private readonly loading = this.adapterTask({
    args: () => [] as const,
    run: async (api, _args, options) => {
      const settings = await api.getNetworkSecurity(options);
      this.saved = undefined;
      this.pendingMode = undefined;
      this.saveFailure = undefined;
      return settings;
    },
  });

  private readonly saving = this.adapterTask({
    run: (api, [next]: [NetworkSecurity], options) => api.setNetworkSecurity(next, options),
  });

  private readonly addForm = new FormController(this, this.i18n, {
    idPrefix: 'add',
    initial: { address: '', label: '' },
    rules: ({ address, label }) => ({
      address: checkTrustedAddress(address, this.settings?.trustedNetworks ?? []),
      label: checkNetworkLabel(label),
    }),
  });

  private readonly confirmDialog = new DialogController(this, {
    // Closed without confirming (Cancel, Escape, the backdrop): the saved mode stays.
    onClose: () => {
      if (!this.saving.pending) this.pendingMode = undefined;
    },
  });

  /** The settings as the backend holds them. */
  private get settings(): NetworkSecurity | undefined {
    return this.saved ?? this.loading.value;
  }

  /** Loads the settings again from the backend, dropping any change not yet saved. */
  async load(): Promise<void> {
    await this.loading.run();
  }

  override render() {
    return this.loading.render({
      pending: () => this.renderLoading(),
      error: (error) => this.renderLoadFailure(error),
      complete: (loaded) => this.renderSettings(this.saved ?? loaded),
    });
  }

  private renderSettings(settings: NetworkSecurity): TemplateResult {
    return html`<div class="panel">
      <header>
        ${this.heading(0, this.t('network.title'), { id: 'title', part: 'title', className: 'title' })}
        <p class="muted" part="intro">${this.t('network.intro')}</p>
      </header>
      ${this.saveFailure
        ? html`<p class="alert" role="alert" part="error">${this.errorMessage(this.saveFailure)}</p>`
        : nothing}
      ${this.renderMode(settings)} ${this.renderNetworks(settings)}
      <p class="status muted" role="status" part="status">
        ${this.saving.pending ? this.t('common.saving') : this.justSaved ? this.t('network.saved') : ''}
      </p>
      ${this.renderConfirmDialog()}
    </div>`;
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
    return html`<fieldset part="mode" ?disabled=${this.saving.pending}>
      <legend>${this.t('network.mode')}</legend>
      ${option('unrestricted')} ${option('restricted')}
    </fieldset>`;
  }

  private renderNetworks(settings: NetworkSecurity): TemplateResult {
    const networks = settings.trustedNetworks;
    return html`<section class="networks" part="networks" aria-labelledby="networks-title">
      <div class="networks-header">
        ${this.heading(1, this.t('network.trustedNetworks'), { id: 'networks-title', className: 'subtitle' })}
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
                <span class="row-label" part="row-label" dir="auto">${network.label}</span>
                <button
                  type="button"
                  class="button remove"
                  part="remove-button"
                  aria-label=${this.t('network.removeNetwork', { address: network.address })}
                  ?disabled=${this.saving.pending}
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
    const form = this.addForm;
    const adding = this.saving.pending && this.savingKind === 'add';
    return html`<form part="add-form" novalidate aria-label=${this.t('network.addNetwork')} @submit=${this.onAddSubmit}>
      <div class="field">
        <label for="address">${this.t('network.address')}</label>
        <input
          ${form.field('address')}
          id="address"
          name="address"
          part="address-input"
          type="text"
          dir="ltr"
          autocomplete="off"
          spellcheck="false"
          required
          placeholder=${this.t('network.addressPlaceholder')}
          ?readonly=${adding}
        />
        ${form.renderMessage('address')}
      </div>
      <div class="field">
        <label for="label">${this.t('network.label')}</label>
        <input
          ${form.field('label')}
          id="label"
          name="label"
          part="label-input"
          type="text"
          dir="auto"
          autocomplete="off"
          maxlength=${MAX_NETWORK_LABEL_LENGTH}
          placeholder=${this.t('network.labelPlaceholder')}
          ?readonly=${adding}
        />
        ${form.renderMessage('label')}
      </div>
      <button type="submit" class="button primary add" part="add-button" ?disabled=${this.saving.pending}>
        ${this.t('network.addNetwork')}
      </button>
    </form>`;
  }

  private renderConfirmDialog(): TemplateResult {
    return renderConfirmDialog(this.confirmDialog, {
      heading: this.heading(1, this.t('network.emptyRestrictedTitle'), { id: 'confirm-title', part: 'confirm-title', className: 'title' }),
      body: this.t('network.emptyRestrictedBody'),
      cancelLabel: this.t('common.cancel'),
      confirmLabel: this.t('network.emptyRestrictedConfirm'),
      busy: this.saving.pending,
      onConfirm: () => this.confirmRestrict(),
    });
  }

  // ---- changes ------------------------------------------------------------------------

  private onModeChange(event: Event): void {
    const settings = this.settings;
    const input = event.target as HTMLInputElement;
    if (!settings || this.saving.pending || !input.checked) return;
    const mode: NetworkMode = input.value === 'restricted' ? 'restricted' : 'unrestricted';
    if (mode === settings.mode) return;
    this.pendingMode = mode;
    if (mode === 'restricted' && settings.trustedNetworks.length === 0) {
      this.confirmDialog.show();
      return;
    }
    void this.saveMode(mode);
  }

  private confirmRestrict(): void {
    void this.saveMode('restricted');
    this.confirmDialog.hide();
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
    if (!settings || this.saving.pending) return;
    const trustedNetworks = settings.trustedNetworks.filter((_, position) => position !== index);
    const outcome = await this.save('remove', { ...settings, trustedNetworks });
    if (!outcome) return;
    await this.refocusIfLost(() => {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="remove-button"]')];
      // Removed: the next row (or the previous one) takes the removed row's place under focus.
      if ('value' in outcome) return buttons[Math.min(index, buttons.length - 1)] ?? this.addForm.control('address');
      return buttons[index];
    });
  }

  private async onAddSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const settings = this.settings;
    if (!settings || this.saving.pending) return;
    const values = await this.addForm.validate();
    if (!values) return;
    const index = settings.trustedNetworks.length;
    const network: TrustedNetwork = { address: values.address.trim(), label: values.label.trim() };
    const outcome = await this.save('add', { ...settings, trustedNetworks: [...settings.trustedNetworks, network] });
    if (!outcome) return;
    if ('value' in outcome) {
      this.addForm.reset({ address: '', label: '' });
      await this.updateComplete;
      this.addForm.control('address')?.focus();
      return;
    }
    const onFields = this.addForm.applyServerErrors(outcome.error.fieldErrors, {
      [`trustedNetworks.${index}.address`]: 'address',
      [`trustedNetworks.${index}.label`]: 'label',
    });
    if (onFields) {
      // The fields say what is wrong; a general message on top would only repeat it.
      this.saveFailure = undefined;
      await this.addForm.focusFirstInvalid();
    } else {
      await this.refocusIfLost(() => this.addForm.control('address'));
    }
  }

  /**
   * Saves `next` as the whole settings. On success they become the shown settings and the
   * change is announced and emitted; on failure the shown settings stay as they were saved.
   */
  private async save(kind: SaveKind, next: NetworkSecurity) {
    this.savingKind = kind;
    this.saveFailure = undefined;
    this.justSaved = false;
    const outcome = await this.saving.run(next);
    this.savingKind = undefined;
    if (!outcome) return undefined;
    if ('error' in outcome) {
      this.saveFailure = outcome.error;
      return outcome;
    }
    this.saved = outcome.value;
    this.justSaved = true;
    this.dispatchEvent(new PbNetworkSecurityChangeEvent({ settings: structuredClone(outcome.value) }));
    return outcome;
  }

  /** Focuses `target` only when nothing inside the page holds focus (a disabled or removed control had it). */
  private async refocusIfLost(target: () => HTMLElement | null | undefined): Promise<void> {
    await this.updateComplete;
    const active = deepActiveElement();
    if (active && active !== document.body) return;
    target()?.focus();
  }
}
