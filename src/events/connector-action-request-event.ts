/** What an admin confirmed and is about to happen to a connector. */
export type ConnectorAction = 'deactivate' | 'delete' | 'remove-from-group' | 'discard-changes';

export interface PbConnectorActionRequestDetail {
  /** The connector, or null for one not saved yet. */
  connectorId: string | null;
  action: ConnectorAction;
  /** The group a `remove-from-group` concerns. */
  groupId?: string;
}

/**
 * Fired before a destructive step, once the admin confirmed it (deactivating, deleting,
 * removing from a group) or
 * before asking them (closing with unsaved changes). Cancel it to keep things as they are.
 */
export class PbConnectorActionRequestEvent extends CustomEvent<PbConnectorActionRequestDetail> {
  static readonly eventName = 'pb-connector-action-request';

  constructor(detail: PbConnectorActionRequestDetail) {
    super(PbConnectorActionRequestEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-connector-action-request': PbConnectorActionRequestEvent;
  }
}
