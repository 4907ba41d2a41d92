// <connector-list> for everyone, against the MemoryAdapter: axe (WCAG and best practice) in
// every state, in the light and the dark theme; headings at the host's level; a registry
// connector created, its ID copied, added to a group, deactivated and removed from the group
// by keyboard alone; and what a screen reader is told (named articles and button groups, the
// polite status line, the limit as the add button's description, named copy buttons).
import './support/no-lit-warnings.js';
import { expect, fixture, fixtureCleanup, html, nextFrame } from '@open-wc/testing';
import type * as Axe from 'axe-core';
import type { TemplateResult } from 'lit';
import '../src/components/connector-list/define.js';
import type { ConnectorListElement } from '../src/components/connector-list/connector-list.js';
import type { Fixtures } from '../src/api/memory/fixture-types.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import en from '../src/i18n/locales/en.json';
import { axeViolations, headingLevels, linkThemeSheets } from './support/axe.js';
import { controlId, enter, formPart } from './support/connector-fields.js';
import {
  click,
  confirmDialog,
  formDialog,
  groupNames,
  inRow,
  names,
  nestedForm,
  part,
  parts,
  row,
  seedCustom,
  settled,
  stubClipboard,
} from './support/connector-list.js';
import { focused, press, tabTo, type } from './support/keyboard.js';
import { textOf, waitFor } from './support/wait.js';

// ---- fixtures -------------------------------------------------------------------------------

/** The seeds with a third admin, Sam, who has created no connectors. */
const withNewcomer: Fixtures = { ...fixtures, users: [...fixtures.users, { id: 'user-sam', name: 'Sam Lee' }] };

function newAdapter(options: { userId?: string; latency?: number } = {}): MemoryAdapter {
  return new MemoryAdapter({ fixtures: withNewcomer, latency: options.latency ?? 0, userId: options.userId ?? 'user-alex' });
}

/** A locale string with its `{{placeholders}}` filled in. */
function say(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)(?:\s*,\s*number)?\s*\}\}/g, (_, key: string) => String(values[key]));
}

// ---- the theme ------------------------------------------------------------------------------

linkThemeSheets();

// ---- the page -------------------------------------------------------------------------------

interface Page {
  page: HTMLElement;
  list: ConnectorListElement;
}

/**
 * A host settings page (a landmark, an h1) holding the list, the adapter given before it
 * loads; `above` goes between the h1 and the list (an h2 for a list at level 3).
 */
async function renderPage(adapter: MemoryAdapter, list: TemplateResult, above: TemplateResult | null = null): Promise<Page> {
  const page = await fixture<HTMLElement>(html`<main class="page">
    <h1>Settings</h1>
    ${above} ${list}
  </main>`);
  const element = page.querySelector('connector-list')!;
  element.adapter = adapter;
  return { page, list: element };
}

async function loadedPage(adapter: MemoryAdapter, list: TemplateResult, above: TemplateResult | null = null): Promise<Page> {
  const page = await renderPage(adapter, list, above);
  await settled(page.list, 'en');
  return page;
}

/** Opens "New connector" on a registry list, fills it in and submits; resolves on the credentials panel. */
async function createRegistry(list: ConnectorListElement, name: string, description: string): Promise<HTMLElement> {
  await click(list, part(list, 'add-button'));
  const form = await nestedForm(list);
  enter(form, controlId('rest-registry', 'name'), name);
  enter(form, controlId('rest-registry', 'description'), description);
  formPart(form, 'submit-button')!.click();
  await waitFor(() => !!formPart(form, 'credentials'), 'the credentials panel');
  return form;
}

/** Axe finds nothing in the light theme, then in the dark one; the page returns to light. */
async function expectAccessible({ page, list }: Page, state: string): Promise<void> {
  await list.updateComplete;
  expect(await axeViolations(page), `${state}, light`).to.deep.equal([]);
  page.dataset['pbTheme'] = 'dark';
  try {
    expect(getComputedStyle(list).colorScheme, `${state}: dark theme applied`).to.equal('dark');
    expect(await axeViolations(page), `${state}, dark`).to.deep.equal([]);
  } finally {
    delete page.dataset['pbTheme'];
  }
}

