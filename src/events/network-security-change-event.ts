import type { NetworkSecurity } from '../api/schemas.js';

/** The network security settings were saved. */
export class PbNetworkSecurityChangeEvent extends CustomEvent<{ settings: NetworkSecurity }> {
  static readonly eventName = 'pb-network-security-change';

  constructor(detail: { settings: NetworkSecurity }) {
    super(PbNetworkSecurityChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-network-security-change': PbNetworkSecurityChangeEvent;
  }
}
