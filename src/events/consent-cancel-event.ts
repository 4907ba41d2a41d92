/** The admin closed the consent dialog without accepting. */
export class PbConsentCancelEvent extends CustomEvent<{ appId: string }> {
  static readonly eventName = 'pb-consent-cancel';

  constructor(detail: { appId: string }) {
    super(PbConsentCancelEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-consent-cancel': PbConsentCancelEvent;
  }
}
