import { defineElement } from '../../internal/nested-elements.js';
import { ConnectorFormElement } from './connector-form.js';

defineElement('connector-form', ConnectorFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'connector-form': ConnectorFormElement;
  }
}
