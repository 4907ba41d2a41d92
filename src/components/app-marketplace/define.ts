import '../app-detail/define.js';
import '../network-security/define.js';
import { AppMarketplace } from './app-marketplace.js';

if (!customElements.get('app-marketplace')) customElements.define('app-marketplace', AppMarketplace);

declare global {
  interface HTMLElementTagNameMap {
    'app-marketplace': AppMarketplace;
  }
}
