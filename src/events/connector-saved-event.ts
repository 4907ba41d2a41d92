import type { Connector } from '../api/schemas.js';

export interface PbConnectorSavedDetail {
  /** The connector as the backend stored it; secret values are never part of it. */
  connector: Connector;
  /** True when this save created the connector. */
  created: boolean;
}

/** A connector form's "Done" saved the connector (and activated it when it was complete). */
export class PbConnectorSavedEvent extends CustomEvent<PbConnectorSavedDetail> {
  static readonly eventName = 'pb-connector-saved';

  constructor(detail: PbConnectorSavedDetail) {
    super(PbConnectorSavedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-connector-saved': PbConnectorSavedEvent;
  }
}