// ---- what assistive technology is told --------------------------------------------------------

interface AxeCommons {
  setup: (root?: Element | Document) => unknown;
  teardown: () => void;
  commons: { text: { accessibleText: (element: Element) => string }; aria: { getRole: (element: Element) => string | null } };
}

/** The accessible role and name of `element`, as axe computes them (through shadow roots). */
function accessibility(element: Element): { role: string | null; name: string } {
  const axe = (globalThis as unknown as { axe: typeof Axe & AxeCommons }).axe;
  axe.setup(document);
  try {
    return { role: axe.commons.aria.getRole(element), name: axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim() };
  } finally {
    axe.teardown();
  }
}

/** The text of the elements an `aria-describedby` names, in the element's own tree. */
function description(element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const root = element.getRootNode() as ShadowRoot | Document;
  return ids.map((id) => textOf(root.getElementById(id))).join(' ');
}

/**
 * Lets the browser render a frame, so focus left on an element that is no longer rendered
 * (inside a closed dialog, removed) has fallen back to the body before focus is judged.
 */
async function rendered(list: ConnectorListElement): Promise<void> {
  await list.updateComplete;
  await nextFrame();
}

/** Whether nothing has focus: the document's body (or nothing at all) is active. */
function focusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

// ---- axe in every state --------------------------------------------------------------------------

