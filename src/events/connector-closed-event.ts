/** A connector form was left with "Close"; unsaved changes, if any, were discarded. */
export class PbConnectorClosedEvent extends CustomEvent<{ connectorId: string | null }> {
  static readonly eventName = 'pb-connector-closed';

  constructor(detail: { connectorId: string | null }) {
    super(PbConnectorClosedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-connector-closed': PbConnectorClosedEvent;
  }
}
