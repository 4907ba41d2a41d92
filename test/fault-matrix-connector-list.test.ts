/**
 * `<connector-list>` against every fault of every operation it calls itself (see
 * test/support/fault-matrix.ts): the list's reads (the types, the admin's own connectors,
 * all of them for a type's limit, the groups) and its row actions (activate, deactivate,
 * delete, join and leave a group). In a file of its own: test/fault-matrix.test.ts already
 * uses most of a file's time. A failing cell is a defect of the element, not of the test:
 * keep the expectation, fix `src/`.
 */
import './support/no-lit-warnings.js';
import { fixture, html } from '@open-wc/testing';
import '../src/components/connector-list/define.js';
import type { ConnectorListElement } from '../src/components/connector-list/connector-list.js';
import type { ApiAdapter } from '../src/api/adapter.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { isShown, type Cell, type FaultMatrixSpec, describeFaultMatrix } from './support/fault-matrix.js';
import { readable, textOf } from './support/wait.js';

type Listing = Cell<ConnectorListElement>;

// ---- the seeded connectors (the backend's user is Alex, the first of the fixtures) ---------------

const connectorNamed = (id: string) => fixtures.connectors.find((connector) => connector.id === id)!;
/** Alex's own registry connector: inactive, in the Housekeeping group. */
const surveySender = connectorNamed('connector-survey-sender');
/** Dana's registry connector: active, in the Front desk and Night shift groups. */
const arrivalsBot = connectorNamed('connector-arrivals-bot');
/** Dana's custom connector: the organisation's only one of a type with a limit of 10. */
const roomService = connectorNamed('connector-room-service-api');

const groupName = (id: string): string => fixtures.groups.find((group) => group.id === id)!.name;
const HOUSEKEEPING = groupName('housekeeping');
const MAINTENANCE = groupName('maintenance');
const CUSTOM_LIMIT = 10;

function mountList(attributes: { owner?: 'me' | 'all'; typeId?: string } = {}) {
  return (adapter: ApiAdapter, locale: string) =>
    fixture<ConnectorListElement>(
      html`<connector-list
        lang=${locale}
        owner=${attributes.owner ?? 'me'}
        type-id=${attributes.typeId ?? ''}
        .adapter=${adapter}
      ></connector-list>`,
    );
}

// ---- what the admin sees ------------------------------------------------------------------------

const row = (cell: Listing, connectorId: string): HTMLElement | undefined =>
  cell.find(`[part~="connector"][data-connector-id="${connectorId}"]`);

function inRow<T extends HTMLElement = HTMLElement>(cell: Listing, connectorId: string, part: string): T | undefined {
  const found = row(cell, connectorId)?.querySelector<T>(`[part~="${part}"]`);
  return found && isShown(found) ? found : undefined;
}

const listedIds = (cell: Listing): string[] => cell.all('[part~="connector"]').map((element) => element.dataset['connectorId'] ?? '');

/** The group names a connector's row lists. */
const groupsOf = (cell: Listing, connectorId: string): string[] =>
  [...(row(cell, connectorId)?.querySelectorAll<HTMLElement>('[part~="group"] > span[dir="auto"]') ?? [])].map((span) => textOf(span));

const statusLine = (cell: Listing): string => textOf(cell.find('[part~="status"]'));

const confirmation = (cell: Listing): HTMLDialogElement | undefined =>
  cell.element.shadowRoot?.querySelector<HTMLDialogElement>('dialog[part~="confirm-dialog"]') ?? undefined;

const confirmButton = (cell: Listing): HTMLButtonElement | undefined =>
  confirmation(cell)?.querySelector<HTMLButtonElement>('[part~="confirm-button"]') ?? undefined;

/** Exactly these connectors are listed, in any order, with the count saying so. */
async function listsExactly(cell: Listing, ids: string[]): Promise<void> {
  const wanted = [...ids].sort().join();
  const count = readable(cell.t('connectors.count', { count: ids.length }));
  try {
    await cell.waitFor(() => [...listedIds(cell)].sort().join() === wanted && textOf(cell.find('[part~="count"]')) === count, 'the connectors');
  } catch {
    throw new Error(
      `expected exactly ${ids.join(', ')} listed with "${count}"; listed: ${listedIds(cell).join(', ') || 'none'}, count: "${textOf(cell.find('[part~="count"]'))}"`,
    );
  }
}

