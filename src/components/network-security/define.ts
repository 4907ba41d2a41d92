import { NetworkSecurityElement } from './network-security.js';

if (!customElements.get('network-security')) customElements.define('network-security', NetworkSecurityElement);

declare global {
  interface HTMLElementTagNameMap {
    'network-security': NetworkSecurityElement;
  }
}
