import type { Connector } from '../api/schemas.js';

/** A connector was activated: it works again and may get tokens for new groups. */
export class PbConnectorActivatedEvent extends CustomEvent<{ connector: Connector }> {
  static readonly eventName = 'pb-connector-activated';

  constructor(detail: { connector: Connector }) {
    super(PbConnectorActivatedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-connector-activated': PbConnectorActivatedEvent;
  }
}
