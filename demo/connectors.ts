// The demo's Connectors section: the host's own list of connector types and connectors,
// and one <connector-form> at a time to set one up, edit it or reconnect it.
import type { ApiAdapter } from '../src/api/adapter.js';
import type { Connector, ConnectorStatus, ConnectorType } from '../src/api/schemas.js';
import type { ConnectorFormElement, ConnectorFormMode } from '../src/components/connector-form/connector-form.js';

/** The host's own words for a connector's status in its list (the host page speaks English). */
const STATUS_WORDS: Record<ConnectorStatus, string> = {
  draft: 'Not connected',
  authorized: 'Connected',
  active: 'Active',
  inactive: 'Inactive',
};

interface Elements {
  types: HTMLUListElement;
  connectors: HTMLUListElement;
  listStatus: HTMLElement;
  panel: HTMLElement;
  /** The section's title, focused when the form closes and its opener is gone (a deleted connector's). */
  heading: HTMLElement;
}

interface Opening {
  typeId?: string;
  connectorId?: string;
  mode: ConnectorFormMode;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The demo page has no #${id}.`);
  return found as T;
}

/** A button of the host's; `key` names what it opens, so focus can return to it after the list is redrawn. */
function button(label: string, key: string, onClick: () => void): HTMLButtonElement {
  const made = document.createElement('button');
  made.type = 'button';
  made.className = 'demo-button';
  made.dataset['opens'] = key;
  made.textContent = label;
  made.addEventListener('click', onClick);
  return made;
}

/**
 * A registry type issues a connector ID and a secret shown once; <connector-form> does not
 * show that secret, so the demo offers only the types whose form holds the whole set-up.
 */
function formFits(type: ConnectorType): boolean {
  return !type.issuesCredentials;
}

function hasLockedSteps(type: ConnectorType): boolean {
  return type.steps.some((step) => step.requiresAuthorization);
}

