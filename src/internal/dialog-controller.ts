import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ref, type RefOrCallback } from 'lit/directives/ref.js';
import type { DirectiveResult } from 'lit/directive.js';
import { PbDialogCloseRequestEvent, type DialogCloseSource } from '../events/dialog-close-request-event.js';

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Modal dialogs open on the page, the topmost last: closing one closes those above it first. */
const openDialogs: DialogController[] = [];

export interface DialogControllerOptions {
  /** Called after the dialog closed, however it closed. */
  onClose?: (source: DialogCloseSource) => void;
}

/**
 * The one dialog primitive: a native `<dialog>` shown with `showModal()` (so the browser
 * traps focus, makes the page inert and gives it the dialog role), driven by `show()` and
 * `hide()`. Escape, the backdrop and any `[data-dialog-close]` button inside first fire a
 * cancelable `pb-dialog-close-request` naming the source; focus returns to the opener; a
 * dialog that closes closes the dialogs opened above it first, topmost first.
 *
 * ```ts
 * private readonly confirm = new DialogController(this);
 * html`<dialog ${this.confirm.attach()} aria-labelledby="title">…
 *        <button data-dialog-close>Cancel</button></dialog>`
 * ```
 */
export class DialogController implements ReactiveController {
  private readonly options: DialogControllerOptions;
  private dialog: HTMLDialogElement | undefined;
  private opener: HTMLElement | null = null;
  private wantsOpen = false;

  constructor(host: ReactiveControllerHost, options: DialogControllerOptions = {}) {
    this.options = options;
    host.addController(this);
  }

  /**
   * Whether the dialog is open (or opening, until its `<dialog>` is rendered). The host
   * renders from its own state; `onClose` tells it of closings it did not ask for.
   */
  get open(): boolean {
    return this.wantsOpen;
  }

  /** The `<dialog>` element, once rendered. */
  get element(): HTMLDialogElement | undefined {
    return this.dialog;
  }

  /** Binds the controller to the `<dialog>` it is placed on. */
  attach(): DirectiveResult {
    return ref(this.bind as RefOrCallback);
  }

  /** Opens the dialog; focus goes back to what had it when the dialog closes. */
  show(): void {
    if (this.wantsOpen) return;
    this.opener = deepActiveElement();
    this.wantsOpen = true;
    openDialogs.push(this);
    // A dialog not rendered yet opens after the host's next update (`hostUpdated`).
    this.sync();
  }

  /** Closes the dialog (and any opened above it) without asking. */
  hide(source: DialogCloseSource = 'code'): void {
    if (!this.wantsOpen) return;
    const position = openDialogs.indexOf(this);
    for (const above of openDialogs.slice(position + 1).reverse()) above.hide('code');
    if (position >= 0) openDialogs.splice(openDialogs.indexOf(this), 1);
    this.wantsOpen = false;
    if (this.dialog?.open) this.dialog.close();
    const opener = this.opener;
    this.opener = null;
    // The opener may have been re-rendered away; focus it only while it is on the page.
    if (opener?.isConnected) opener.focus();
    this.options.onClose?.(source);
  }

  /** Asks to close: fires the cancelable close request, and closes unless it was cancelled. */
  requestClose(source: DialogCloseSource): boolean {
    if (!this.wantsOpen) return false;
    const request = new PbDialogCloseRequestEvent(source);
    (this.dialog ?? document).dispatchEvent(request);
    if (request.defaultPrevented) return false;
    this.hide(source);
    return true;
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    // The dialog left the page with its element; nothing is left to return focus to.
    const position = openDialogs.indexOf(this);
    if (position >= 0) openDialogs.splice(position, 1);
    if (this.dialog?.open) this.dialog.close();
    this.wantsOpen = false;
    this.opener = null;
  }

  private sync(): void {
    const dialog = this.dialog;
    if (!dialog?.isConnected) return;
    if (this.wantsOpen && !dialog.open) dialog.showModal();
    else if (!this.wantsOpen && dialog.open) dialog.close();
  }

  private readonly bind = (element: Element | undefined): void => {
    if (element === this.dialog) return;
    this.dialog?.removeEventListener('cancel', this.onCancel);
    this.dialog?.removeEventListener('keydown', this.onKeyDown);
    this.dialog?.removeEventListener('click', this.onClick);
    this.dialog?.removeEventListener('close', this.onNativeClose);
    this.dialog = element instanceof HTMLDialogElement ? element : undefined;
    this.dialog?.addEventListener('cancel', this.onCancel);
    this.dialog?.addEventListener('keydown', this.onKeyDown);
    this.dialog?.addEventListener('click', this.onClick);
    this.dialog?.addEventListener('close', this.onNativeClose);
  };

  /**
   * Escape, taken before the browser turns it into `cancel`: a second `cancel` without a
   * click or key press in between cannot be cancelled (the close-watcher rule), so the
   * dialog would close without asking. The topmost dialog handles it; the dialogs below
   * see it handled.
   */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    if (openDialogs.at(-1) !== this) return;
    event.preventDefault();
    this.requestClose('escape');
  };

  /** Other ways the browser cancels (a system back gesture): ask first instead. */
  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    // Escape reaches only the topmost modal, but a request may already have closed it.
    if (openDialogs.at(-1) === this) this.requestClose('escape');
  };

  private readonly onClick = (event: MouseEvent): void => {
    const dialog = this.dialog;
    if (!dialog) return;
    const target = event.target as Element;
    const closer = target.closest('[data-dialog-close]');
    if (closer && closer.closest('dialog') === dialog) {
      this.requestClose('close-button');
      return;
    }
    // A click on the dialog element itself outside its box landed on the backdrop.
    if (target === dialog && event.detail > 0) {
      const box = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) this.requestClose('backdrop');
    }
  };

  /** Closed by something else (a form with `method="dialog"`): keep the state true. */
  private readonly onNativeClose = (): void => {
    if (this.wantsOpen && this.dialog && !this.dialog.open) this.hide('code');
  };
}
