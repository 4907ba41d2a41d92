import type { Connector } from '../api/schemas.js';

/** A new connector was stored. A registry connector's secret is never part of it. */
export class PbConnectorCreatedEvent extends CustomEvent<{ connector: Connector }> {
  static readonly eventName = 'pb-connector-created';

  constructor(detail: { connector: Connector }) {
    super(PbConnectorCreatedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-connector-created': PbConnectorCreatedEvent;
  }
}