/** A connector's status badge says `status` and the status line `announcement`. */
async function showsStatus(cell: Listing, connectorId: string, status: 'active' | 'inactive', announcement: string): Promise<void> {
  const label = readable(cell.t(`connectors.status.${status}`));
  const said = readable(announcement);
  try {
    await cell.waitFor(
      () => textOf(inRow(cell, connectorId, 'connector-status')) === label && statusLine(cell) === said,
      `${connectorId} ${status}`,
    );
  } catch {
    throw new Error(
      `expected ${connectorId} "${label}" and the status line "${said}"; shown: "${textOf(inRow(cell, connectorId, 'connector-status'))}", "${statusLine(cell)}"`,
    );
  }
}

/** The type names shown in the rows' details are `locale`'s, and none of `older`'s. */
async function showsTypeNamesIn(cell: Listing, locale: string, older?: string): Promise<void> {
  const names = async (tag: string) => (await cell.backend.listConnectorTypes({ locale: tag })).map((type) => type.name);
  const registry = async (tag: string) =>
    (await cell.backend.listConnectorTypes({ locale: tag })).find((type) => type.id === surveySender.typeId)!.name;
  const meta = () => textOf(inRow(cell, surveySender.id, 'connector-meta'));
  const wanted = await registry(locale);
  try {
    await cell.waitFor(() => meta().includes(wanted), `the ${locale} type name`);
  } catch {
    throw new Error(`expected "${wanted}" in ${surveySender.name}'s details; shown: "${meta()}"`);
  }
  if (older) {
    const newer = await names(locale);
    const stale = (await names(older)).filter((name) => !newer.includes(name) && cell.text().includes(name));
    if (stale.length > 0) throw new Error(`the older (${older}) type names still shown: ${stale.join(', ')}`);
  }
}

/** For the custom type: "n of 10" with the number used by the whole organisation, and not `not`. */
async function showsLimit(cell: Listing, used: number, locale = cell.locale, not?: number): Promise<void> {
  const said = async (count: number) =>
    readable(
      locale === cell.locale
        ? cell.t('connectors.limit', { count: CUSTOM_LIMIT, used: count })
        : await cell.tIn(locale, 'connectors.limit', { count: CUSTOM_LIMIT, used: count }),
    );
  const wanted = await said(used);
  const limit = () => textOf(cell.find('[part~="limit"]'));
  try {
    await cell.waitFor(() => limit() === wanted, `"${wanted}"`);
  } catch {
    throw new Error(`expected the limit line "${wanted}"; shown: "${limit()}"`);
  }
  if (not !== undefined && limit() === (await said(not))) throw new Error(`the older count (${not}) is shown`);
}

/** The way to take a connector out of a group, as the row words it (in `locale`). */
async function showsRemoveFrom(cell: Listing, group: string, locale = cell.locale): Promise<void> {
  const label = readable(
    locale === cell.locale
      ? cell.t('connectors.removeFromGroup', { group })
      : await cell.tIn(locale, 'connectors.removeFromGroup', { group }),
  );
  const button = () => inRow(cell, surveySender.id, 'remove-group-button');
  try {
    await cell.waitFor(() => textOf(button()) === label, `"${label}"`);
  } catch {
    throw new Error(`expected the button "${label}" in ${surveySender.name}'s groups; shown: "${textOf(button())}"`);
  }
}

// ---- acting on a row ----------------------------------------------------------------------------

async function clickInRow(cell: Listing, connectorId: string, part: string): Promise<void> {
  await cell.waitFor(() => inRow<HTMLButtonElement>(cell, connectorId, part)?.disabled === false, `${connectorId}'s ${part}`);
  inRow(cell, connectorId, part)!.click();
}

async function openConfirmation(cell: Listing, connectorId: string, part: string): Promise<void> {
  await clickInRow(cell, connectorId, part);
  await cell.waitFor(() => confirmation(cell)?.open === true, 'the confirmation');
}

async function confirmAgain(cell: Listing): Promise<void> {
  await cell.waitFor(() => confirmButton(cell)?.disabled === false, 'the confirm button');
  confirmButton(cell)!.click();
}

async function confirmationClosed(cell: Listing): Promise<void> {
  await cell.waitFor(() => confirmation(cell)?.open === false, 'the confirmation to close');
}

