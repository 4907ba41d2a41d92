/** An app's detail opened, by a click or through the `app` property. */
export class PbAppOpenEvent extends CustomEvent<{ appId: string }> {
  static readonly eventName = 'pb-app-open';

  constructor(detail: { appId: string }) {
    super(PbAppOpenEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-app-open': PbAppOpenEvent;
  }
}
