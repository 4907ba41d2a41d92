import { createComponent } from '@lit/react';
import React from 'react';
import '../components/connector-form/define.js';
import { ConnectorFormElement } from '../components/connector-form/connector-form.js';
import { PbConnectorActionRequestEvent } from '../events/connector-action-request-event.js';
import { PbConnectorActivatedEvent } from '../events/connector-activated-event.js';
import { PbConnectorAuthorizedEvent } from '../events/connector-authorized-event.js';
import { PbConnectorClosedEvent } from '../events/connector-closed-event.js';
import { PbConnectorCreatedEvent } from '../events/connector-created-event.js';
import { PbConnectorDeactivatedEvent } from '../events/connector-deactivated-event.js';
import { PbConnectorDeletedEvent } from '../events/connector-deleted-event.js';
import { PbConnectorSavedEvent } from '../events/connector-saved-event.js';
import { PbErrorEvent } from '../events/error-event.js';
import { eventName, registeredTag } from './event-name.js';

/** The callback props of `<ConnectorForm>`, one per event `<connector-form>` fires. */
export const connectorFormEvents = {
  onPbConnectorCreated: eventName(PbConnectorCreatedEvent),
  onPbConnectorSaved: eventName(PbConnectorSavedEvent),
  onPbConnectorAuthorized: eventName(PbConnectorAuthorizedEvent),
  onPbConnectorActivated: eventName(PbConnectorActivatedEvent),
  onPbConnectorDeactivated: eventName(PbConnectorDeactivatedEvent),
  onPbConnectorDeleted: eventName(PbConnectorDeletedEvent),
  onPbConnectorActionRequest: eventName(PbConnectorActionRequestEvent),
  onPbConnectorClosed: eventName(PbConnectorClosedEvent),
  onPbError: eventName(PbErrorEvent),
};

/** `<connector-form>` as a React component. */
export const ConnectorForm = createComponent({
  react: React,
  tagName: registeredTag(ConnectorFormElement, 'connector-form'),
  elementClass: ConnectorFormElement,
  events: connectorFormEvents,
  displayName: 'ConnectorForm',
});
