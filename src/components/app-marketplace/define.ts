import { defineElement } from '../../internal/nested-elements.js';
import { AppMarketplace } from './app-marketplace.js';

// Registers <app-marketplace> and, first, the elements it nests (see `AppMarketplace.dependencies`).
defineElement('app-marketplace', AppMarketplace);

declare global {
  interface HTMLElementTagNameMap {
    'app-marketplace': AppMarketplace;
  }
}
