/**
 * Native modal dialogs with the focus handling users expect: the opener gets focus back
 * when the dialog closes, however it closes.
 */
const openers = new WeakMap<HTMLDialogElement, HTMLElement>();

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

export function showModal(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  const opener = deepActiveElement();
  if (opener) openers.set(dialog, opener);
  dialog.showModal();
  dialog.addEventListener(
    'close',
    () => {
      const previous = openers.get(dialog);
      openers.delete(dialog);
      // The opener may have been re-rendered away; focus it only while it is on the page.
      if (previous?.isConnected) previous.focus();
    },
    { once: true },
  );
}

export function closeModal(dialog: HTMLDialogElement | null | undefined): void {
  if (dialog?.open) dialog.close();
}
