import { html, nothing, type TemplateResult } from 'lit';
import type { Connector } from '../../api/schemas.js';
import type { StringKey } from '../../i18n/keys.js';

export interface ConnectorActionHandlers {
  t: (key: StringKey) => string;
  busy: boolean;
  /** Whether the connector's type signs in to a service, so it can be reconnected. */
  reconnects: boolean;
  activate: () => void;
  deactivate: () => void;
  reconnect: () => void;
  delete: () => void;
}

/**
 * A connector's status buttons, alike wherever it is managed: Activate or Deactivate
 * (as its status allows), Reconnect, and Delete.
 */
export function renderConnectorActions(connector: Connector, handlers: ConnectorActionHandlers): TemplateResult {
  const { t, busy } = handlers;
  const button = (part: string, label: StringKey, onClick: () => void, danger = false) =>
    html`<button type="button" class=${danger ? 'button danger' : 'button'} part=${part} ?disabled=${busy} @click=${onClick}>
      ${t(label)}
    </button>`;
  return html`${connector.status === 'inactive'
      ? button('activate-button', 'connectors.activate', handlers.activate)
      : connector.status === 'active'
        ? button('deactivate-button', 'connectors.deactivate', handlers.deactivate)
        : nothing}
    ${handlers.reconnects ? button('reconnect-button', 'connectors.reconnect', handlers.reconnect) : nothing}
    ${button('delete-button', 'connectors.delete', handlers.delete, true)}`;
}
