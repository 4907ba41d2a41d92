import type { Connector } from '../api/schemas.js';

/** A connector was deactivated: groups that have a token keep working, new groups get none. */
export class PbConnectorDeactivatedEvent extends CustomEvent<{ connector: Connector }> {
  static readonly eventName = 'pb-connector-deactivated';

  constructor(detail: { connector: Connector }) {
    super(PbConnectorDeactivatedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-connector-deactivated': PbConnectorDeactivatedEvent;
  }
}
