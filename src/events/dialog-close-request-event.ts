/** What asked a dialog to close. */
export type DialogCloseSource = 'close-button' | 'escape' | 'backdrop' | 'code';

/**
 * A dialog is about to close; cancel the event to keep it open (while a save runs, say).
 * Fired on the `<dialog>` inside an element's shadow root; it does not leave that root.
 */
export class PbDialogCloseRequestEvent extends Event {
  static readonly eventName = 'pb-dialog-close-request';
  readonly source: DialogCloseSource;

  constructor(source: DialogCloseSource) {
    super(PbDialogCloseRequestEvent.eventName, { bubbles: true, cancelable: true, composed: false });
    this.source = source;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-dialog-close-request': PbDialogCloseRequestEvent;
  }
}
