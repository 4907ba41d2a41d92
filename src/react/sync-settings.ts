import { createComponent } from '@lit/react';
import React from 'react';
import '../components/sync-settings/define.js';
import { SyncSettingsElement } from '../components/sync-settings/sync-settings.js';
import { PbAccountLinkCancelEvent } from '../events/account-link-cancel-event.js';
import { PbAccountLinkedEvent } from '../events/account-linked-event.js';
import { PbAccountRemovedEvent } from '../events/account-removed-event.js';
import { PbAccountSettingsSavedEvent } from '../events/account-settings-saved-event.js';
import { PbErrorEvent } from '../events/error-event.js';
import { PbSyncActionRequestEvent } from '../events/sync-action-request-event.js';
import { PbSyncRunEvent } from '../events/sync-run-event.js';
import { PbSyncSettingsSavedEvent } from '../events/sync-settings-saved-event.js';
import { eventName, registeredTag } from './event-name.js';

/** The callback props of `<SyncSettings>`, one per event `<sync-settings>` fires. */
export const syncSettingsEvents = {
  onPbAccountLinked: eventName(PbAccountLinkedEvent),
  onPbAccountLinkCancel: eventName(PbAccountLinkCancelEvent),
  onPbAccountSettingsSaved: eventName(PbAccountSettingsSavedEvent),
  onPbAccountRemoved: eventName(PbAccountRemovedEvent),
  onPbSyncSettingsSaved: eventName(PbSyncSettingsSavedEvent),
  onPbSyncRun: eventName(PbSyncRunEvent),
  onPbSyncActionRequest: eventName(PbSyncActionRequestEvent),
  onPbError: eventName(PbErrorEvent),
};

/** `<sync-settings>` as a React component. */
export const SyncSettings = createComponent({
  react: React,
  tagName: registeredTag(SyncSettingsElement, 'sync-settings'),
  elementClass: SyncSettingsElement,
  events: syncSettingsEvents,
  displayName: 'SyncSettings',
});
