import type { Connector } from '../api/schemas.js';

export interface PbConnectorGroupChangeDetail {
  /** The connector as the backend left it, with its groups. */
  connector: Connector;
  groupId: string;
  /** `added`: the connector got a token for the group; `removed`: it left the group. */
  change: 'added' | 'removed';
}

/** A registry connector joined or left a group. */
export class PbConnectorGroupChangeEvent extends CustomEvent<PbConnectorGroupChangeDetail> {
  static readonly eventName = 'pb-connector-group-change';

  constructor(detail: PbConnectorGroupChangeDetail) {
    super(PbConnectorGroupChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-connector-group-change': PbConnectorGroupChangeEvent;
  }
}
