import { html, nothing, type TemplateResult } from 'lit';
import type { PbDialogCloseRequestEvent } from '../events/dialog-close-request-event.js';
import type { DialogController } from './dialog-controller.js';

export interface ConfirmDialogContent {
  /** The dialog's heading, rendered by the element at its level with the id `confirm-title`. */
  heading: TemplateResult;
  /** What confirming does; the dialog's description. */
  body: TemplateResult | string;
  cancelLabel: string;
  confirmLabel: string;
  /** Why the last try failed, said above the buttons. */
  failure?: string;
  /** While the confirmed step runs: the buttons are disabled and the dialog stays open. */
  busy: boolean;
  /** `danger` for a step that removes or stops something. */
  tone?: 'danger' | 'plain';
  onConfirm: () => void;
}

/**
 * The one confirmation: a modal `<dialog>` (driven by `controller`) with a heading, a
 * description, the last failure and two buttons, the way back focused first. Parts:
 * `confirm-dialog`, `confirm-title` (on the heading), `confirm-cancel-button`,
 * `confirm-button`, `error`.
 */
export function renderConfirmDialog(controller: DialogController, content: ConfirmDialogContent): TemplateResult {
  const { busy } = content;
  return html`<dialog
    ${controller.attach()}
    class="confirm"
    part="confirm-dialog"
    aria-labelledby="confirm-title"
    aria-describedby="confirm-body"
    @pb-dialog-close-request=${(event: PbDialogCloseRequestEvent) => {
      if (busy) event.preventDefault();
    }}
  >
    <div class="dialog-body">
      ${content.heading}
      <div id="confirm-body">${typeof content.body === 'string' ? html`<p>${content.body}</p>` : content.body}</div>
      <div class="dialog-footer">
        ${content.failure && controller.open
          ? html`<p class="alert" role="alert" part="error">${content.failure}</p>`
          : nothing}
        <div class="dialog-actions">
          <button type="button" class="button" part="confirm-cancel-button" autofocus ?disabled=${busy} data-dialog-close>
            ${content.cancelLabel}
          </button>
          <button
            type="button"
            class=${content.tone === 'plain' ? 'button primary' : 'button danger'}
            part="confirm-button"
            ?disabled=${busy}
            @click=${content.onConfirm}
          >
            ${content.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  </dialog>`;
}
