/** A linked account was removed; it no longer syncs. */
export class PbAccountRemovedEvent extends CustomEvent<{ accountId: string }> {
  static readonly eventName = 'pb-account-removed';

  constructor(detail: { accountId: string }) {
    super(PbAccountRemovedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-account-removed': PbAccountRemovedEvent;
  }
}
