/** An app's detail closed. */
export class PbAppCloseEvent extends CustomEvent<{ appId: string }> {
  static readonly eventName = 'pb-app-close';

  constructor(detail: { appId: string }) {
    super(PbAppCloseEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-app-close': PbAppCloseEvent;
  }
}
