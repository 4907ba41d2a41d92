import { PbAccountLinkedEvent } from './account-linked-event.js';
import { PbAccountLinkCancelEvent } from './account-link-cancel-event.js';
import { PbAccountRemovedEvent } from './account-removed-event.js';
import { PbAccountSettingsSavedEvent } from './account-settings-saved-event.js';
import { PbSyncSettingsSavedEvent } from './sync-settings-saved-event.js';
import { PbSyncRunEvent } from './sync-run-event.js';
import { PbSyncActionRequestEvent } from './sync-action-request-event.js';
import { PbActivatedEvent } from './activated-event.js';
import { PbAppCloseEvent } from './app-close-event.js';
import { PbAppOpenEvent } from './app-open-event.js';
import { PbConnectorActionRequestEvent } from './connector-action-request-event.js';
import { PbConnectorActivatedEvent } from './connector-activated-event.js';
import { PbConnectorAuthorizedEvent } from './connector-authorized-event.js';
import { PbConnectorClosedEvent } from './connector-closed-event.js';
import { PbConnectorCreatedEvent } from './connector-created-event.js';
import { PbConnectorDeactivatedEvent } from './connector-deactivated-event.js';
import { PbConnectorDeletedEvent } from './connector-deleted-event.js';
import { PbConnectorGroupChangeEvent } from './connector-group-change-event.js';
import { PbConnectorSavedEvent } from './connector-saved-event.js';
import { PbConsentCancelEvent } from './consent-cancel-event.js';
import { PbConsentEvent } from './consent-event.js';
import { PbDeactivateRequestEvent } from './deactivate-request-event.js';
import { PbDeactivatedEvent } from './deactivated-event.js';
import { PbErrorEvent } from './error-event.js';
import { PbNetworkSecurityChangeEvent } from './network-security-change-event.js';

/**
 * The name of every event the elements fire to the host page (all bubble out of their
 * shadow roots), for a host that logs or forwards them all.
 */
export const PLUGBOARD_EVENT_NAMES = [
  PbAppOpenEvent.eventName,
  PbAppCloseEvent.eventName,
  PbConsentEvent.eventName,
  PbConsentCancelEvent.eventName,
  PbActivatedEvent.eventName,
  PbDeactivateRequestEvent.eventName,
  PbDeactivatedEvent.eventName,
  PbNetworkSecurityChangeEvent.eventName,
  PbConnectorCreatedEvent.eventName,
  PbConnectorSavedEvent.eventName,
  PbConnectorAuthorizedEvent.eventName,
  PbConnectorActivatedEvent.eventName,
  PbConnectorDeactivatedEvent.eventName,
  PbConnectorGroupChangeEvent.eventName,
  PbConnectorDeletedEvent.eventName,
  PbConnectorActionRequestEvent.eventName,
  PbConnectorClosedEvent.eventName,
  PbAccountLinkedEvent.eventName,
  PbAccountLinkCancelEvent.eventName,
  PbAccountRemovedEvent.eventName,
  PbAccountSettingsSavedEvent.eventName,
  PbSyncSettingsSavedEvent.eventName,
  PbSyncRunEvent.eventName,
  PbSyncActionRequestEvent.eventName,
  PbErrorEvent.eventName,
] as const;
