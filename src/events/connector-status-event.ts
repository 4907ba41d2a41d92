import type { Connector } from '../api/schemas.js';

/** A connector was activated or deactivated; `detail.connector.status` says which. */
export class PbConnectorStatusEvent extends CustomEvent<{ connector: Connector }> {
  static readonly eventName = 'pb-connector-status';

  constructor(detail: { connector: Connector }) {
    super(PbConnectorStatusEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-connector-status': PbConnectorStatusEvent;
  }
}
