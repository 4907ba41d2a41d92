import type { Activation } from '../api/schemas.js';

/** An app was activated; `activation.status` says whether it is live or needs configuration. */
export class PbActivatedEvent extends CustomEvent<{ appId: string; activation: Activation }> {
  static readonly eventName = 'pb-activated';

  constructor(detail: { appId: string; activation: Activation }) {
    super(PbActivatedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-activated': PbActivatedEvent;
  }
}
