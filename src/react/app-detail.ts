import { createComponent } from '@lit/react';
import React from 'react';
import '../components/app-detail/define.js';
import { AppDetailElement } from '../components/app-detail/app-detail.js';
import { PbActivatedEvent } from '../events/activated-event.js';
import { PbConsentEvent } from '../events/consent-event.js';
import { PbDeactivateRequestEvent } from '../events/deactivate-request-event.js';
import { PbDeactivatedEvent } from '../events/deactivated-event.js';
import { PbErrorEvent } from '../events/error-event.js';
import { eventName, registeredTag } from './event-name.js';

/** The callback props of `<AppDetail>`, one per event `<app-detail>` fires. */
export const appDetailEvents = {
  onPbActivated: eventName(PbActivatedEvent),
  onPbDeactivateRequest: eventName(PbDeactivateRequestEvent),
  onPbDeactivated: eventName(PbDeactivatedEvent),
  onPbConsent: eventName(PbConsentEvent),
  onPbError: eventName(PbErrorEvent),
};

/** `<app-detail>` as a React component. */
export const AppDetail = createComponent({
  react: React,
  tagName: registeredTag(AppDetailElement, 'app-detail'),
  elementClass: AppDetailElement,
  events: appDetailEvents,
  displayName: 'AppDetail',
});
