import type { SyncSettings } from '../api/schemas.js';

/** The organisation's sync settings were saved (an OAuth client secret is never part of them). */
export class PbSyncSettingsSavedEvent extends CustomEvent<{ settings: SyncSettings }> {
  static readonly eventName = 'pb-sync-settings-saved';

  constructor(detail: { settings: SyncSettings }) {
    super(PbSyncSettingsSavedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-sync-settings-saved': PbSyncSettingsSavedEvent;
  }
}
