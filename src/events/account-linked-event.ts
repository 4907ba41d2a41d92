import type { SyncAccount } from '../api/schemas.js';

/** An account was linked for sync: the provider granted access and the backend stored it. */
export class PbAccountLinkedEvent extends CustomEvent<{ account: SyncAccount }> {
  static readonly eventName = 'pb-account-linked';

  constructor(detail: { account: SyncAccount }) {
    super(PbAccountLinkedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-account-linked': PbAccountLinkedEvent;
  }
}