describe('<connector-list> accessibility', () => {
  it('passes axe while loading', async () => {
    const page = await renderPage(newAdapter({ latency: 60_000 }), html`<connector-list type-id="rest-registry"></connector-list>`);
    await waitFor(() => textOf(part(page.list, 'loading')) === en.common.loading, 'the loading message');
    expect(part(page.list, 'loading')!.getAttribute('role')).to.equal('status');
    expect(part(page.list, 'list')).to.equal(null);
    await expectAccessible(page, 'loading');
  });

  it('passes axe when the signed-in admin has created no connectors (owner me)', async () => {
    const page = await loadedPage(newAdapter({ userId: 'user-sam' }), html`<connector-list></connector-list>`);
    const empty = part(page.list, 'empty')!;
    expect(textOf(empty.querySelector('p'))).to.equal(en.connectors.emptyMine);
    expect([...empty.querySelectorAll('button')].map((button) => textOf(button))).to.deep.equal([
      en.connectors.setUp,
      en.connectors.showAllConnectors,
    ]);
    await expectAccessible(page, 'empty, mine');
  });

  it('passes axe with a failed load and Retry', async () => {
    const adapter = newAdapter();
    adapter.simulateError('listConnectors', 'server');
    const page = await loadedPage(adapter, html`<connector-list></connector-list>`);
    const error = part(page.list, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.equal(`${en.connectors.listFailed} ${en.errors.server} ${en.common.retry}`);
    expect(textOf(part(page.list, 'retry-button'))).to.equal(en.common.retry);
    await expectAccessible(page, 'load error');
  });

  it('passes axe with all registry connectors listed, with groups and the inactive note', async () => {
    const page = await loadedPage(newAdapter(), html`<connector-list type-id="rest-registry" owner="all"></connector-list>`);
    expect(names(page.list)).to.deep.equal(['Arrivals bot', 'Guest survey sender']);
    expect(groupNames(page.list, 'Arrivals bot')).to.deep.equal(['Front desk', 'Night shift']);
    expect(inRow(page.list, 'Arrivals bot', 'group-select')).to.not.equal(null);
    expect(textOf(inRow(page.list, 'Guest survey sender', 'inactive-note'))).to.equal(en.connectors.inactiveGroupsNote);
    await expectAccessible(page, 'registry, all');
  });

  it('passes axe with the custom connectors at their limit, adding disabled with the reason', async () => {
    const adapter = newAdapter();
    await seedCustom(adapter, 9);
    const page = await loadedPage(adapter, html`<connector-list type-id="custom-rest" owner="all"></connector-list>`);
    expect(names(page.list)).to.have.length(10);
    expect(part<HTMLButtonElement>(page.list, 'add-button')!.disabled).to.equal(true);
    expect(textOf(part(page.list, 'limit-reached'))).to.equal(say(en.connectors.limitReached_other, { count: 10 }));
    await expectAccessible(page, 'custom, at the limit');
  });

  it('passes axe with the service picker open', async () => {
    const page = await loadedPage(newAdapter(), html`<connector-list owner="all"></connector-list>`);
    await click(page.list, part(page.list, 'add-button'));
    await waitFor(() => formDialog(page.list).open && !!part(page.list, 'service-picker'), 'the service picker');
    expect(parts(page.list, 'service').length).to.be.greaterThan(1);
    await expectAccessible(page, 'service picker');
  });

  it('passes axe with the form open in its dialog, for a custom and for a registry connector', async () => {
    for (const typeId of ['custom-rest', 'rest-registry']) {
      const page = await loadedPage(newAdapter(), html`<connector-list type-id=${typeId}></connector-list>`);
      await click(page.list, part(page.list, 'add-button'));
      const form = await nestedForm(page.list);
      expect(formPart(form, 'form'), `${typeId}: the form`).to.not.equal(null);
      expect(formDialog(page.list).getAttribute('aria-label')).to.equal(en.connectors.addTitle);
      await expectAccessible(page, `form dialog, ${typeId}`);
      fixtureCleanup();
    }
  });

  it('passes axe with a new registry connector’s one-time credentials shown', async () => {
    const page = await loadedPage(newAdapter(), html`<connector-list type-id="rest-registry"></connector-list>`);
    const form = await createRegistry(page.list, 'Minibar sync', 'Sends minibar consumption to the folios.');
    expect(textOf(formPart(form, 'secret-warning'))).to.equal(en.connectors.secretOnce);
    expect(textOf(formPart(form, 'client-secret')?.querySelector('[part~="credential-value"]'))).to.not.equal('');
    await expectAccessible(page, 'one-time credentials');

    formPart(form, 'credentials-close-button')!.click();
    await waitFor(() => formPart<HTMLDialogElement>(form, 'confirm-dialog')?.open === true, 'the question whether the secret was copied');
    expect(textOf(formPart(form, 'confirm-title'))).to.equal(en.connectors.secretCopiedTitle);
    await expectAccessible(page, 'one-time credentials, close question');
  });

  it('passes axe with each confirmation open: deactivate, delete, remove from a group', async () => {
    const page = await loadedPage(newAdapter(), html`<connector-list type-id="rest-registry" owner="all"></connector-list>`);
    const cases = [
      ['deactivate', 'Arrivals bot', 'deactivate-button', say(en.connectors.deactivateTitle, { name: 'Arrivals bot' })],
      ['delete', 'Guest survey sender', 'delete-button', say(en.connectors.deleteTitle, { name: 'Guest survey sender' })],
      [
        'remove from group',
        'Arrivals bot',
        'remove-group-button',
        say(en.connectors.removeFromGroupTitle, { name: 'Arrivals bot', group: 'Front desk' }),
      ],
    ] as const;
    for (const [action, name, button, title] of cases) {
      inRow(page.list, name, button)!.focus();
      await press('Enter');
      await waitFor(() => confirmDialog(page.list).open, `the ${action} confirmation`);
      expect(textOf(part(page.list, 'confirm-title')), action).to.equal(title);
      await expectAccessible(page, `confirm ${action}`);
      expect(focused(), `${action}: the way back focused`).to.equal(part(page.list, 'confirm-cancel-button'));
      await press('Enter');
      await waitFor(() => !confirmDialog(page.list).open, `the ${action} confirmation to close`);
      await rendered(page.list);
      expect(focused(), `${action}: focus back on the button that asked`).to.equal(inRow(page.list, name, button));
    }
    expect(names(page.list), 'nothing changed').to.deep.equal(['Arrivals bot', 'Guest survey sender']);
  });

  it('puts its headings at the host page level (2 and 3)', async () => {
    for (const level of [2, 3]) {
      const { page, list } = await loadedPage(
        newAdapter(),
        html`<connector-list type-id="rest-registry" owner="all" heading-level=${level}></connector-list>`,
        level === 3 ? html`<h2>Integrations</h2>` : null,
      );
      expect(part(list, 'title')!.localName, `level ${level}`).to.equal(`h${level}`);
      // The title; each connector one below, its groups two below; the (closed) confirmation's title one below.
      expect(headingLevels(list.shadowRoot!), `level ${level}`).to.deep.equal([
        level,
        level + 1,
        level + 2,
        level + 1,
        level + 2,
        level + 1,
      ]);
      const outline = headingLevels(page);
      for (let index = 1; index < outline.length; index += 1) {
        expect(outline[index]! - outline[index - 1]!, `level ${level}: no level skipped in ${outline.join(' ')}`).to.be.at.most(1);
      }
      expect(await axeViolations(page), `level ${level}`).to.deep.equal([]);

      // The picker's title and the nested form's at the list's level too, inside the modal dialog.
      await click(list, part(list, 'add-button'));
      const form = await nestedForm(list);
      expect(formPart(form, 'title')!.localName, `level ${level}: the form's title`).to.equal(`h${level}`);
      fixtureCleanup();

      const picking = await loadedPage(newAdapter(), html`<connector-list owner="all" heading-level=${level}></connector-list>`);
      await click(picking.list, part(picking.list, 'add-button'));
      await waitFor(() => !!part(picking.list, 'service-picker'), 'the service picker');
      expect(picking.list.shadowRoot!.querySelector('#picker-title')!.localName, `level ${level}: the picker's title`).to.equal(
        `h${level + 1}`,
      );
      fixtureCleanup();
    }
  });
});

// ---- keyboard only ------------------------------------------------------------------------------

describe('<connector-list> by keyboard alone', () => {
  it('creates a registry connector, copies its ID, adds it to a group, deactivates it and removes it from the group', async () => {
    const adapter = newAdapter();
    const { list } = await loadedPage(adapter, html`<connector-list type-id="rest-registry"></connector-list>`);
    const isPart = (name: string) => (element: HTMLElement) => element.matches(`[part~="${name}"]`);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(focusLost(), 'focus starts on the page').to.equal(true);

    // The owner filter, to all connectors.
    const filter = (await tabTo(isPart('owner-filter'))) as HTMLSelectElement;
    expect(filter.value).to.equal('me');
    expect(names(list)).to.deep.equal(['Guest survey sender']);
    await press('ArrowDown');
    await waitFor(() => filter.value === 'all' && list.getAttribute('owner') === 'all', 'the filter on all connectors');
    await settled(list, 'en');
    await waitFor(() => names(list).length === 2, 'all registry connectors');
    expect(names(list)).to.deep.equal(['Arrivals bot', 'Guest survey sender']);
    expect(focused(), 'focus stays on the filter through the reload').to.equal(part(list, 'owner-filter'));

    // New connector: name, description, create.
    const add = await tabTo(isPart('add-button'));
    expect(textOf(add)).to.equal(en.connectors.newConnector);
    await press('Enter');
    const form = await nestedForm(list);
    const nameId = controlId('rest-registry', 'name');
    const descriptionId = controlId('rest-registry', 'description');
    await waitFor(() => !focusLost(), 'focus in the dialog');
    if (focused()?.id !== nameId) await tabTo((element) => element.id === nameId);
    expect(formDialog(list).contains(form) && form.shadowRoot!.contains(focused()), 'focus in the form').to.equal(true);
    await type('Minibar sync');
    await tabTo((element) => element.id === descriptionId, 5);
    await type('Sends minibar consumption to the folios.');
    await tabTo(isPart('submit-button'), 10);
    await press('Enter');
    await waitFor(() => !!formPart(form, 'credentials'), 'the credentials panel');
    await waitFor(() => names(list).includes('Minibar sync'), 'the new connector listed');
    expect(textOf(part(list, 'status'))).to.equal(en.connectors.created);

    // Copy the Connector ID.
    const shownId = textOf(formPart(form, 'client-id')?.querySelector('[part~="credential-value"]'));
    expect(shownId, 'a Connector ID is shown').to.not.equal('');
    expect(focusLost(), 'focus is not dropped when the credentials appear').to.equal(false);
    const clipboard = stubClipboard();
    try {
      if (!focused()?.matches('[part~="copy-client-id-button"]')) await tabTo(isPart('copy-client-id-button'), 10);
      await press('Enter');
      const status = () => textOf(formPart(form, 'credentials')?.querySelector('[part~="status"]'));
      await waitFor(() => status() === en.connectors.copiedId, 'the copy confirmation');
      expect(clipboard.written).to.deep.equal([shownId]);
      expect(formPart(form, 'credentials')!.querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
      expect(focused(), 'focus stays on Copy').to.equal(formPart(form, 'copy-client-id-button'));
    } finally {
      clipboard.restore();
    }

    // Close the panel: "Have you copied the connector secret?" — Yes, close.
    await tabTo(isPart('credentials-close-button'), 10);
    await press('Enter');
    const question = formPart<HTMLDialogElement>(form, 'confirm-dialog')!;
    await waitFor(() => question.open, 'the question whether the secret was copied');
    expect(textOf(formPart(form, 'confirm-title'))).to.equal(en.connectors.secretCopiedTitle);
    expect(question.contains(focused()), 'focus in the question').to.equal(true);
    const yes = await tabTo(isPart('confirm-button'), 5);
    expect(textOf(yes)).to.equal(en.connectors.secretCopiedConfirm);
    await press('Enter');
    await waitFor(() => !formDialog(list).open, 'the dialog to close');
    await rendered(list);
    expect(focused(), 'focus back on New connector').to.equal(part(list, 'add-button'));
    expect(names(list)).to.deep.equal(['Arrivals bot', 'Guest survey sender', 'Minibar sync']);
    const [stored] = (await adapter.listConnectors({ owner: 'me', typeId: 'rest-registry' })).filter((c) => c.name === 'Minibar sync');
    expect(stored!.clientId).to.equal(shownId);
    expect(textOf(inRow(list, 'Minibar sync', 'credential-value')), 'the row shows the same ID').to.equal(shownId);

    const inNew = (name: string) => (element: HTMLElement) =>
      element.matches(`[part~="${name}"]`) && element.closest('[part~="connector"]') === row(list, 'Minibar sync');

    // Add it to a group: the drop-down, then Add to group.
    expect(groupNames(list, 'Minibar sync')).to.deep.equal([]);
    const select = (await tabTo(inNew('group-select'))) as HTMLSelectElement;
    expect(select.value).to.equal('front-desk');
    await press('ArrowDown');
    await waitFor(() => select.value === 'housekeeping', 'Housekeeping chosen');
    await tabTo(inNew('add-group-button'), 3);
    await press('Enter');
    await waitFor(() => groupNames(list, 'Minibar sync').includes('Housekeeping'), 'Housekeeping listed');
    await rendered(list);
    expect(groupNames(list, 'Minibar sync')).to.deep.equal(['Housekeeping']);
    expect(textOf(part(list, 'status'))).to.equal(say(en.connectors.addedToGroup, { group: 'Housekeeping' }));
    expect(focusLost(), 'focus is kept after adding to a group').to.equal(false);
    expect(row(list, 'Minibar sync').contains(focused()), 'focus stays in the connector').to.equal(true);

    // Deactivate, confirmed.
    const deactivate = await tabTo(inNew('deactivate-button'));
    await press('Enter');
    await waitFor(() => confirmDialog(list).open, 'the deactivate confirmation');
    expect(textOf(part(list, 'confirm-title'))).to.equal(say(en.connectors.deactivateTitle, { name: 'Minibar sync' }));
    expect(focused(), 'the way back focused first').to.equal(part(list, 'confirm-cancel-button'));
    await tabTo(isPart('confirm-button'), 3);
    expect(textOf(focused())).to.equal(en.connectors.deactivateConfirm);
    await press('Enter');
    await waitFor(() => !confirmDialog(list).open, 'the confirmation to close');
    await rendered(list);
    expect(textOf(inRow(list, 'Minibar sync', 'connector-status'))).to.equal(en.connectors.status.inactive);
    expect(textOf(part(list, 'status'))).to.equal(en.connectors.deactivated);
    expect(textOf(inRow(list, 'Minibar sync', 'inactive-note'))).to.equal(en.connectors.inactiveGroupsNote);
    expect(groupNames(list, 'Minibar sync'), 'the group keeps its token').to.deep.equal(['Housekeeping']);
    expect(focusLost(), 'focus is kept after deactivating').to.equal(false);
    expect(row(list, 'Minibar sync').contains(focused()), `focus back in the connector (on ${textOf(focused())})`).to.equal(true);
    expect(deactivate.isConnected, 'the status button stays').to.equal(true);

    // Remove it from the group, confirmed.
    await tabTo(inNew('remove-group-button'));
    expect(textOf(focused())).to.equal(say(en.connectors.removeFromGroup, { group: 'Housekeeping' }));
    await press('Enter');
    await waitFor(() => confirmDialog(list).open, 'the remove confirmation');
    expect(textOf(part(list, 'confirm-title'))).to.equal(
      say(en.connectors.removeFromGroupTitle, { name: 'Minibar sync', group: 'Housekeeping' }),
    );
    expect(textOf(part(list, 'confirm-dialog')!.querySelector('#confirm-body'))).to.equal(en.connectors.removeFromGroupInactiveBody);
    await tabTo(isPart('confirm-button'), 3);
    expect(textOf(focused())).to.equal(en.connectors.removeFromGroupConfirm);
    await press('Enter');
    await waitFor(() => !confirmDialog(list).open, 'the confirmation to close');
    await rendered(list);
    expect(groupNames(list, 'Minibar sync')).to.deep.equal([]);
    expect(textOf(inRow(list, 'Minibar sync', 'groups'))).to.contain(en.connectors.noGroups);
    expect(textOf(part(list, 'status'))).to.equal(say(en.connectors.removedFromGroup, { group: 'Housekeeping' }));
    expect(focusLost(), 'focus is kept after the group button left').to.equal(false);
    expect(row(list, 'Minibar sync').contains(focused()), `focus in the connector (on ${textOf(focused())})`).to.equal(true);

    const after = await adapter.getConnector(stored!.id);
    expect(after.status).to.equal('inactive');
    expect(after.groups).to.deep.equal([]);
  });
  it('deletes a connector, confirmed, and leaves focus on the nearest control, not on the page', async () => {
    const adapter = newAdapter();
    const { list } = await loadedPage(adapter, html`<connector-list type-id="rest-registry" owner="all"></connector-list>`);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo((element) => element.matches('[part~="delete-button"]') && row(list, 'Arrivals bot').contains(element));
    await press('Enter');
    await waitFor(() => confirmDialog(list).open, 'the delete confirmation');
    expect(textOf(part(list, 'confirm-title'))).to.equal(say(en.connectors.deleteTitle, { name: 'Arrivals bot' }));
    await tabTo((element) => element.matches('[part~="confirm-button"]'), 3);
    await press('Enter');
    await waitFor(() => !confirmDialog(list).open, 'the confirmation to close');
    await rendered(list);
    expect(names(list)).to.deep.equal(['Guest survey sender']);
    expect(textOf(part(list, 'status'))).to.equal(en.connectors.deleted);
    expect(focusLost(), 'focus is kept after the row left').to.equal(false);
    expect(row(list, 'Guest survey sender').contains(focused()), `focus on the next connector (on ${textOf(focused())})`).to.equal(true);
  });
});

// ---- screen-reader semantics ----------------------------------------------------------------------

describe('<connector-list> for screen readers', () => {
  it('names each connector’s article and its group of buttons by the connector', async () => {
    const { list } = await loadedPage(newAdapter(), html`<connector-list owner="all"></connector-list>`);
    const rows = parts(list, 'connector');
    expect(names(list)).to.have.members(['Arrivals bot', 'Guest survey sender', 'Room service API']);
    expect(rows.map((candidate) => accessibility(candidate))).to.deep.equal(names(list).map((name) => ({ role: 'article', name })));
    for (const candidate of rows) {
      const name = textOf(candidate.querySelector('[part~="connector-name"]'));
      expect(/^h[1-6]$/.test(candidate.querySelector('[part~="connector-name"]')!.localName), `${name}: a heading`).to.equal(true);
      const actions = candidate.querySelector('[part~="actions"]')!;
      expect(accessibility(actions), `${name}: its buttons`).to.deep.equal({ role: 'group', name });
      expect(actions.querySelectorAll('button').length, `${name}: buttons in the group`).to.be.greaterThan(1);
    }
  });

  it('says changes and copies in the polite status line', async () => {
    const adapter = newAdapter();
    const { list } = await loadedPage(adapter, html`<connector-list type-id="rest-registry" owner="all"></connector-list>`);
    const status = part(list, 'status')!;
    expect(accessibility(status).role).to.equal('status');
    expect(status.getAttribute('aria-live') ?? 'polite', 'polite').to.equal('polite');
    const clipboard = stubClipboard();
    try {
      await click(list, inRow(list, 'Arrivals bot', 'copy-client-id-button'));
      await waitFor(() => textOf(part(list, 'status')) === en.connectors.copiedId, 'the copy said');
      expect(clipboard.written).to.deep.equal([(await adapter.getConnector('connector-arrivals-bot')).clientId]);
    } finally {
      clipboard.restore();
    }
    expect(part(list, 'status'), 'the same live region').to.equal(status);
  });

  it('gives the add button the limit as its description, and none where no limit applies', async () => {
    const adapter = newAdapter();
    const custom = await loadedPage(adapter, html`<connector-list type-id="custom-rest" owner="all"></connector-list>`);
    const add = part(custom.list, 'add-button')!;
    expect(accessibility(add).name).to.equal(en.connectors.addMore);
    expect(description(add)).to.equal(say(en.connectors.limit_other, { used: 1, count: 10 }));
    fixtureCleanup();

    await seedCustom(adapter, 9);
    const full = await loadedPage(adapter, html`<connector-list type-id="custom-rest" owner="all"></connector-list>`);
    const disabled = part<HTMLButtonElement>(full.list, 'add-button')!;
    expect(disabled.disabled).to.equal(true);
    expect(description(disabled)).to.equal(say(en.connectors.limitReached_other, { count: 10 }));
    fixtureCleanup();

    const registry = await loadedPage(adapter, html`<connector-list type-id="rest-registry"></connector-list>`);
    const unlimited = part(registry.list, 'add-button')!;
    expect(accessibility(unlimited).name).to.equal(en.connectors.newConnector);
    expect(unlimited.hasAttribute('aria-describedby'), 'no limit to describe').to.equal(false);
  });

  it('names the copy buttons in the rows and in the one-time credentials', async () => {
    const { list } = await loadedPage(newAdapter(), html`<connector-list type-id="rest-registry" owner="all"></connector-list>`);
    for (const name of ['Arrivals bot', 'Guest survey sender']) {
      const button = inRow(list, name, 'copy-client-id-button')!;
      expect(accessibility(button), name).to.deep.equal({ role: 'button', name: en.connectors.copyId });
    }
    const form = await createRegistry(list, 'Minibar sync', 'Sends minibar consumption to the folios.');
    expect(accessibility(formPart(form, 'copy-client-id-button')!)).to.deep.equal({ role: 'button', name: en.connectors.copyId });
    expect(accessibility(formPart(form, 'copy-client-secret-button')!)).to.deep.equal({
      role: 'button',
      name: en.connectors.copySecret,
    });
  });
});
