/** A connector was deleted. */
export class PbConnectorDeletedEvent extends CustomEvent<{ connectorId: string }> {
  static readonly eventName = 'pb-connector-deleted';

  constructor(detail: { connectorId: string }) {
    super(PbConnectorDeletedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-connector-deleted': PbConnectorDeletedEvent;
  }
}
