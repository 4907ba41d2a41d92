import type { SyncAccount } from '../api/schemas.js';

/** An account's sync settings were saved. */
export class PbAccountSettingsSavedEvent extends CustomEvent<{ account: SyncAccount }> {
  static readonly eventName = 'pb-account-settings-saved';

  constructor(detail: { account: SyncAccount }) {
    super(PbAccountSettingsSavedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-account-settings-saved': PbAccountSettingsSavedEvent;
  }
}
