import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AppDetail, ConsentRecord } from '../../api/schemas.js';
import { PbConsentCancelEvent } from '../../events/consent-cancel-event.js';
import { PbConsentEvent } from '../../events/consent-event.js';
import type { PbDialogCloseRequestEvent } from '../../events/dialog-close-request-event.js';
import { DialogController } from '../../internal/dialog-controller.js';
import { firstDayOfNextMonth } from '../../internal/dates.js';
import { PlugboardElement } from '../../internal/plugboard-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { consentDialogStyles } from './consent-dialog.styles.js';

/**
 * @summary Asks an administrator for the consents an app's activation needs: that fees may
 * change (from the first day of next month) and that the vendor may access the listed data.
 *
 * Activate stays disabled until every consent shown is given. On accept the element emits
 * `pb-consent` with a record of exactly what was shown and accepted; unless a listener
 * cancels that event, the dialog closes. A listener that activates the app itself cancels
 * it, sets `busy` while it works and `error` if it fails: the consents stay given.
 *
 * @event {PbConsentEvent} pb-consent - The consents were given; `detail.consent` is the record to store. Cancelable: cancel it to keep the dialog open.
 * @event {PbConsentCancelEvent} pb-consent-cancel - The dialog was closed without consent (Cancel or Escape).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The dialog's heading.
 * @csspart fees - The fee consent group.
 * @csspart data - The data access consent group.
 * @csspart scopes - The list of data sets the vendor gets.
 * @csspart error - The message shown when activation failed.
 * @csspart actions - The row of buttons.
 * @csspart activate-button - The Activate button.
 * @csspart cancel-button - The Cancel button.
 *
 * @cssproperty [--pb-consent-dialog-width=34rem] - The dialog's width.
 */
export class ConsentDialog extends PlugboardElement {
  static override styles = [sharedStyles, consentDialogStyles];

  /** The app being activated. */
  @property({ attribute: false }) app: AppDetail | null = null;

  /** Whether the dialog is shown. Opening it clears earlier consents. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Set while the activation runs: Activate and Cancel are disabled. */
  @property({ type: Boolean }) busy = false;

  /** A failure to show above the buttons, already in the user's language. */
  @property() error = '';

  /** The clock the fee date is computed from. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private feesAccepted = false;
  @state() private dataAccepted = false;
  @state() private feeDate = '';
  private idempotencyKey = '';

  private readonly dialog = new DialogController(this, {
    // Closed by Escape, the backdrop or an outer dialog closing: that is a dismissal.
    onClose: () => {
      if (this.open) this.dismiss();
    },
  });

  /** Opens the dialog for `app`. */
  show(app: AppDetail | null = this.app): void {
    this.app = app;
    this.open = true;
  }

  hide(): void {
    this.open = false;
  }

  /** Whether every consent shown has been given. */
  get accepted(): boolean {
    return this.dataAccepted && (this.feesAccepted || !this.app?.mayChangeFees);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.feeDate) this.feeDate = firstDayOfNextMonth(this.now());
    if (changed.has('open') && this.open) {
      this.feesAccepted = false;
      this.dataAccepted = false;
      this.error = '';
      this.feeDate = firstDayOfNextMonth(this.now());
      this.idempotencyKey = crypto.randomUUID();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open) this.dialog.show();
    else this.dialog.hide();
  }

  override render() {
    const app = this.app;
    return html`<dialog
      ${this.dialog.attach()}
      part="dialog"
      aria-labelledby="title"
      @pb-dialog-close-request=${this.keepOpenWhileBusy}
    >
      ${app ? this.renderContent(app) : nothing}
    </dialog>`;
  }

  private renderContent(app: AppDetail) {
    const hintId = 'hint';
    return html`<header>
        ${this.heading(0, this.t('consent.title', { app: app.name }), { id: 'title', part: 'title', className: 'title' })}
      </header>
      <div class="dialog-body">
        <p class="muted">${this.t('consent.intro')}</p>
        ${app.mayChangeFees
          ? html`<fieldset part="fees">
              ${this.consentBox('fees', this.feesAccepted, this.t('consent.feesLabel'), (checked) => (this.feesAccepted = checked))}
              <p class="detail muted">${this.t('consent.feesDetail', { date: this.i18n.formatDate(this.feeDate) })}</p>
            </fieldset>`
          : nothing}
        <fieldset part="data">
          ${this.consentBox('data', this.dataAccepted, this.t('consent.dataLabel', { vendor: app.vendor }), (checked) => (this.dataAccepted = checked))}
          <p class="detail muted">${this.t('consent.dataDetail', { vendor: app.vendor })}</p>
          <ul part="scopes">
            ${app.dataScopes.map(
              (scope) => html`<li>
                <span dir="auto">${scope.name}</span>
                <span class="badge">${this.t(`detail.access.${scope.access}`)}</span>
              </li>`,
            )}
          </ul>
        </fieldset>
        <div class="dialog-footer">
          ${this.error ? html`<p class="alert" role="alert" part="error">${this.error}</p>` : nothing}
          ${this.accepted
            ? nothing
            : html`<p class="hint muted" id=${hintId}>
                ${this.t(app.mayChangeFees ? 'consent.bothRequired' : 'consent.oneRequired')}
              </p>`}
          <div class="dialog-actions" part="actions">
            <button class="button" part="cancel-button" ?disabled=${this.busy} data-dialog-close>
              ${this.t('consent.cancel')}
            </button>
            <button
              class="button primary"
              part="activate-button"
              ?disabled=${!this.accepted || this.busy}
              aria-describedby=${this.accepted ? nothing : hintId}
              @click=${this.accept}
            >
              ${this.busy ? this.t('detail.activating') : this.error ? this.t('common.retry') : this.t('consent.activate')}
            </button>
          </div>
        </div>
      </div>`;
  }

  private consentBox(name: string, checked: boolean, label: string, onChange: (checked: boolean) => void) {
    return html`<label class="consent">
      <input
        type="checkbox"
        name=${name}
        required
        .checked=${checked}
        @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
      />
      <span>${label}</span>
    </label>`;
  }

  private accept(): void {
    const app = this.app;
    if (!app || !this.accepted || this.busy) return;
    const consent: ConsentRecord = {
      appId: app.id,
      termsVersion: app.termsVersion,
      scopes: app.dataScopes.map((scope) => scope.id),
      feeEffectiveDate: app.mayChangeFees ? this.feeDate : null,
      locale: this.i18n.locale,
      acceptedAt: this.now().toISOString(),
      idempotencyKey: this.idempotencyKey,
    };
    const event = new PbConsentEvent({ consent });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.hide();
  }

  private dismiss(): void {
    this.open = false;
    if (this.app) this.dispatchEvent(new PbConsentCancelEvent({ appId: this.app.id }));
  }

  private keepOpenWhileBusy(event: PbDialogCloseRequestEvent): void {
    if (this.busy) event.preventDefault();
  }
}
