// <connector-list> against the MemoryAdapter, in English, Bulgarian and Turkish: the listing
// and its states, the owner filter, custom connectors and their limit, the form in its
// dialog, source connectors and the service picker, registry connectors with their ID and
// secret shown once, group semantics, the events, and a row action that fails.
import './support/no-lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/connector-list/define.js';
import type { ConnectorListElement } from '../src/components/connector-list/connector-list.js';
import { PlugboardError } from '../src/api/errors.js';
import type { Fixtures } from '../src/api/memory/fixture-types.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import type { Connector, CreatedConnector } from '../src/api/schemas.js';
import bg from '../src/i18n/locales/bg.json';
import en from '../src/i18n/locales/en.json';
import tr from '../src/i18n/locales/tr.json';
import { axeViolations } from './support/axe.js';
import { controlId, customValues, enter, fillCustom, formControl, formPart } from './support/connector-fields.js';
import {
  STRINGS,
  addButton,
  click,
  confirmAndWait,
  confirmDialog,
  formDialog,
  inRow,
  names,
  nestedForm,
  occurrences,
  part,
  parts,
  row,
  say,
  seedCustom,
  settled,
  stubClipboard,
  type Lang,
} from './support/connector-list.js';
import { focused, press, type } from './support/keyboard.js';
import { readable, textOf, waitFor } from './support/wait.js';

// ---- strings --------------------------------------------------------------------------------

/** The plural form of `key` (`limit`, `limitReached`, …) for `count` in `lang`. */
function plural(lang: Lang, key: 'limit' | 'limitReached' | 'count', count: number): string {
  const forms = STRINGS[lang].connectors as unknown as Record<string, string>;
  const form = forms[`${key}_${new Intl.PluralRules(lang).select(count)}`] ?? forms[`${key}_other`];
  if (!form) throw new Error(`no plural of connectors.${key} in ${lang}`);
  return form;
}

