import { createComponent } from '@lit/react';
import React from 'react';
import '../components/app-marketplace/define.js';
import { AppMarketplace as AppMarketplaceElement } from '../components/app-marketplace/app-marketplace.js';
import { PbActivatedEvent } from '../events/activated-event.js';
import { PbAppCloseEvent } from '../events/app-close-event.js';
import { PbAppOpenEvent } from '../events/app-open-event.js';
import { PbConsentEvent } from '../events/consent-event.js';
import { PbDeactivateRequestEvent } from '../events/deactivate-request-event.js';
import { PbDeactivatedEvent } from '../events/deactivated-event.js';
import { PbErrorEvent } from '../events/error-event.js';
import { PbNetworkSecurityChangeEvent } from '../events/network-security-change-event.js';
import { eventName, registeredTag } from './event-name.js';

/** The callback props of `<AppMarketplace>`, one per event `<app-marketplace>` fires. */
export const appMarketplaceEvents = {
  onPbAppOpen: eventName(PbAppOpenEvent),
  onPbAppClose: eventName(PbAppCloseEvent),
  onPbActivated: eventName(PbActivatedEvent),
  onPbDeactivateRequest: eventName(PbDeactivateRequestEvent),
  onPbDeactivated: eventName(PbDeactivatedEvent),
  onPbConsent: eventName(PbConsentEvent),
  onPbNetworkSecurityChange: eventName(PbNetworkSecurityChangeEvent),
  onPbError: eventName(PbErrorEvent),
};

/** `<app-marketplace>` as a React component. */
export const AppMarketplace = createComponent({
  react: React,
  tagName: registeredTag(AppMarketplaceElement, 'app-marketplace'),
  elementClass: AppMarketplaceElement,
  events: appMarketplaceEvents,
  displayName: 'AppMarketplace',
});
