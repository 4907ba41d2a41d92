/** The admin confirmed deactivating an app; cancel the event to keep it active. */
export class PbDeactivateRequestEvent extends CustomEvent<{ appId: string }> {
  static readonly eventName = 'pb-deactivate-request';

  constructor(detail: { appId: string }) {
    super(PbDeactivateRequestEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-deactivate-request': PbDeactivateRequestEvent;
  }
}
