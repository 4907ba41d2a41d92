import type { ConsentRecord } from '../api/schemas.js';

/**
 * The admin accepted the consents: the record says exactly what was shown and accepted.
 * Cancel it to keep the consent dialog open (e.g. while activating).
 */
export class PbConsentEvent extends CustomEvent<{ consent: ConsentRecord }> {
  static readonly eventName = 'pb-consent';

  constructor(detail: { consent: ConsentRecord }) {
    super(PbConsentEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-consent': PbConsentEvent;
  }
}
