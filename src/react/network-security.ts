import { createComponent } from '@lit/react';
import React from 'react';
import '../components/network-security/define.js';
import { NetworkSecurityElement } from '../components/network-security/network-security.js';
import { PbErrorEvent } from '../events/error-event.js';
import { PbNetworkSecurityChangeEvent } from '../events/network-security-change-event.js';
import { eventName, registeredTag } from './event-name.js';

/** The callback props of `<NetworkSecurity>`, one per event `<network-security>` fires. */
export const networkSecurityEvents = {
  onPbNetworkSecurityChange: eventName(PbNetworkSecurityChangeEvent),
  onPbError: eventName(PbErrorEvent),
};

/** `<network-security>` as a React component. */
export const NetworkSecurity = createComponent({
  react: React,
  tagName: registeredTag(NetworkSecurityElement, 'network-security'),
  elementClass: NetworkSecurityElement,
  events: networkSecurityEvents,
  displayName: 'NetworkSecurity',
});