/** A pattern matching a string whose placeholders (a relative time, a date) vary. */
function shaped(template: string): RegExp {
  const parts = template.split(/\{\{[^}]*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}

// ---- fixtures -------------------------------------------------------------------------------

const ARRIVALS = 'connector-arrivals-bot';
const SURVEY = 'connector-survey-sender';

/** The seeds without the organisation's custom connector. */
const withoutCustom: Fixtures = {
  ...fixtures,
  connectors: fixtures.connectors.filter((connector) => connector.typeId !== 'custom-rest'),
};

const noConnectors: Fixtures = { ...fixtures, connectors: [] };

function newAdapter(options: { userId?: string; data?: Fixtures; latency?: number } = {}): MemoryAdapter {
  return new MemoryAdapter({ fixtures: options.data ?? fixtures, latency: options.latency ?? 0, userId: options.userId ?? 'user-alex' });
}

/** A backend whose count leaves room, but that refuses every create for the limit (another admin was faster). */
class RefusingForLimitAdapter extends MemoryAdapter {
  override createConnector(): Promise<CreatedConnector> {
    return Promise.reject(new PlugboardError('limit-reached', 'At most 10 connectors of this type.', { status: 409, limit: 10 }));
  }
}

/** A Ringlytic connector signed in (demo login) and active. */
async function seedCallTrack(adapter: MemoryAdapter, name = 'Front desk calls'): Promise<Connector> {
  const { connector } = await adapter.createConnector({
    typeId: 'calltrack',
    name,
    values: { authMethod: 'login', login: 'demo@example.com', password: 'demo-password' },
  });
  await adapter.authorizeConnector(connector.id);
  await adapter.updateConnector(connector.id, {
    values: { callsToLoad: 'tagged', tags: ['booking-request'], channelMode: 'static', staticChannels: ['seekly-ads'] },
  });
  return adapter.activateConnector(connector.id);
}

// ---- the element ----------------------------------------------------------------------------

interface RenderOptions {
  lang?: Lang;
  typeId?: string;
  owner?: 'me' | 'all';
}

/** Renders the list inside a wrapper carrying `lang`, and waits for it to load (or fail) in that language. */
async function renderList(adapter: MemoryAdapter, options: RenderOptions = {}): Promise<ConnectorListElement> {
  const lang = options.lang ?? 'en';
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
    <connector-list type-id=${options.typeId ?? ''} owner=${ifDefined(options.owner)} .adapter=${adapter}></connector-list>
  </div>`);
  const list = wrapper.querySelector('connector-list')!;
  await settled(list, lang);
  return list;
}

/** The groups of a listed registry connector, each as "name — token text". */
function groupsOf(list: ConnectorListElement, name: string): { group: string; token: string }[] {
  return [...row(list, name).querySelectorAll('[part~="group"]')].map((group) => ({
    group: textOf(group.querySelector('span')),
    token: textOf(group.querySelector('span.muted')),
  }));
}

function confirmBody(root: Element): string {
  return textOf(root.shadowRoot!.querySelector('[part~="confirm-dialog"] #confirm-body'));
}

/** Collects the events of one type that reach `target`. */
function collect<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, eventType: K): GlobalEventHandlersEventMap[K][] {
  const seen: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(eventType, (event) => seen.push(event as GlobalEventHandlersEventMap[K]));
  return seen;
}

async function submitForm(form: HTMLElement): Promise<void> {
  formPart<HTMLButtonElement>(form, 'submit-button')!.click();
  await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

// ---- tests ----------------------------------------------------------------------------------

describe('<connector-list>', () => {
  it('passes axe with the organisation’s connectors listed, and with the service picker open', async () => {
    const list = await renderList(newAdapter(), { owner: 'all' });
    expect(names(list).length, 'connectors listed').to.be.greaterThan(0);
    expect(await axeViolations(list)).to.deep.equal([]);

    await click(list, addButton(list));
    await waitFor(() => !!part(list, 'service-picker'), 'the service picker');
    expect(await axeViolations(list)).to.deep.equal([]);
  });

  describe('listing', () => {
    it('lists name, type, status badge, owner, groups with their tokens and the Connector ID (en)', async () => {
      const adapter = newAdapter();
      const list = await renderList(adapter, { owner: 'all' });
      expect(names(list)).to.have.members(['Arrivals bot', 'Guest survey sender', 'Room service API']);
      expect(textOf(part(list, 'count'))).to.equal(say(plural('en', 'count', 3), { count: 3 }));

      const [type, owner, created] = textOf(inRow(list, 'Arrivals bot', 'connector-meta')).split(' · ');
      expect(type).to.equal('REST connector');
      expect(owner).to.equal(say(en.connectors.createdBy, { name: 'Dana Petrova' }));
      expect(created).to.match(shaped(en.connectors.createdOn));
      expect(textOf(inRow(list, 'Arrivals bot', 'connector-meta')), 'no type id').not.to.contain('rest-registry');
      expect(textOf(inRow(list, 'Arrivals bot', 'connector-status'))).to.equal(en.connectors.status.active);
      expect(textOf(inRow(list, 'Arrivals bot', 'connector-description'))).to.equal('Posts the daily arrivals list to the front desk group.');

      const groups = groupsOf(list, 'Arrivals bot');
      expect(groups.map((entry) => entry.group)).to.deep.equal(['Front desk', 'Night shift']);
      for (const { token } of groups) expect(token).to.match(shaped(en.connectors.groupTokenIssued));
      const { clientId } = await adapter.getConnector(ARRIVALS);
      expect(clientId).to.be.a('string').and.not.equal('');
      expect(textOf(inRow(list, 'Arrivals bot', 'client-id')?.querySelector('dt'))).to.equal(en.connectors.clientId);
      expect(textOf(inRow(list, 'Arrivals bot', 'credential-value'))).to.equal(clientId);

      expect(textOf(inRow(list, 'Guest survey sender', 'connector-status'))).to.equal(en.connectors.status.inactive);
      expect(textOf(inRow(list, 'Guest survey sender', 'connector-meta'))).to.contain(say(en.connectors.createdBy, { name: 'Alex Morgan' }));
      const custom = textOf(inRow(list, 'Room service API', 'connector-meta'));
      expect(custom.split(' · ')[0]).to.equal('Custom connector');
      expect(custom, 'no type id').not.to.contain('custom-rest');
      expect(inRow(list, 'Room service API', 'groups'), 'a custom connector has no groups').to.equal(null);
      expect(inRow(list, 'Room service API', 'client-id')).to.equal(null);
    });

    it('says type, status, owner and token times in Bulgarian', async () => {
      const list = await renderList(newAdapter(), { owner: 'all', lang: 'bg' });
      const [type, owner] = textOf(inRow(list, 'Arrivals bot', 'connector-meta')).split(' · ');
      expect(type).to.equal('REST конектор');
      expect(owner).to.equal(say(bg.connectors.createdBy, { name: 'Dana Petrova' }));
      expect(textOf(inRow(list, 'Arrivals bot', 'connector-status'))).to.equal(bg.connectors.status.active);
      expect(textOf(inRow(list, 'Guest survey sender', 'connector-status'))).to.equal(bg.connectors.status.inactive);
      expect(textOf(inRow(list, 'Room service API', 'connector-meta')).split(' · ')[0]).to.equal('Персонализиран конектор');
      for (const { token } of groupsOf(list, 'Arrivals bot')) expect(token).to.match(shaped(bg.connectors.groupTokenIssued));
      expect(textOf(part(list, 'count'))).to.equal(say(plural('bg', 'count', 3), { count: 3 }));
    });

    it('shows that it is loading while the backend answers, then the connectors (tr)', async () => {
      const adapter = newAdapter({ latency: 150 });
      const wrapper = await fixture<HTMLElement>(html`<div lang="tr"><connector-list .adapter=${adapter}></connector-list></div>`);
      const list = wrapper.querySelector('connector-list')!;
      await waitFor(() => textOf(part(list, 'loading')) === tr.common.loading, 'the loading message');
      expect(part(list, 'list')).to.equal(null);
      await settled(list, 'tr');
      expect(part(list, 'loading')).to.equal(null);
      expect(names(list)).to.deep.equal(['Guest survey sender']);
    });

    it('says "no connectors yet" with the add button when the organisation has none (bg)', async () => {
      const list = await renderList(newAdapter({ data: noConnectors }), { owner: 'all', lang: 'bg' });
      const empty = part(list, 'empty')!;
      expect(textOf(empty.querySelector('p'))).to.equal(bg.connectors.empty);
      expect(part(list, 'show-all-button'), 'already showing all').to.equal(null);
      const add = [...empty.querySelectorAll('button')].find((button) => textOf(button) === bg.connectors.setUp);
      expect(add, 'the way to add one').to.not.equal(undefined);
      await click(list, add!);
      await waitFor(() => formDialog(list).open && !!part(list, 'service-picker'), 'the service picker');
    });

    it('offers all connectors when the admin created none, and switches the filter (tr)', async () => {
      const list = await renderList(newAdapter(), { typeId: 'custom-rest', lang: 'tr' });
      expect(list.getAttribute('owner')).to.equal('me');
      const empty = part(list, 'empty')!;
      expect(textOf(empty.querySelector('p'))).to.equal(tr.connectors.emptyMine);
      expect([...empty.querySelectorAll('button')].map((button) => textOf(button))).to.deep.equal([
        tr.connectors.setUp,
        tr.connectors.showAllConnectors,
      ]);

      await click(list, part(list, 'show-all-button'));
      await settled(list, 'tr');
      expect(list.getAttribute('owner')).to.equal('all');
      expect(part<HTMLSelectElement>(list, 'owner-filter')!.value).to.equal('all');
      expect(names(list)).to.deep.equal(['Room service API']);
    });

    it('shows a failed load of the connectors with Retry, which recovers (en)', async () => {
      const adapter = newAdapter();
      adapter.simulateError('listConnectors', 'server');
      const list = await renderList(adapter);
      expect(textOf(part(list, 'error'))).to.equal(`${en.connectors.listFailed} ${en.errors.server} ${en.common.retry}`);
      expect(part(list, 'list')).to.equal(null);
      await click(list, part(list, 'retry-button'));
      await waitFor(() => part(list, 'list') !== null, 'the connectors after Retry');
      expect(part(list, 'error')).to.equal(null);
      expect(names(list)).to.deep.equal(['Guest survey sender']);
    });

    it('shows a failed load of the connector types with Retry, which recovers (bg)', async () => {
      const adapter = newAdapter();
      adapter.simulateError('listConnectorTypes', 'network');
      const list = await renderList(adapter, { lang: 'bg', owner: 'all' });
      expect(textOf(part(list, 'error'))).to.contain(`${bg.connectors.listFailed} ${bg.errors.network}`);
      expect(textOf(part(list, 'retry-button'))).to.equal(bg.common.retry);
      await click(list, part(list, 'retry-button'));
      await waitFor(() => part(list, 'list') !== null, 'the connectors after Retry');
      expect(names(list)).to.have.members(['Arrivals bot', 'Guest survey sender', 'Room service API']);
    });
  });

  describe('owner filter', () => {
    it('shows the signed-in admin’s own connectors by default, and all of them from the drop-down (en)', async () => {
      const list = await renderList(newAdapter());
      expect(list.getAttribute('owner')).to.equal('me');
      const filter = part<HTMLSelectElement>(list, 'owner-filter')!;
      expect(filter.value).to.equal('me');
      expect(textOf(filter.selectedOptions[0])).to.equal(en.connectors.showMine);
      expect(names(list)).to.deep.equal(['Guest survey sender']);

      filter.value = 'all';
      filter.dispatchEvent(new Event('change', { bubbles: true }));
      await list.updateComplete;
      expect(list.getAttribute('owner'), 'the attribute reflects the choice').to.equal('all');
      await waitFor(() => names(list).length === 3, 'all connectors');
      expect(names(list)).to.include.members(['Guest survey sender', 'Arrivals bot']);

      filter.value = 'me';
      filter.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => names(list).length === 1, 'the own connectors again');
      expect(list.getAttribute('owner')).to.equal('me');
      expect(names(list)).to.deep.equal(['Guest survey sender']);
    });

    it('lists another admin’s own connectors for them, and follows the owner attribute (tr)', async () => {
      const list = await renderList(newAdapter({ userId: 'user-dana' }), { lang: 'tr', typeId: 'rest-registry' });
      expect(names(list)).to.deep.equal(['Arrivals bot']);
      expect(textOf(part<HTMLSelectElement>(list, 'owner-filter')!.selectedOptions[0])).to.equal(tr.connectors.showMine);
      list.setAttribute('owner', 'all');
      await waitFor(() => names(list).length === 2, 'all registry connectors');
      expect(names(list)).to.deep.equal(['Arrivals bot', 'Guest survey sender']);
      expect(part<HTMLSelectElement>(list, 'owner-filter')!.value).to.equal('all');
    });
  });

  describe('custom connectors (type-id custom-rest)', () => {
    it('says "Set up" and "0 of 10" before the form opens when the organisation has none (en)', async () => {
      const list = await renderList(newAdapter({ data: withoutCustom }), { typeId: 'custom-rest' });
      expect(textOf(addButton(list))).to.equal(en.connectors.setUp);
      expect(textOf(part(list, 'limit'))).to.equal(say(plural('en', 'limit', 10), { used: 0, count: 10 }));
      expect(formDialog(list).open, 'nothing opened yet').to.equal(false);
      expect(addButton(list).getAttribute('aria-describedby')).to.equal(part(list, 'limit')!.id);
    });

    it('says "Add more" and counts the organisation’s connectors, not only the admin’s (bg)', async () => {
      const list = await renderList(newAdapter(), { typeId: 'custom-rest', lang: 'bg' });
      expect(names(list), 'Alex created none').to.deep.equal([]);
      expect(textOf(addButton(list))).to.equal(bg.connectors.addMore);
      expect(textOf(part(list, 'limit'))).to.equal(say(plural('bg', 'limit', 10), { used: 1, count: 10 }));
    });

    it('disables adding at the limit and says why (tr)', async () => {
      const adapter = newAdapter();
      await seedCustom(adapter, 9);
      const list = await renderList(adapter, { typeId: 'custom-rest', lang: 'tr', owner: 'all' });
      expect(names(list)).to.have.length(10);
      expect(addButton(list).disabled).to.equal(true);
      const reason = part(list, 'limit-reached')!;
      expect(textOf(reason)).to.equal(say(plural('tr', 'limitReached', 10), { count: 10 }));
      expect(addButton(list).getAttribute('aria-describedby')).to.equal(reason.id);
      expect(part(list, 'limit')).to.equal(null);
    });

    it('shows a server limit-reached in the form, keeps what was typed, and disables adding with the reason (en)', async () => {
      const adapter = new RefusingForLimitAdapter({ fixtures: withoutCustom, latency: 0, userId: 'user-alex' });
      const list = await renderList(adapter, { typeId: 'custom-rest' });
      expect(addButton(list).disabled, 'the count says there is room').to.equal(false);
      const errors = collect(list, 'pb-error');
      await click(list, addButton(list));
      const form = await nestedForm(list);
      fillCustom(form, customValues('Reception API'));
      await submitForm(form);
      await waitFor(() => !!formPart(form, 'error'), 'the refusal in the form');

      expect(textOf(formPart(form, 'error'))).to.contain(say(en.errors['limit-reached_other'], { count: 10 }));
      expect(errors.map((event) => event.detail.code)).to.include('limit-reached');
      expect(formControl(form, controlId('custom-rest', 'name'))!.value, 'the name stays').to.equal('Reception API');
      expect(formControl(form, controlId('custom-rest', 'username'))!.value).to.equal('svc');
      expect(formControl(form, controlId('custom-rest', 'resourceUrl'))!.value).to.equal('https://rooms.example.com');
      expect(formDialog(list).open, 'the form stays open').to.equal(true);

      await list.updateComplete;
      expect(addButton(list).disabled).to.equal(true);
      expect(textOf(part(list, 'limit-reached'))).to.equal(say(plural('en', 'limitReached', 10), { count: 10 }));
    });

    it('adds a custom connector through the form: it is listed and the count goes up (bg)', async () => {
      const adapter = newAdapter();
      const list = await renderList(adapter, { typeId: 'custom-rest', lang: 'bg' });
      const created = collect(list, 'pb-connector-created');
      await click(list, addButton(list));
      const form = await nestedForm(list);
      expect(form.getAttribute('type-id')).to.equal('custom-rest');
      fillCustom(form, customValues('Рецепция API'));
      await submitForm(form);
      await waitFor(() => created.length === 1, 'the connector to be created');

      expect(created[0]!.detail.connector.name).to.equal('Рецепция API');
      await waitFor(() => names(list).includes('Рецепция API'), 'the new connector in the list');
      expect(textOf(part(list, 'limit'))).to.equal(say(plural('bg', 'limit', 10), { used: 2, count: 10 }));
      expect(textOf(part(list, 'count'))).to.equal(say(plural('bg', 'count', 1), { count: 1 }));
      const stored = await adapter.listConnectors({ owner: 'me', typeId: 'custom-rest' });
      expect(stored.map((connector) => connector.name)).to.deep.equal(['Рецепция API']);
    });
  });

  describe('the form dialog', () => {
    it('opens <connector-form> to create with the add button, and to edit with Edit (en)', async () => {
      const list = await renderList(newAdapter(), { typeId: 'custom-rest', owner: 'all' });
      await click(list, addButton(list));
      let form = await nestedForm(list);
      expect(formDialog(list).open).to.equal(true);
      expect(readable(formDialog(list).getAttribute('aria-label'))).to.equal(en.connectors.addTitle);
      expect(form.getAttribute('mode')).to.equal('create');
      expect(form.getAttribute('connector-id')).to.equal('');
      expect(formControl(form, controlId('custom-rest', 'name'))!.value).to.equal('');

      await click(list, formPart(form, 'close-button'));
      await waitFor(() => !formDialog(list).open, 'the dialog to close');

      await click(list, inRow(list, 'Room service API', 'edit-button'));
      form = await nestedForm(list);
      expect(form.getAttribute('mode')).to.equal('edit');
      expect(form.getAttribute('connector-id')).to.equal('connector-room-service-api');
      expect(readable(formDialog(list).getAttribute('aria-label'))).to.equal(say(en.connectors.editTitle, { name: 'Room service API' }));
      await waitFor(() => formControl(form, controlId('custom-rest', 'name'))?.value === 'Room service API', 'the stored name');
    });

    it('asks to discard unsaved changes on Escape, and closes at once without changes (tr)', async () => {
      const list = await renderList(newAdapter(), { typeId: 'custom-rest', lang: 'tr', owner: 'all' });
      await click(list, addButton(list));
      const form = await nestedForm(list);
      formControl(form, controlId('custom-rest', 'name'))!.focus();
      await type('Yarım kalan');
      await press('Escape');
      const formConfirm = () => formPart<HTMLDialogElement>(form, 'confirm-dialog');
      await waitFor(() => formConfirm()?.open === true, 'the discard question');
      expect(textOf(formPart(form, 'confirm-title'))).to.equal(tr.connectors.unsavedTitle);
      expect(formDialog(list).open, 'the form stays behind the question').to.equal(true);

      // Keep editing (focused first): nothing is lost.
      expect(textOf(focused())).to.equal(tr.connectors.keepEditing);
      await press('Enter');
      await waitFor(() => formConfirm()?.open === false, 'the question to close');
      expect(formControl(form, controlId('custom-rest', 'name'))!.value).to.equal('Yarım kalan');

      // Escape again, then discard: the dialog closes.
      formControl(form, controlId('custom-rest', 'name'))!.focus();
      await type('!');
      await press('Escape');
      await waitFor(() => formConfirm()?.open === true, 'the discard question again');
      await click(list, formPart(form, 'confirm-button'));
      await waitFor(() => !formDialog(list).open, 'the dialog to close after discarding');

      // Unchanged: Escape closes at once, and focus returns to Edit.
      const edit = inRow(list, 'Room service API', 'edit-button')!;
      edit.focus();
      await click(list, edit);
      const editing = await nestedForm(list);
      await waitFor(() => formControl(editing, controlId('custom-rest', 'name'))?.value === 'Room service API', 'the stored name');
      formControl(editing, controlId('custom-rest', 'name'))!.focus();
      await press('Escape');
      await waitFor(() => !formDialog(list).open, 'the dialog to close at once');
      expect(formPart<HTMLDialogElement>(editing, 'confirm-dialog')?.open ?? false, 'no question asked').to.equal(false);
      expect(focused()).to.equal(edit);
    });

    it('still asks on a later Escape after the question was left with Escape (en)', async () => {
      const list = await renderList(newAdapter(), { typeId: 'custom-rest', owner: 'all' });
      await click(list, addButton(list));
      const form = await nestedForm(list);
      formControl(form, controlId('custom-rest', 'name'))!.focus();
      await type('Half typed');
      const formConfirm = () => formPart<HTMLDialogElement>(form, 'confirm-dialog');
      await press('Escape');
      await waitFor(() => formConfirm()?.open === true, 'the discard question');
      // Escape on the question leaves it, back to the form.
      await press('Escape');
      await waitFor(() => formConfirm()?.open === false, 'the question to close');
      expect(formDialog(list).open, 'the form is still open').to.equal(true);
      // Escape on the form again: it must ask again, not drop what was typed.
      await press('Escape');
      await waitFor(() => formConfirm()?.open === true || !formDialog(list).open, 'the question or a closed form');
      expect(formDialog(list).open, 'the form stays open').to.equal(true);
      expect(formConfirm()?.open, 'asked again').to.equal(true);
    });
  });

  describe('source connectors', () => {
    it('lists the services to pick, look-alikes under their group, and Next opens that type’s form (en)', async () => {
      const list = await renderList(newAdapter());
      expect(textOf(addButton(list))).to.equal(en.connectors.addConnector);
      await click(list, addButton(list));
      await waitFor(() => !!part(list, 'service-picker'), 'the service picker');
      const picker = part(list, 'service-picker')!;
      expect(textOf(picker.querySelector('legend'))).to.equal(en.connectors.pickServiceHint);
      const group = [...picker.querySelectorAll('fieldset fieldset')].find(
        (candidate) => textOf(candidate.querySelector(':scope > legend')) === 'Lead tracking',
      );
      expect(group, 'a "Lead tracking" group').to.not.equal(undefined);
      const grouped = [...group!.querySelectorAll('.service-name')].map((name) => textOf(name));
      expect(grouped).to.deep.equal(['Ringlytic', 'Ringlytic Global']);
      const all = parts(list, 'service').map((service) => textOf(service.querySelector('.service-name')));
      expect(all).to.include.members(['Custom connector', 'Ringlytic', 'Ringlytic Global', 'REST connector']);

      const global = parts(list, 'service').find((service) => textOf(service.querySelector('.service-name')) === 'Ringlytic Global')!;
      global.querySelector('input')!.click();
      await click(list, part(list, 'next-button'));
      const form = await nestedForm(list);
      expect(form.getAttribute('type-id')).to.equal('calltrack-global');
      expect(form.getAttribute('mode')).to.equal('create');
    });

    it('names the lead-tracking group in Turkish', async () => {
      const list = await renderList(newAdapter(), { lang: 'tr' });
      await click(list, addButton(list));
      await waitFor(() => !!part(list, 'service-picker'), 'the service picker');
      const legends = [...part(list, 'service-picker')!.querySelectorAll('legend')].map((legend) => textOf(legend));
      expect(legends).to.deep.equal([tr.connectors.pickServiceHint, 'Potansiyel müşteri takibi']);
    });

    it('opens the Ringlytic form directly with type-id calltrack (bg)', async () => {
      const list = await renderList(newAdapter(), { typeId: 'calltrack', lang: 'bg' });
      expect(textOf(part(list, 'empty')?.querySelector('p'))).to.equal(bg.connectors.emptyMine);
      expect(textOf(addButton(list))).to.equal(bg.connectors.addConnector);
      expect(part(list, 'limit'), 'no limit for this type').to.equal(null);
      await click(list, addButton(list));
      const form = await nestedForm(list);
      expect(part(list, 'service-picker')).to.equal(null);
      expect(form.getAttribute('type-id')).to.equal('calltrack');
      expect(textOf(formPart(form, 'submit-button'))).to.equal(bg.connectors.authorize);
    });

    it('deactivates with a confirmation, reconnects in the form, and deletes with a confirmation a Ringlytic connector (en)', async () => {
      const adapter = newAdapter();
      const connector = await seedCallTrack(adapter);
      const list = await renderList(adapter, { typeId: 'calltrack' });
      expect(names(list)).to.deep.equal(['Front desk calls']);
      expect(textOf(inRow(list, 'Front desk calls', 'connector-status'))).to.equal(en.connectors.status.active);

      // Deactivate: asked first, with what it means for a connector without groups.
      await click(list, inRow(list, 'Front desk calls', 'deactivate-button'));
      expect(confirmDialog(list).open).to.equal(true);
      expect(textOf(part(list, 'confirm-title'))).to.equal(say(en.connectors.deactivateTitle, { name: 'Front desk calls' }));
      expect(confirmBody(list)).to.equal(en.connectors.deactivateFormBody);
      expect((await adapter.getConnector(connector.id)).status, 'nothing before confirming').to.equal('active');
      await confirmAndWait(list);
      expect(textOf(inRow(list, 'Front desk calls', 'connector-status'))).to.equal(en.connectors.status.inactive);
      expect(textOf(part(list, 'status'))).to.equal(en.connectors.deactivated);
      expect((await adapter.getConnector(connector.id)).status).to.equal('inactive');

      // Reconnect: the form, in reconnect mode.
      await click(list, inRow(list, 'Front desk calls', 'reconnect-button'));
      const form = await nestedForm(list);
      expect(form.getAttribute('mode')).to.equal('reconnect');
      expect(form.getAttribute('connector-id')).to.equal(connector.id);
      expect(readable(formDialog(list).getAttribute('aria-label'))).to.equal(say(en.connectors.reconnectTitle, { name: 'Front desk calls' }));
      await click(list, formPart(form, 'close-button'));
      await waitFor(() => !formDialog(list).open, 'the form to close');

      // Delete: asked first, then gone from the list and the backend.
      await click(list, inRow(list, 'Front desk calls', 'delete-button'));
      expect(textOf(part(list, 'confirm-title'))).to.equal(say(en.connectors.deleteTitle, { name: 'Front desk calls' }));
      expect(confirmBody(list)).to.equal(en.connectors.deleteBody);
      await confirmAndWait(list);
      expect(names(list)).to.deep.equal([]);
      expect(textOf(part(list, 'status'))).to.equal(en.connectors.deleted);
      const left = await adapter.listConnectors({ owner: 'all', typeId: 'calltrack' });
      expect(left).to.deep.equal([]);
    });
  });

  describe('registry connectors (type-id rest-registry)', () => {
    /** Opens "New connector", fills name and description and presses Done; resolves on the credentials panel. */
    async function createRegistry(list: ConnectorListElement, name: string, description: string): Promise<HTMLElement> {
      await click(list, addButton(list));
      const form = await nestedForm(list);
      enter(form, controlId('rest-registry', 'name'), name);
      enter(form, controlId('rest-registry', 'description'), description);
      await submitForm(form);
      await waitFor(() => !!formPart(form, 'credentials'), 'the credentials panel');
      return form;
    }

    function credential(form: HTMLElement, key: 'client-id' | 'client-secret'): string {
      return textOf(formPart(form, key)?.querySelector('[part~="credential-value"]'));
    }

    it('asks a name and a description, then shows the ID and secret once; Close asks, and the secret leaves (en)', async () => {
      const adapter = newAdapter();
      const list = await renderList(adapter, { typeId: 'rest-registry' });
      expect(textOf(addButton(list))).to.equal(en.connectors.newConnector);
      const created = collect(list, 'pb-connector-created');

      await click(list, addButton(list));
      const form = await nestedForm(list);
      const labels = [...form.shadowRoot!.querySelectorAll('[part~="field"] label')].map((label) => textOf(label));
      expect(labels.some((label) => label.startsWith('Connector name'))).to.equal(true);
      expect(labels.some((label) => label.startsWith('Description'))).to.equal(true);
      enter(form, controlId('rest-registry', 'name'), 'Minibar sync');
      enter(form, controlId('rest-registry', 'description'), 'Sends minibar consumption to the folios.');
      await submitForm(form);
      await waitFor(() => !!formPart(form, 'credentials'), 'the credentials panel');

      const clientId = credential(form, 'client-id');
      const secret = credential(form, 'client-secret');
      const [stored] = (await adapter.listConnectors({ owner: 'me', typeId: 'rest-registry' })).filter((c) => c.name === 'Minibar sync');
      expect(clientId).to.equal(stored!.clientId);
      expect(secret.length, 'a secret is shown').to.be.greaterThan(8);
      expect(textOf(formPart(form, 'secret-warning'))).to.equal(en.connectors.secretOnce);
      expect(created.map((event) => event.detail.connector.id)).to.deep.equal([stored!.id]);

      // Close asks whether the secret was copied; going back (focused first) keeps the panel.
      formPart(form, 'credentials-close-button')!.focus();
      await press('Enter');
      await waitFor(() => formPart<HTMLDialogElement>(form, 'confirm-dialog')?.open === true, 'the question');
      expect(textOf(formPart(form, 'confirm-title'))).to.equal(en.connectors.secretCopiedTitle);
      expect(textOf(focused())).to.equal(en.connectors.goBack);
      await press('Enter');
      await waitFor(() => formPart<HTMLDialogElement>(form, 'confirm-dialog')?.open === false, 'back to the panel');
      expect(credential(form, 'client-secret')).to.equal(secret);

      // Escape asks the same, and "Yes, close" closes the dialog.
      expect(focused(), 'focus back on Close').to.equal(formPart(form, 'credentials-close-button'));
      await press('Escape');
      await waitFor(() => formPart<HTMLDialogElement>(form, 'confirm-dialog')?.open === true, 'the question on Escape');
      expect(formDialog(list).open).to.equal(true);
      await click(list, formPart(form, 'confirm-button'));
      await waitFor(() => !formDialog(list).open, 'the dialog to close');
      await list.updateComplete;

      expect(names(list)).to.deep.equal(['Guest survey sender', 'Minibar sync']);
      expect(textOf(inRow(list, 'Minibar sync', 'connector-description'))).to.equal('Sends minibar consumption to the folios.');
      expect(textOf(inRow(list, 'Minibar sync', 'credential-value'))).to.equal(clientId);
      expect(occurrences(list, secret), 'the secret in the list').to.deep.equal([]);
      expect(occurrences(form, secret), 'the secret in the form').to.deep.equal([]);
    });

    it('copies the ID with the clipboard, and selects the secret where the clipboard is refused (bg)', async () => {
      const list = await renderList(newAdapter(), { typeId: 'rest-registry', lang: 'bg' });
      const form = await createRegistry(list, 'Минибар', 'Изпраща консумацията от минибара.');
      const clientId = credential(form, 'client-id');
      const secret = credential(form, 'client-secret');

      const granted = stubClipboard('resolve');
      try {
        await click(list, formPart(form, 'copy-client-id-button'));
        await waitFor(() => textOf(formPart(form, 'credentials')?.querySelector('[part~="status"]')) === bg.connectors.copiedId, 'the copy confirmation');
        expect(granted.written).to.deep.equal([clientId]);
        expect(formPart(form, 'credentials')!.querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
        expect(textOf(formPart(form, 'copy-client-id-button'))).to.equal(bg.common.copy);
      } finally {
        granted.restore();
      }

      const refused = stubClipboard('reject');
      try {
        getSelection()?.removeAllRanges();
        await click(list, formPart(form, 'copy-client-secret-button'));
        await waitFor(
          () => textOf(formPart(form, 'credentials')?.querySelector('[part~="status"]')) === bg.connectors.copySelectedText,
          'the fallback message',
        );
        expect(refused.written).to.deep.equal([secret]);
        expect(getSelection()?.toString()).to.equal(secret);
        expect(textOf(formPart(form, 'copy-client-secret-button')), 'nothing reached the clipboard').to.equal(bg.common.copy);
      } finally {
        refused.restore();
        getSelection()?.removeAllRanges();
      }
    });

    it('copies a listed connector’s ID from its row (tr)', async () => {
      const adapter = newAdapter();
      const list = await renderList(adapter, { typeId: 'rest-registry', lang: 'tr', owner: 'all' });
      const { clientId } = await adapter.getConnector(ARRIVALS);
      const granted = stubClipboard('resolve');
      try {
        const button = inRow(list, 'Arrivals bot', 'copy-client-id-button')!;
        expect(button.getAttribute('aria-label')).to.equal(tr.connectors.copyId);
        await click(list, button);
        await waitFor(() => textOf(part(list, 'status')) === tr.connectors.copiedId, 'the copy confirmation');
        expect(granted.written).to.deep.equal([clientId]);
      } finally {
        granted.restore();
      }
    });
  });

  describe('group semantics', () => {
    it('adds an active connector to a group: listed with its token, and a group-change event (en)', async () => {
      const adapter = newAdapter({ userId: 'user-dana' });
      const list = await renderList(adapter, { typeId: 'rest-registry' });
      const changes = collect(list, 'pb-connector-group-change');
      const select = inRow<HTMLSelectElement>(list, 'Arrivals bot', 'group-select')!;
      expect([...select.options].map((option) => textOf(option))).to.deep.equal(['Housekeeping', 'Maintenance', 'Sales and events']);
      select.value = 'maintenance';
      await click(list, inRow(list, 'Arrivals bot', 'add-group-button'));
      await waitFor(() => changes.length === 1, 'the group change');

      expect(changes[0]!.detail.change).to.equal('added');
      expect(changes[0]!.detail.groupId).to.equal('maintenance');
      expect(changes[0]!.detail.connector.id).to.equal(ARRIVALS);
      expect(changes[0]!.detail.connector.groups.map((group) => group.groupId)).to.include('maintenance');
      await list.updateComplete;
      const groups = groupsOf(list, 'Arrivals bot');
      expect(groups.map((entry) => entry.group)).to.deep.equal(['Front desk', 'Night shift', 'Maintenance']);
      expect(groups[2]!.token).to.match(shaped(en.connectors.groupTokenIssued));
      expect(textOf(part(list, 'status'))).to.equal(say(en.connectors.addedToGroup, { group: 'Maintenance' }));
      expect((await adapter.getConnector(ARRIVALS)).groups.map((group) => group.groupId)).to.include('maintenance');
    });

    it('explains deactivation, then says what an inactive connector can do and offers no new group (bg)', async () => {
      const adapter = newAdapter({ userId: 'user-dana' });
      const list = await renderList(adapter, { typeId: 'rest-registry', lang: 'bg' });
      expect(inRow(list, 'Arrivals bot', 'inactive-note')).to.equal(null);
      await click(list, inRow(list, 'Arrivals bot', 'deactivate-button'));
      expect(textOf(part(list, 'confirm-title'))).to.equal(say(bg.connectors.deactivateTitle, { name: 'Arrivals bot' }));
      expect(confirmBody(list)).to.equal(bg.connectors.deactivateBody);
      await confirmAndWait(list);

      expect(textOf(inRow(list, 'Arrivals bot', 'connector-status'))).to.equal(bg.connectors.status.inactive);
      expect(textOf(inRow(list, 'Arrivals bot', 'inactive-note'))).to.equal(bg.connectors.inactiveGroupsNote);
      expect(inRow(list, 'Arrivals bot', 'group-select')).to.equal(null);
      expect(inRow(list, 'Arrivals bot', 'add-group-button')).to.equal(null);
      expect(groupsOf(list, 'Arrivals bot').map((entry) => entry.group), 'groups with a token stay').to.deep.equal([
        'Front desk',
        'Night shift',
      ]);
      const stored = await adapter.getConnector(ARRIVALS);
      expect(stored.status).to.equal('inactive');
      expect(stored.groups).to.have.length(2);
    });

    it('removes an inactive connector from a group, which it cannot rejoin until activated (tr)', async () => {
      const adapter = newAdapter();
      const list = await renderList(adapter, { typeId: 'rest-registry', lang: 'tr' });
      const changes = collect(list, 'pb-connector-group-change');
      const activated = collect(list, 'pb-connector-activated');
      expect(textOf(inRow(list, 'Guest survey sender', 'remove-group-button'))).to.equal(
        say(tr.connectors.removeFromGroup, { group: 'Housekeeping' }),
      );
      await click(list, inRow(list, 'Guest survey sender', 'remove-group-button'));
      expect(textOf(part(list, 'confirm-title'))).to.equal(
        say(tr.connectors.removeFromGroupTitle, { name: 'Guest survey sender', group: 'Housekeeping' }),
      );
      expect(confirmBody(list)).to.equal(tr.connectors.removeFromGroupInactiveBody);
      await confirmAndWait(list);

      expect(groupsOf(list, 'Guest survey sender')).to.deep.equal([]);
      expect(textOf(inRow(list, 'Guest survey sender', 'groups'))).to.contain(tr.connectors.noGroups);
      expect(changes.map((event) => [event.detail.change, event.detail.groupId])).to.deep.equal([['removed', 'housekeeping']]);
      expect(textOf(part(list, 'status'))).to.equal(say(tr.connectors.removedFromGroup, { group: 'Housekeeping' }));
      expect(inRow(list, 'Guest survey sender', 'add-group-button'), 'no way back while inactive').to.equal(null);

      // The backend refuses it too.
      let refusal: unknown;
      await adapter.addConnectorToGroup(SURVEY, 'housekeeping').catch((error: unknown) => (refusal = error));
      expect(refusal).to.be.instanceOf(PlugboardError);
      expect((refusal as PlugboardError).code).to.equal('forbidden');

      // Activated, it can join again.
      await click(list, inRow(list, 'Guest survey sender', 'activate-button'));
      await waitFor(() => activated.length === 1, 'the activation');
      await list.updateComplete;
      expect(activated[0]!.detail.connector.status).to.equal('active');
      expect(textOf(inRow(list, 'Guest survey sender', 'connector-status'))).to.equal(tr.connectors.status.active);
      expect(inRow(list, 'Guest survey sender', 'inactive-note')).to.equal(null);
      const select = inRow<HTMLSelectElement>(list, 'Guest survey sender', 'group-select')!;
      expect([...select.options].map((option) => option.value)).to.include('housekeeping');
      expect(inRow(list, 'Guest survey sender', 'add-group-button')).to.not.equal(null);
    });
  });

  describe('events', () => {
    it('fires the action request before deactivate, remove-from-group and delete, then the result with the connector (en)', async () => {
      const adapter = newAdapter({ userId: 'user-dana' });
      const list = await renderList(adapter, { typeId: 'rest-registry' });
      const seen: string[] = [];
      const backendStatusAtRequest: string[] = [];
      const details: unknown[] = [];
      list.addEventListener('pb-connector-action-request', (event) => {
        seen.push(`request:${event.detail.action}`);
        details.push(event.detail);
        // What the backend holds when the request fires (a latency-free MemoryAdapter reads at once).
        void adapter.getConnector(ARRIVALS).then((connector) => backendStatusAtRequest.push(connector.status), () => backendStatusAtRequest.push('gone'));
      });
      const deactivated = collect(list, 'pb-connector-deactivated');
      const changes = collect(list, 'pb-connector-group-change');
      const deleted = collect(list, 'pb-connector-deleted');
      for (const eventType of ['pb-connector-deactivated', 'pb-connector-group-change', 'pb-connector-deleted'] as const) {
        list.addEventListener(eventType, () => seen.push(eventType));
      }

      await click(list, inRow(list, 'Arrivals bot', 'deactivate-button'));
      await confirmAndWait(list);
      const removeFrontDesk = [...row(list, 'Arrivals bot').querySelectorAll<HTMLElement>('[part~="remove-group-button"]')][0]!;
      await click(list, removeFrontDesk);
      await confirmAndWait(list);
      await click(list, inRow(list, 'Arrivals bot', 'delete-button'));
      await confirmAndWait(list);

      expect(seen).to.deep.equal([
        'request:deactivate',
        'pb-connector-deactivated',
        'request:remove-from-group',
        'pb-connector-group-change',
        'request:delete',
        'pb-connector-deleted',
      ]);
      expect(details).to.deep.equal([
        { connectorId: ARRIVALS, action: 'deactivate' },
        { connectorId: ARRIVALS, action: 'remove-from-group', groupId: 'front-desk' },
        { connectorId: ARRIVALS, action: 'delete' },
      ]);
      expect(deactivated[0]!.detail.connector).to.include({ id: ARRIVALS, status: 'inactive' });
      expect(changes[0]!.detail).to.deep.include({ groupId: 'front-desk', change: 'removed' });
      expect(changes[0]!.detail.connector.groups.map((group) => group.groupId)).to.deep.equal(['night-shift']);
      expect(deleted[0]!.detail).to.deep.equal({ connectorId: ARRIVALS });
      expect(backendStatusAtRequest, 'the backend when each request fired').to.deep.equal(['active', 'inactive', 'inactive']);
      expect(names(list)).to.deep.equal([]);
    });

    it('fires created and activated with the connector (en)', async () => {
      const adapter = newAdapter();
      const list = await renderList(adapter, { typeId: 'rest-registry' });
      const created = collect(list, 'pb-connector-created');
      const activated = collect(list, 'pb-connector-activated');
      await click(list, inRow(list, 'Guest survey sender', 'activate-button'));
      await waitFor(() => activated.length === 1, 'the activation');
      expect(activated[0]!.detail.connector).to.include({ id: SURVEY, status: 'active' });
      expect(textOf(part(list, 'status'))).to.equal(en.connectors.activated);

      await click(list, addButton(list));
      const form = await nestedForm(list);
      enter(form, controlId('rest-registry', 'name'), 'Spa bookings');
      await submitForm(form);
      await waitFor(() => created.length === 1, 'the creation');
      expect(created[0]!.detail.connector).to.include({ name: 'Spa bookings', typeId: 'rest-registry', ownerId: 'user-alex' });
    });

    it('keeps the connector as it was when the host cancels the request (tr)', async () => {
      const adapter = newAdapter({ userId: 'user-dana' });
      const list = await renderList(adapter, { typeId: 'rest-registry', lang: 'tr' });
      const requests = collect(list, 'pb-connector-action-request');
      list.addEventListener('pb-connector-action-request', (event) => event.preventDefault());
      const outcomes = [
        ...collect(list, 'pb-connector-deactivated'),
        ...collect(list, 'pb-connector-deleted'),
        ...collect(list, 'pb-connector-group-change'),
      ];

      await click(list, inRow(list, 'Arrivals bot', 'deactivate-button'));
      await confirmAndWait(list);
      await click(list, inRow(list, 'Arrivals bot', 'remove-group-button'));
      await confirmAndWait(list);
      await click(list, inRow(list, 'Arrivals bot', 'delete-button'));
      await confirmAndWait(list);

      expect(requests.map((event) => event.detail.action)).to.deep.equal(['deactivate', 'remove-from-group', 'delete']);
      expect(outcomes).to.deep.equal([]);
      expect(names(list)).to.deep.equal(['Arrivals bot']);
      expect(textOf(inRow(list, 'Arrivals bot', 'connector-status'))).to.equal(tr.connectors.status.active);
      expect(groupsOf(list, 'Arrivals bot').map((entry) => entry.group)).to.deep.equal(['Front desk', 'Night shift']);
      expect(inRow(list, 'Arrivals bot', 'add-group-button')).to.not.equal(null);
      const stored = await adapter.getConnector(ARRIVALS);
      expect(stored.status).to.equal('active');
      expect(stored.groups.map((group) => group.groupId)).to.deep.equal(['front-desk', 'night-shift']);
    });
  });

  describe('a failing row action', () => {
    it('shows the failure in the confirmation, keeps it open, and a retry works (bg)', async () => {
      const adapter = newAdapter({ userId: 'user-dana' });
      adapter.simulateError('deactivateConnector', 'server');
      const list = await renderList(adapter, { typeId: 'rest-registry', lang: 'bg' });
      const deactivated = collect(list, 'pb-connector-deactivated');
      await click(list, inRow(list, 'Arrivals bot', 'deactivate-button'));
      await click(list, part(list, 'confirm-button'));
      await waitFor(() => !!confirmDialog(list).querySelector('[part~="error"]'), 'the failure');

      const failure = confirmDialog(list).querySelector('[part~="error"]')!;
      expect(textOf(failure)).to.equal(`${bg.connectors.actionFailed} ${bg.errors.server}`);
      expect(failure.getAttribute('role')).to.equal('alert');
      expect(confirmDialog(list).open, 'the confirmation stays open').to.equal(true);
      expect(deactivated).to.deep.equal([]);
      expect(textOf(inRow(list, 'Arrivals bot', 'connector-status'))).to.equal(bg.connectors.status.active);
      expect((await adapter.getConnector(ARRIVALS)).status).to.equal('active');

      await waitFor(() => !part<HTMLButtonElement>(list, 'confirm-button')!.disabled, 'the buttons back');
      await confirmAndWait(list);
      expect(deactivated).to.have.length(1);
      expect(textOf(inRow(list, 'Arrivals bot', 'connector-status'))).to.equal(bg.connectors.status.inactive);
      expect(confirmDialog(list).querySelector('[part~="error"]')).to.equal(null);
      expect((await adapter.getConnector(ARRIVALS)).status).to.equal('inactive');
    });
  });
});