/** Chooses a group in a row's drop-down, as the admin does. */
async function chooseGroup(cell: Listing, connectorId: string, groupId: string): Promise<void> {
  await cell.waitFor(() => inRow(cell, connectorId, 'group-select') !== undefined, `${connectorId}'s groups to choose from`);
  const select = inRow<HTMLSelectElement>(cell, connectorId, 'group-select')!;
  select.focus();
  select.value = groupId;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  if (select.value !== groupId) throw new Error(`${groupId} cannot be chosen`);
}

/** The owner filter switched as the admin does. */
function showOwner(cell: Listing, owner: 'me' | 'all'): void {
  const select = cell.find<HTMLSelectElement>('[part~="owner-filter"]')!;
  select.value = owner;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function stored(cell: Listing, connectorId: string) {
  return (await cell.backend.listConnectors({ owner: 'all' })).find((connector) => connector.id === connectorId);
}

// ---- the spec ------------------------------------------------------------------------------------

const connectorList: FaultMatrixSpec<ConnectorListElement> = {
  tag: 'connector-list',
  locale: 'tr',
  // Every type, the connectors Alex created, unless a row mounts it otherwise.
  mount: mountList(),
  // What the nested <connector-form> calls once the admin adds, edits or reconnects (none of
  // these rows opens it): its own spec, in test/fault-matrix.test.ts, covers them.
  coveredElsewhere: ['createConnector', 'getConnector', 'updateConnector', 'authorizeConnector', 'listConnectorOptions'],
  operations: [
    {
      operation: 'listConnectorTypes',
      kind: 'read',
      loaded: async (cell) => {
        await listsExactly(cell, [surveySender.id]);
        await showsTypeNamesIn(cell, cell.locale);
      },
      stale: {
        // The host switches the language while the Turkish types are on their way.
        ask: async (cell) => {
          cell.element.lang = 'bg';
        },
        shown: (cell) => showsTypeNamesIn(cell, 'bg', 'tr'),
      },
    },
    {
      operation: 'listConnectors',
      label: 'listConnectors, created by me',
      kind: 'read',
      requests: (request) => new URL(request.url).searchParams.get('owner') === 'me',
      loaded: (cell) => listsExactly(cell, [surveySender.id]),
      stale: {
        // The admin switches to all connectors while their own are loading.
        ask: async (cell) => showOwner(cell, 'all'),
        shown: (cell) => listsExactly(cell, [arrivalsBot.id, surveySender.id, roomService.id]),
        // …and activates their survey sender before the older answer lands: it stays active.
        meanwhile: async (cell) => {
          await clickInRow(cell, surveySender.id, 'activate-button');
          await showsStatus(cell, surveySender.id, 'active', cell.t('connectors.activated'));
        },
        finally: async (cell) => {
          await listsExactly(cell, [arrivalsBot.id, surveySender.id, roomService.id]);
          await showsStatus(cell, surveySender.id, 'active', cell.t('connectors.activated'));
        },
      },
    },
    {
      // A type with a limit, listing the admin's own: all of the organisation's are counted
      // for "n of 10" (Alex has none; Dana's one counts).
      operation: 'listConnectors',
      label: 'listConnectors, all of a limited type',
      kind: 'read',
      mount: mountList({ typeId: 'custom-rest' }),
      requests: (request) => new URL(request.url).searchParams.get('owner') === 'all',
      loaded: async (cell) => {
        await showsLimit(cell, 1);
        await cell.waitForText([cell.t('connectors.emptyMine')], 'no connector of Alex’s');
      },
      stale: {
        // Dana's custom connector is deleted elsewhere, and the host switches the language:
        // the count asked before the deletion must not come back.
        ask: async (cell) => {
          await cell.backend.deleteConnector(roomService.id);
          cell.element.lang = 'bg';
        },
        shown: (cell) => showsLimit(cell, 0, 'bg', 1),
      },
    },
    {
      operation: 'listGroups',
      kind: 'read',
      loaded: (cell) => showsRemoveFrom(cell, HOUSEKEEPING),
      stale: {
        ask: async (cell) => {
          cell.element.lang = 'bg';
        },
        shown: (cell) => showsRemoveFrom(cell, HOUSEKEEPING, 'bg'),
      },
    },
    {
      // Activate, on Alex's inactive connector (no confirmation).
      operation: 'activateConnector',
      kind: 'write',
      prepare: (cell) => cell.waitFor(() => inRow<HTMLButtonElement>(cell, surveySender.id, 'activate-button')?.disabled === false, 'Activate'),
      act: async (cell) => inRow(cell, surveySender.id, 'activate-button')!.click(),
      retry: (cell) => clickInRow(cell, surveySender.id, 'activate-button'),
      input: (cell) => ({ status: textOf(inRow(cell, surveySender.id, 'connector-status')), listed: listedIds(cell) }),
      saved: (cell) => showsStatus(cell, surveySender.id, 'active', cell.t('connectors.activated')),
    },
    {
      // Deactivate, confirmed, on Dana's active connector among all of them.
      operation: 'deactivateConnector',
      kind: 'write',
      mount: mountList({ owner: 'all' }),
      prepare: (cell) => openConfirmation(cell, arrivalsBot.id, 'deactivate-button'),
      act: async (cell) => confirmButton(cell)!.click(),
      retry: confirmAgain,
      input: (cell) => ({
        confirmationOpen: confirmation(cell)?.open ?? false,
        status: textOf(inRow(cell, arrivalsBot.id, 'connector-status')),
      }),
      saved: async (cell) => {
        await confirmationClosed(cell);
        await showsStatus(cell, arrivalsBot.id, 'inactive', cell.t('connectors.deactivated'));
        await cell.waitFor(() => inRow(cell, arrivalsBot.id, 'inactive-note') !== undefined, 'what an inactive connector can do with groups');
      },
    },
    {
      // Delete, confirmed, on Alex's own connector.
      operation: 'deleteConnector',
      kind: 'write',
      prepare: (cell) => openConfirmation(cell, surveySender.id, 'delete-button'),
      act: async (cell) => confirmButton(cell)!.click(),
      retry: confirmAgain,
      input: (cell) => ({ confirmationOpen: confirmation(cell)?.open ?? false, listed: listedIds(cell) }),
      saved: async (cell) => {
        await confirmationClosed(cell);
        await cell.waitFor(() => row(cell, surveySender.id) === undefined && statusLine(cell) === readable(cell.t('connectors.deleted')), 'the row gone');
        await cell.waitForText([cell.t('connectors.emptyMine')], 'no connector of Alex’s left');
        if (await stored(cell, surveySender.id)) throw new Error('the connector is still stored');
      },
    },
    {
      // Join a group: Dana's active connector, among all, gets Maintenance.
      operation: 'addConnectorToGroup',
      kind: 'write',
      mount: mountList({ owner: 'all' }),
      prepare: (cell) => chooseGroup(cell, arrivalsBot.id, 'maintenance'),
      act: async (cell) => inRow(cell, arrivalsBot.id, 'add-group-button')!.click(),
      retry: (cell) => clickInRow(cell, arrivalsBot.id, 'add-group-button'),
      input: (cell) => ({
        chosen: inRow<HTMLSelectElement>(cell, arrivalsBot.id, 'group-select')?.value ?? null,
        groups: groupsOf(cell, arrivalsBot.id),
      }),
      saved: async (cell) => {
        const said = readable(cell.t('connectors.addedToGroup', { group: MAINTENANCE }));
        await cell.waitFor(() => groupsOf(cell, arrivalsBot.id).includes(MAINTENANCE) && statusLine(cell) === said, `${MAINTENANCE} joined`);
        if (!(await stored(cell, arrivalsBot.id))?.groups.some((membership) => membership.groupId === 'maintenance')) {
          throw new Error('the membership is not stored');
        }
      },
    },
    {
      // Leave a group, confirmed: Alex's inactive connector leaves Housekeeping.
      operation: 'removeConnectorFromGroup',
      kind: 'write',
      prepare: (cell) => openConfirmation(cell, surveySender.id, 'remove-group-button'),
      act: async (cell) => confirmButton(cell)!.click(),
      retry: confirmAgain,
      input: (cell) => ({ confirmationOpen: confirmation(cell)?.open ?? false, groups: groupsOf(cell, surveySender.id) }),
      saved: async (cell) => {
        await confirmationClosed(cell);
        const said = readable(cell.t('connectors.removedFromGroup', { group: HOUSEKEEPING }));
        await cell.waitFor(() => groupsOf(cell, surveySender.id).length === 0 && statusLine(cell) === said, `${HOUSEKEEPING} left`);
      },
    },
  ],
};

describeFaultMatrix(connectorList);
