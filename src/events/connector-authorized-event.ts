import type { Connector } from '../api/schemas.js';

/** The remote service accepted a connector's credentials; the steps after them are unlocked. */
export class PbConnectorAuthorizedEvent extends CustomEvent<{ connector: Connector }> {
  static readonly eventName = 'pb-connector-authorized';

  constructor(detail: { connector: Connector }) {
    super(PbConnectorAuthorizedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-connector-authorized': PbConnectorAuthorizedEvent;
  }
}
