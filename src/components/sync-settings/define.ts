import { defineElement } from '../../internal/nested-elements.js';
import { SyncSettingsElement } from './sync-settings.js';

defineElement('sync-settings', SyncSettingsElement);

declare global {
  interface HTMLElementTagNameMap {
    'sync-settings': SyncSettingsElement;
  }
}
