import { defineElement } from '../../internal/nested-elements.js';
import { NetworkSecurityElement } from './network-security.js';

// Registers <network-security> and, first, the elements it nests (see `NetworkSecurityElement.dependencies`).
defineElement('network-security', NetworkSecurityElement);

declare global {
  interface HTMLElementTagNameMap {
    'network-security': NetworkSecurityElement;
  }
}
