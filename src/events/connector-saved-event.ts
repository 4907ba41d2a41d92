import type { Connector } from '../api/schemas.js';

/** Changes to an existing connector were stored; `detail.connector.status` says whether it is active. */
export class PbConnectorSavedEvent extends CustomEvent<{ connector: Connector }> {
  static readonly eventName = 'pb-connector-saved';

  constructor(detail: { connector: Connector }) {
    super(PbConnectorSavedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-connector-saved': PbConnectorSavedEvent;
  }
}
