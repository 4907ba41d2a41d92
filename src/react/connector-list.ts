import { createComponent } from '@lit/react';
import React from 'react';
import '../components/connector-list/define.js';
import { ConnectorListElement } from '../components/connector-list/connector-list.js';
import { PbConnectorActionRequestEvent } from '../events/connector-action-request-event.js';
import { PbConnectorActivatedEvent } from '../events/connector-activated-event.js';
import { PbConnectorCreatedEvent } from '../events/connector-created-event.js';
import { PbConnectorDeactivatedEvent } from '../events/connector-deactivated-event.js';
import { PbConnectorDeletedEvent } from '../events/connector-deleted-event.js';
import { PbConnectorGroupChangeEvent } from '../events/connector-group-change-event.js';
import { PbConnectorSavedEvent } from '../events/connector-saved-event.js';
import { PbErrorEvent } from '../events/error-event.js';
import { eventName, registeredTag } from './event-name.js';

/** The callback props of `<ConnectorList>`, one per event `<connector-list>` fires. */
export const connectorListEvents = {
  onPbConnectorCreated: eventName(PbConnectorCreatedEvent),
  onPbConnectorSaved: eventName(PbConnectorSavedEvent),
  onPbConnectorActivated: eventName(PbConnectorActivatedEvent),
  onPbConnectorDeactivated: eventName(PbConnectorDeactivatedEvent),
  onPbConnectorDeleted: eventName(PbConnectorDeletedEvent),
  onPbConnectorGroupChange: eventName(PbConnectorGroupChangeEvent),
  onPbConnectorActionRequest: eventName(PbConnectorActionRequestEvent),
  onPbError: eventName(PbErrorEvent),
};

/** `<connector-list>` as a React component. */
export const ConnectorList = createComponent({
  react: React,
  tagName: registeredTag(ConnectorListElement, 'connector-list'),
  elementClass: ConnectorListElement,
  events: connectorListEvents,
  displayName: 'ConnectorList',
});
