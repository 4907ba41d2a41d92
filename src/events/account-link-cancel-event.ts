export interface PbAccountLinkCancelDetail {
  serviceId: string;
  /**
   * `cancelled`: the consent window closed, or the admin cancelled, before access was
   * granted; `denied`: the provider or the admin refused; `expired`: the link took too long.
   */
  reason: 'cancelled' | 'denied' | 'expired';
}

/** An account link ended without an account. Never fired for a link that succeeded. */
export class PbAccountLinkCancelEvent extends CustomEvent<PbAccountLinkCancelDetail> {
  static readonly eventName = 'pb-account-link-cancel';

  constructor(detail: PbAccountLinkCancelDetail) {
    super(PbAccountLinkCancelEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-account-link-cancel': PbAccountLinkCancelEvent;
  }
}