export function setUpConnectors(adapter: ApiAdapter): void {
  const ui: Elements = {
    types: element('connector-types'),
    connectors: element('connector-list'),
    listStatus: element('connector-list-status'),
    panel: element('connector-panel'),
    heading: element('connectors-title'),
  };
  let types: ConnectorType[] = [];
  let connectors: Connector[] = [];
  /** What the open form was opened with (a button's `data-opens`), to give focus back to that button when it closes. */
  let opener = '';
  /** Aborts the list's previous load when the language changes or a connector is saved meanwhile. */
  let loading: AbortController | undefined;

  const currentForm = (): ConnectorFormElement | null => ui.panel.querySelector('connector-form');

  function closeForm(): void {
    ui.panel.replaceChildren();
    ui.panel.hidden = true;
    // The list may have been redrawn meanwhile: the button is found again by what it opens.
    const back = [...document.querySelectorAll<HTMLElement>('[data-opens]')].find((candidate) => candidate.dataset['opens'] === opener);
    (back ?? ui.heading).focus();
    opener = '';
  }

  /** Shows a fresh form; a form with unsaved changes asks first (and stays, if the admin keeps editing). */
  function open(opening: Opening, from: string): void {
    const form = currentForm();
    if (form && !form.requestClose()) return;
    const made = document.createElement('connector-form');
    if (opening.typeId) made.setAttribute('type-id', opening.typeId);
    if (opening.connectorId) made.setAttribute('connector-id', opening.connectorId);
    made.setAttribute('mode', opening.mode);
    // The page's h1 is "Integrations" and this section's title an h2.
    made.setAttribute('heading-level', '3');
    ui.panel.replaceChildren(made);
    ui.panel.hidden = false;
    opener = from;
    made.scrollIntoView({ block: 'start' });
  }

  function renderTypes(): void {
    const items = types.filter(formFits).map((type) => {
      const item = document.createElement('li');
      item.className = 'type-card';
      const title = document.createElement('strong');
      title.textContent = type.name;
      title.dir = 'auto';
      const description = document.createElement('p');
      description.className = 'muted';
      description.textContent = type.description;
      description.dir = 'auto';
      const header = document.createElement('div');
      header.className = 'type-card-header';
      header.append(title);
      if (type.group) {
        const group = document.createElement('span');
        group.className = 'tag';
        group.textContent = type.group;
        header.append(group);
      }
      const used = connectors.filter((connector) => connector.typeId === type.id).length;
      const limit = type.maxPerOrganization;
      const full = limit !== null && used >= limit;
      const key = `create:${type.id}`;
      const action = button(used > 0 ? 'Add more' : 'Set up', key, () => open({ typeId: type.id, mode: 'create' }, key));
      action.disabled = full;
      item.append(header, description);
      if (limit !== null) {
        const count = document.createElement('p');
        count.className = 'muted small';
        count.textContent = `${used} of ${limit} used`;
        item.append(count);
      }
      item.append(action);
      return item;
    });
    ui.types.replaceChildren(...items);
  }

  function renderConnectors(): void {
    const known = connectors.filter((connector) => types.some((type) => type.id === connector.typeId && formFits(type)));
    ui.listStatus.textContent = known.length === 0 ? 'No connectors yet.' : '';
    ui.connectors.replaceChildren(
      ...known.map((connector) => {
        const type = types.find((candidate) => candidate.id === connector.typeId);
        const item = document.createElement('li');
        item.className = 'connector-row';
        const name = document.createElement('strong');
        name.textContent = connector.name;
        name.dir = 'auto';
        const details = document.createElement('span');
        details.className = 'muted small';
        details.textContent = `${type?.name ?? connector.typeId} · ${connector.ownerName}`;
        const status = document.createElement('span');
        status.className = 'status';
        status.dataset['status'] = connector.status;
        status.textContent = STATUS_WORDS[connector.status];
        const text = document.createElement('div');
        text.className = 'connector-text';
        text.append(name, details);
        const actions = document.createElement('div');
        actions.className = 'row-actions';
        const editKey = `edit:${connector.id}`;
        const edit = button('Edit', editKey, () => open({ connectorId: connector.id, mode: 'edit' }, editKey));
        edit.setAttribute('aria-label', `Edit ${connector.name}`);
        actions.append(edit);
        if (type && hasLockedSteps(type)) {
          const reconnectKey = `reconnect:${connector.id}`;
          const reconnect = button('Reconnect', reconnectKey, () =>
            open({ connectorId: connector.id, mode: 'reconnect' }, reconnectKey),
          );
          reconnect.setAttribute('aria-label', `Reconnect ${connector.name}`);
          actions.append(reconnect);
        }
        item.append(text, status, actions);
        return item;
      }),
    );
  }

  /** Loads the types (in the page's language) and the organisation's connectors, then lists them. */
  async function refresh(): Promise<void> {
    loading?.abort();
    const run = new AbortController();
    loading = run;
    const options = { signal: run.signal, locale: document.documentElement.lang || 'en' };
    try {
      [types, connectors] = await Promise.all([
        adapter.listConnectorTypes(options),
        adapter.listConnectors({ owner: 'all' }, options),
      ]);
    } catch (error) {
      if (run.signal.aborted) return;
      ui.listStatus.textContent = `The connectors could not be loaded (${error instanceof Error ? error.message : 'unknown error'}).`;
      return;
    }
    if (run.signal.aborted) return;
    renderTypes();
    renderConnectors();
  }

  // The form reports what it did; the host's list follows.
  for (const name of ['pb-connector-saved', 'pb-connector-status'] as const) {
    ui.panel.addEventListener(name, () => void refresh());
  }
  ui.panel.addEventListener('pb-connector-deleted', () => {
    closeForm();
    void refresh();
  });
  ui.panel.addEventListener('pb-connector-closed', closeForm);

  // Type names and descriptions come from the backend in the page's language.
  new MutationObserver(() => void refresh()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  void refresh();
}
