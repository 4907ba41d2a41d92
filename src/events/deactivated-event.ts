/** An app was deactivated. */
export class PbDeactivatedEvent extends CustomEvent<{ appId: string }> {
  static readonly eventName = 'pb-deactivated';

  constructor(detail: { appId: string }) {
    super(PbDeactivatedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-deactivated': PbDeactivatedEvent;
  }
}
