import { defineElement } from '../../internal/nested-elements.js';
import { ConnectorListElement } from './connector-list.js';

defineElement('connector-list', ConnectorListElement);

declare global {
  interface HTMLElementTagNameMap {
    'connector-list': ConnectorListElement;
  }
}
