import { defineElement } from '../../internal/nested-elements.js';
import { AppDetailElement } from './app-detail.js';

// Registers <app-detail> and, first, the elements it nests (see `AppDetailElement.dependencies`).
defineElement('app-detail', AppDetailElement);

declare global {
  interface HTMLElementTagNameMap {
    'app-detail': AppDetailElement;
  }
}
