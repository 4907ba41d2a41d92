import { createComponent } from '@lit/react';
import React from 'react';
import '../components/consent-dialog/define.js';
import { ConsentDialog as ConsentDialogElement } from '../components/consent-dialog/consent-dialog.js';
import { PbConsentCancelEvent } from '../events/consent-cancel-event.js';
import { PbConsentEvent } from '../events/consent-event.js';
import { eventName, registeredTag } from './event-name.js';

/** The callback props of `<ConsentDialog>`, one per event `<consent-dialog>` fires. */
export const consentDialogEvents = {
  onPbConsent: eventName(PbConsentEvent),
  onPbConsentCancel: eventName(PbConsentCancelEvent),
};

/** `<consent-dialog>` as a React component. */
export const ConsentDialog = createComponent({
  react: React,
  tagName: registeredTag(ConsentDialogElement, 'consent-dialog'),
  elementClass: ConsentDialogElement,
  events: consentDialogEvents,
  displayName: 'ConsentDialog',
});
