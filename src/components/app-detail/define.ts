import '../consent-dialog/define.js';
import { AppDetailElement } from './app-detail.js';

if (!customElements.get('app-detail')) customElements.define('app-detail', AppDetailElement);

declare global {
  interface HTMLElementTagNameMap {
    'app-detail': AppDetailElement;
  }
}
