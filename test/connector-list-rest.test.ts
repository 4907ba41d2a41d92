// <connector-list> over HTTP: the RestAdapter against the reference server the test runner
// started (a fresh organisation per test), in English, Bulgarian and Turkish. Two admins of
// one organisation each creating a registry connector through the element, and a second
// organisation that sees none of them; group semantics with the backend's refusal of an
// inactive connector; the custom connector limit, also when the list's count is stale; and
// the one-time secret of a registry connector never kept or sent anywhere.
import './support/no-lit-warnings.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/components/connector-list/define.js';
import type { ConnectorListElement } from '../src/components/connector-list/connector-list.js';
import { PlugboardError } from '../src/api/errors.js';
import { RestAdapter } from '../src/api/rest-adapter.js';
import type { Connector } from '../src/api/schemas.js';
import { PLUGBOARD_EVENT_NAMES } from '../src/events/event-names.js';
import { axeViolations } from './support/axe.js';
import { controlId, enter, fillCustom, formControl, formPart } from './support/connector-fields.js';
import {
  STRINGS,
  addButton,
  click,
  confirmAndWait,
  formDialog,
  groupNames,
  inRow,
  names,
  nestedForm,
  occurrences,
  part,
  say,
  settled,
  type Lang,
} from './support/connector-list.js';
import { apiUrl, newSession, type Session } from './support/reference-server.js';
import { watchForSecret, type SecretWatch } from './support/secret-watch.js';
import { textOf, waitFor } from './support/wait.js';

// ---- strings --------------------------------------------------------------------------------

const LANGS: Lang[] = ['en', 'bg', 'tr'];

/** The plural form of `key` in `forms` (`connectors` or `errors`) for `count` in `lang`. */
function plural(lang: Lang, forms: 'connectors' | 'errors', key: string, count: number): string {
  const table = STRINGS[lang][forms] as unknown as Record<string, string>;
  const form = table[`${key}_${new Intl.PluralRules(lang).select(count)}`] ?? table[`${key}_other`];
  if (!form) throw new Error(`no plural of ${forms}.${key} in ${lang}`);
  return form;
}

// ---- sessions and adapters ------------------------------------------------------------------

interface Sent {
  method: string;
  url: string;
}

interface Answer extends Sent {
  status: number;
  body: string;
}

/** A `fetch` for the RestAdapter that keeps every request it sends and every answer it reads. */
function recordingFetch(): { fetch: typeof fetch; requests: Sent[]; answers: Answer[] } {
  const requests: Sent[] = [];
  const answers: Answer[] = [];
  const recording = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    requests.push({ method, url });
    const response = await window.fetch(input, init);
    answers.push({ method, url, status: response.status, body: await response.clone().text() });
    return response;
  };
  return { fetch: recording, requests, answers };
}

function adapterFor(session: Session, options: { fetch?: typeof fetch } = {}): RestAdapter {
  return new RestAdapter({ baseUrl: apiUrl, token: () => session.token, ...options });
}

/** Alex in a new organisation, and Dana in the same one. */
async function organisation(): Promise<{ alex: Session; dana: Session }> {
  const alex = await newSession({});
  expect(alex.userId, 'the first user signs in by default').to.equal('user-alex');
  const dana = await newSession({ userId: 'user-dana', orgId: alex.orgId });
  expect(dana.orgId).to.equal(alex.orgId);
  return { alex, dana };
}

/** The values of a complete custom connector with basic authentication (the form's checks pass). */
function customValues(name: string): Record<string, string> {
  return {
    name,
    authType: 'basic',
    resourceUrl: 'https://api.reception.example.com',
    username: 'reception-service',
    password: 'reception-password-1',
    verificationUrl: 'https://api.reception.example.com/verify',
  };
}

/** Leaves the organisation with exactly `count` custom connectors, all created through the API. */
async function customConnectors(api: RestAdapter, count: number, prefix = 'API'): Promise<void> {
  for (const seeded of await api.listConnectors({ owner: 'all', typeId: 'custom-rest' })) await api.deleteConnector(seeded.id);
  for (let index = 1; index <= count; index += 1) {
    const name = `${prefix} ${index}`;
    await api.createConnector({ typeId: 'custom-rest', name, values: customValues(name) });
  }
  expect((await api.listConnectors({ owner: 'all', typeId: 'custom-rest' })).length, 'custom connectors on the server').to.equal(count);
}

// ---- the element ----------------------------------------------------------------------------

interface ListOptions {
  typeId?: string;
  owner?: 'me' | 'all';
}

/** Lists side by side in one `lang` wrapper (two admins, or two tabs), each loaded. */
async function renderLists(lang: Lang, adapters: RestAdapter[], options: ListOptions = {}): Promise<ConnectorListElement[]> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
    ${adapters.map(
      (adapter) =>
        html`<connector-list type-id=${options.typeId ?? ''} owner=${options.owner ?? 'me'} .adapter=${adapter}></connector-list>`,
    )}
  </div>`);
  const lists = [...wrapper.querySelectorAll('connector-list')];
  for (const list of lists) await settled(list, lang, { idle: true });
  return lists;
}

async function renderList(lang: Lang, adapter: RestAdapter, options: ListOptions = {}): Promise<ConnectorListElement> {
  const [list] = await renderLists(lang, [adapter], options);
  return list!;
}

/** "Created by …" of a listed connector (the list has a `type-id`, so its meta starts with the owner). */
function createdBy(list: ConnectorListElement, name: string): string {
  return textOf(inRow(list, name, 'connector-meta')).split(' · ')[0]!;
}

/** Picks the owner filter's option as the admin does, and waits for the list from the server. */
async function showOwner(list: ConnectorListElement, owner: 'me' | 'all', lang: Lang): Promise<void> {
  const select = part<HTMLSelectElement>(list, 'owner-filter')!;
  select.value = owner;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await list.updateComplete;
  await settled(list, lang, { idle: true });
}

async function submitForm(form: HTMLElement): Promise<void> {
  await waitFor(() => formPart<HTMLButtonElement>(form, 'submit-button')?.disabled === false, 'the main button');
  formPart<HTMLButtonElement>(form, 'submit-button')!.click();
  await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

function credential(form: HTMLElement, key: 'client-id' | 'client-secret'): string {
  return textOf(formPart(form, key)?.querySelector('[part~="credential-value"]'));
}

/** New connector → name and description → Done; resolves on the one-time credentials panel. */
async function openCredentials(list: ConnectorListElement, name: string, description: string): Promise<{ form: HTMLElement; clientId: string; secret: string }> {
  await click(list, addButton(list));
  const form = await nestedForm(list);
  enter(form, controlId('rest-registry', 'name'), name);
  enter(form, controlId('rest-registry', 'description'), description);
  await submitForm(form);
  await waitFor(() => !!formPart(form, 'credentials'), 'the credentials panel');
  return { form, clientId: credential(form, 'client-id'), secret: credential(form, 'client-secret') };
}

/** The credentials panel's Close, then "Yes, close" on the question about the secret. */
async function closeCredentials(list: ConnectorListElement, form: HTMLElement, lang: Lang): Promise<void> {
  formPart(form, 'credentials-close-button')!.click();
  await waitFor(() => formPart<HTMLDialogElement>(form, 'confirm-dialog')?.open === true, 'the question about the secret');
  expect(textOf(formPart(form, 'confirm-title'))).to.equal(STRINGS[lang].connectors.secretCopiedTitle);
  formPart(form, 'confirm-button')!.click();
  await waitFor(() => !formDialog(list).open, 'the form dialog to close');
  await list.updateComplete;
}

/** A registry connector created through the element from start to the closed panel. */
async function createThroughList(list: ConnectorListElement, lang: Lang, name: string, description: string): Promise<{ clientId: string; secret: string }> {
  const { form, clientId, secret } = await openCredentials(list, name, description);
  expect(clientId, 'an ID is shown').to.not.equal('');
  expect(secret.length, 'a secret is shown').to.be.greaterThan(8);
  await closeCredentials(list, form, lang);
  return { clientId, secret };
}

function collect(target: EventTarget, type: string): CustomEvent[] {
  const seen: CustomEvent[] = [];
  target.addEventListener(type, (event) => seen.push(event as CustomEvent));
  return seen;
}

// ---- tests ----------------------------------------------------------------------------------

describe('<connector-list> over REST to the reference server', () => {
  afterEach(() => fixtureCleanup());

  it('passes axe with the organisation’s connectors listed from the server', async () => {
    const { alex } = await organisation();
    const list = await renderList('en', adapterFor(alex), { owner: 'all' });
    expect(names(list)).to.have.members(['Arrivals bot', 'Guest survey sender', 'Room service API']);
    expect(await axeViolations(list)).to.deep.equal([]);
  });

  describe('two admins of one organisation', () => {
    for (const lang of LANGS) {
      it(`each creates a registry connector; "me" shows their own, "all" both with who created them, another organisation none (${lang})`, async () => {
        const strings = STRINGS[lang].connectors;
        const { alex, dana } = await organisation();
        const alexName = `Alex minibar ${lang}`;
        const danaName = `Dana spa ${lang}`;
        const [alexList, danaList] = await renderLists(lang, [adapterFor(alex), adapterFor(dana)], { typeId: 'rest-registry' });
        expect(names(alexList!), 'Alex’s seeded connector').to.deep.equal(['Guest survey sender']);
        expect(names(danaList!), 'Dana’s seeded connector').to.deep.equal(['Arrivals bot']);
        expect(textOf(addButton(alexList!))).to.equal(strings.newConnector);

        const alexCreated = await createThroughList(alexList!, lang, alexName, 'Minibar consumption to the folios.');
        const danaCreated = await createThroughList(danaList!, lang, danaName, 'Spa bookings to the front desk.');
        expect(alexCreated.clientId).to.not.equal(danaCreated.clientId);
        expect(names(alexList!)).to.deep.equal(['Guest survey sender', alexName]);
        expect(names(danaList!)).to.deep.equal(['Arrivals bot', danaName]);
        expect(textOf(part(alexList!, 'status'))).to.equal(strings.created);

        // From the server again: "me" is each admin's own, "all" the organisation's.
        for (const list of [alexList!, danaList!]) await showOwner(list, 'all', lang);
        const everything = ['Arrivals bot', 'Guest survey sender', alexName, danaName];
        for (const list of [alexList!, danaList!]) {
          expect(names(list)).to.have.members(everything);
          expect(names(list)).to.have.length(4);
          expect(createdBy(list, alexName)).to.equal(say(strings.createdBy, { name: 'Alex Morgan' }));
          expect(createdBy(list, danaName)).to.equal(say(strings.createdBy, { name: 'Dana Petrova' }));
          expect(createdBy(list, 'Arrivals bot')).to.equal(say(strings.createdBy, { name: 'Dana Petrova' }));
          expect(textOf(inRow(list, alexName, 'credential-value'))).to.equal(alexCreated.clientId);
          expect(textOf(inRow(list, danaName, 'credential-value'))).to.equal(danaCreated.clientId);
          expect(textOf(inRow(list, danaName, 'connector-description'))).to.equal('Spa bookings to the front desk.');
          expect(textOf(inRow(list, alexName, 'connector-status'))).to.equal(strings.status.active);
          expect(textOf(part(list, 'count'))).to.equal(say(plural(lang, 'connectors', 'count', 4), { count: 4 }));
        }
        for (const list of [alexList!, danaList!]) await showOwner(list, 'me', lang);
        expect(names(alexList!)).to.deep.equal(['Guest survey sender', alexName]);
        expect(names(danaList!)).to.deep.equal(['Arrivals bot', danaName]);
        expect(createdBy(danaList!, danaName)).to.equal(say(strings.createdBy, { name: 'Dana Petrova' }));

        // Another organisation: its own seeded connectors, none of the first one's new ones.
        const other = await newSession({});
        expect(other.orgId).to.not.equal(alex.orgId);
        const otherList = await renderList(lang, adapterFor(other), { typeId: 'rest-registry', owner: 'all' });
        expect(names(otherList)).to.have.members(['Arrivals bot', 'Guest survey sender']);
        expect(names(otherList)).to.have.length(2);
        for (const clientId of [alexCreated.clientId, danaCreated.clientId]) {
          expect(occurrences(otherList, clientId), 'another organisation’s connector ID').to.deep.equal([]);
        }
      });
    }
  });

  describe('group semantics', () => {
    for (const lang of ['bg', 'tr', 'en'] as const) {
      it(`adds to a group, keeps the token when deactivated, removes, is refused a new token while inactive (the backend's 403), rejoins once activated (${lang})`, async () => {
        const strings = STRINGS[lang];
        const { alex } = await organisation();
        const api = adapterFor(alex);
        const { connector } = await api.createConnector({ typeId: 'rest-registry', name: 'Laundry bot', values: { name: 'Laundry bot' } });
        const groups = await api.listGroups();
        const maintenance = groups.find((group) => group.id === 'maintenance')!;
        expect(maintenance, 'the maintenance group').to.not.equal(undefined);
        // A second tab of Alex's, loaded now and not reloaded: it still shows the connector active.
        const secondTab = await newSession({ userId: 'user-alex', orgId: alex.orgId });
        const [list, stale] = await renderLists(lang, [api, adapterFor(secondTab)], { typeId: 'rest-registry' });
        const changes = collect(list!, 'pb-connector-group-change');
        const stored = async (): Promise<Connector> => api.getConnector(connector.id);

        // Added to a group: listed with its token, on the server too.
        const select = inRow<HTMLSelectElement>(list!, 'Laundry bot', 'group-select')!;
        expect([...select.options].map((option) => option.value)).to.include('maintenance');
        select.value = 'maintenance';
        await click(list!, inRow(list!, 'Laundry bot', 'add-group-button'));
        await waitFor(() => changes.length === 1, 'the group change');
        await list!.updateComplete;
        expect(changes[0]!.detail).to.deep.include({ groupId: 'maintenance', change: 'added' });
        expect(groupNames(list!, 'Laundry bot')).to.deep.equal([maintenance.name]);
        expect(textOf(part(list!, 'status'))).to.equal(say(strings.connectors.addedToGroup, { group: maintenance.name }));
        expect((await stored()).groups.map((membership) => membership.groupId)).to.deep.equal(['maintenance']);

        // Deactivated: the group keeps its token, no new group is offered.
        await click(list!, inRow(list!, 'Laundry bot', 'deactivate-button'));
        await confirmAndWait(list!);
        expect(textOf(inRow(list!, 'Laundry bot', 'connector-status'))).to.equal(strings.connectors.status.inactive);
        expect(groupNames(list!, 'Laundry bot'), 'the token stays listed').to.deep.equal([maintenance.name]);
        expect(textOf(inRow(list!, 'Laundry bot', 'inactive-note'))).to.equal(strings.connectors.inactiveGroupsNote);
        expect(inRow(list!, 'Laundry bot', 'add-group-button')).to.equal(null);
        const deactivated = await stored();
        expect(deactivated.status).to.equal('inactive');
        expect(deactivated.groups.map((membership) => membership.groupId), 'the token stays on the server').to.deep.equal(['maintenance']);

        // Removed from the group while inactive.
        await click(list!, inRow(list!, 'Laundry bot', 'remove-group-button'));
        await confirmAndWait(list!);
        expect(groupNames(list!, 'Laundry bot')).to.deep.equal([]);
        expect(textOf(inRow(list!, 'Laundry bot', 'groups'))).to.contain(strings.connectors.noGroups);
        expect(changes.map((event) => (event.detail as { change: string }).change)).to.deep.equal(['added', 'removed']);
        expect((await stored()).groups).to.deep.equal([]);

        // Re-adding is refused while inactive: the backend says 403, the stale tab shows it in its language.
        const refusal = await api.addConnectorToGroup(connector.id, 'maintenance').catch((error: unknown) => error);
        expect(refusal).to.be.instanceOf(PlugboardError);
        expect((refusal as PlugboardError).code).to.equal('forbidden');
        expect(textOf(inRow(stale!, 'Laundry bot', 'connector-status')), 'the second tab was not reloaded').to.equal(
          strings.connectors.status.active,
        );
        const staleChanges = collect(stale!, 'pb-connector-group-change');
        const staleErrors = collect(stale!, 'pb-error');
        inRow<HTMLSelectElement>(stale!, 'Laundry bot', 'group-select')!.value = 'maintenance';
        await click(stale!, inRow(stale!, 'Laundry bot', 'add-group-button'));
        await waitFor(() => !!part(stale!, 'error'), 'the refusal in the second tab');
        const failure = part(stale!, 'error')!;
        expect(textOf(failure)).to.equal(`${strings.connectors.actionFailed} ${strings.errors.forbidden}`);
        expect(failure.getAttribute('role')).to.equal('alert');
        expect(staleChanges, 'no group change').to.deep.equal([]);
        expect(staleErrors.map((event) => (event.detail as { code: string }).code)).to.deep.equal(['forbidden']);
        expect(groupNames(stale!, 'Laundry bot'), 'no group shown as joined').to.deep.equal([]);
        expect((await stored()).groups, 'nothing joined on the server').to.deep.equal([]);

        // Activated, it joins again.
        await click(list!, inRow(list!, 'Laundry bot', 'activate-button'));
        await waitFor(() => textOf(inRow(list!, 'Laundry bot', 'connector-status')) === strings.connectors.status.active, 'the activation');
        expect(inRow(list!, 'Laundry bot', 'inactive-note')).to.equal(null);
        inRow<HTMLSelectElement>(list!, 'Laundry bot', 'group-select')!.value = 'maintenance';
        await click(list!, inRow(list!, 'Laundry bot', 'add-group-button'));
        await waitFor(() => changes.length === 3, 'the group change after activation');
        await list!.updateComplete;
        expect(groupNames(list!, 'Laundry bot')).to.deep.equal([maintenance.name]);
        expect(part(list!, 'error')).to.equal(null);
        const rejoined = await stored();
        expect(rejoined.status).to.equal('active');
        expect(rejoined.groups.map((membership) => membership.groupId)).to.deep.equal(['maintenance']);
      });
    }
  });

  describe('the custom connector limit', () => {
    it('shows the limit reached with 10 created through the API, and disables adding (tr)', async () => {
      const { alex } = await organisation();
      const api = adapterFor(alex);
      await customConnectors(api, 10);
      const eleventh = await api.createConnector({ typeId: 'custom-rest', name: 'API 11', values: customValues('API 11') }).catch((error: unknown) => error);
      expect((eleventh as PlugboardError).code, 'the server refuses an 11th').to.equal('limit-reached');

      const list = await renderList('tr', api, { typeId: 'custom-rest', owner: 'all' });
      expect(names(list)).to.have.length(10);
      expect(textOf(part(list, 'count'))).to.equal(say(plural('tr', 'connectors', 'count', 10), { count: 10 }));
      expect(addButton(list).disabled).to.equal(true);
      const reason = part(list, 'limit-reached')!;
      expect(textOf(reason)).to.equal(say(plural('tr', 'connectors', 'limitReached', 10), { count: 10 }));
      expect(addButton(list).getAttribute('aria-describedby')).to.equal(reason.id);
      expect(part(list, 'limit')).to.equal(null);

      // Dana's view of the same organisation: none of them hers, the limit the same.
      const dana = await newSession({ userId: 'user-dana', orgId: alex.orgId });
      fixtureCleanup();
      const hers = await renderList('tr', adapterFor(dana), { typeId: 'custom-rest' });
      expect(names(hers)).to.deep.equal([]);
      expect(addButton(hers).disabled).to.equal(true);
      expect(textOf(part(hers, 'limit-reached'))).to.equal(say(plural('tr', 'connectors', 'limitReached', 10), { count: 10 }));
    });

    for (const lang of ['en', 'bg'] as const) {
      it(`shows the server's limit-reached when the list's count is stale, and disables adding with the reason (${lang})`, async () => {
        const strings = STRINGS[lang];
        const { alex, dana } = await organisation();
        const api = adapterFor(alex);
        await customConnectors(api, 9);
        const list = await renderList(lang, api, { typeId: 'custom-rest' });
        expect(textOf(addButton(list))).to.equal(strings.connectors.addMore);
        expect(addButton(list).disabled).to.equal(false);
        expect(textOf(part(list, 'limit'))).to.equal(say(plural(lang, 'connectors', 'limit', 10), { used: 9, count: 10 }));

        // Another admin takes the last place after the list loaded.
        await adapterFor(dana).createConnector({ typeId: 'custom-rest', name: 'Dana API', values: customValues('Dana API') });
        const errors = collect(list, 'pb-error');
        const created = collect(list, 'pb-connector-created');
        await click(list, addButton(list));
        const form = await nestedForm(list);
        fillCustom(form, customValues('Reception API'));
        await submitForm(form);
        await waitFor(() => !!formPart(form, 'error'), 'the refusal in the form');

        expect(textOf(formPart(form, 'error'))).to.contain(say(plural(lang, 'errors', 'limit-reached', 10), { count: 10 }));
        expect(errors.map((event) => (event.detail as { code: string }).code)).to.include('limit-reached');
        expect(created).to.deep.equal([]);
        expect(formControl(form, controlId('custom-rest', 'name'))!.value, 'what was typed stays').to.equal('Reception API');
        expect(formDialog(list).open, 'the form stays open').to.equal(true);
        await list.updateComplete;
        expect(addButton(list).disabled).to.equal(true);
        const reason = part(list, 'limit-reached')!;
        expect(textOf(reason)).to.equal(say(plural(lang, 'connectors', 'limitReached', 10), { count: 10 }));
        expect(addButton(list).getAttribute('aria-describedby')).to.equal(reason.id);
        const stored = await api.listConnectors({ owner: 'all', typeId: 'custom-rest' });
        expect(stored.map((connector) => connector.name), 'nothing created').to.not.include('Reception API');
        expect(stored).to.have.length(10);
      });
    }
  });

  describe('the one-time secret', () => {
    let watch: SecretWatch | undefined;
    afterEach(() => {
      watch?.stop();
      watch = undefined;
    });

    it('is shown once, and never kept in the DOM, storage, events, request URLs or the server’s answers (en)', async () => {
      const { alex } = await organisation();
      const recorder = recordingFetch();
      const api = adapterFor(alex, { fetch: recorder.fetch });
      const wrapperEvents: string[] = [];
      const list = await renderList('en', api, { typeId: 'rest-registry' });
      // Every event the elements fire, wherever it is heard: the page, the list, inside its shadow root.
      for (const target of [window, list, list.shadowRoot!]) {
        for (const name of PLUGBOARD_EVENT_NAMES) {
          target.addEventListener(name, (event) => wrapperEvents.push(`${name} ${JSON.stringify((event as CustomEvent).detail)}`), { capture: true });
        }
      }

      const { form, clientId, secret } = await openCredentials(list, 'Minibar sync', 'Minibar consumption to the folios.');
      watch = watchForSecret(secret);
      const createAnswer = recorder.answers.find((answer) => answer.method === 'POST' && /\/connectors$/.test(new URL(answer.url).pathname));
      expect(createAnswer?.status).to.equal(201);
      expect((JSON.parse(createAnswer!.body) as { clientSecret: string }).clientSecret, 'the secret the server issued').to.equal(secret);
      expect(watch.leaks({ dom: true }).length, 'the watch sees the secret while its panel is open').to.be.greaterThan(0);
      expect(watch.leaks(), 'in attributes, storage or URLs, even while shown').to.deep.equal([]);

      await closeCredentials(list, form, 'en');
      expect(textOf(inRow(list, 'Minibar sync', 'credential-value'))).to.equal(clientId);
      // The list read again from the server, the connector opened in its form and closed.
      await showOwner(list, 'all', 'en');
      await showOwner(list, 'me', 'en');
      await click(list, inRow(list, 'Minibar sync', 'edit-button'));
      const edit = await nestedForm(list);
      expect(formControl(edit, controlId('rest-registry', 'name'))?.value, 'the edit form holds the connector').to.equal('Minibar sync');
      edit.shadowRoot!.querySelector<HTMLElement>('[part~="close-button"]')?.click();
      await waitFor(() => !formDialog(list).open, 'the edit form to close');
      const fromServer = JSON.stringify([
        await api.listConnectors({ owner: 'me', typeId: 'rest-registry' }),
        await api.listConnectors({ owner: 'all' }),
        await api.getConnector((await api.listConnectors({ owner: 'me', typeId: 'rest-registry' })).find((c) => c.name === 'Minibar sync')!.id),
      ]);
      expect(fromServer).to.contain(clientId);

      expect(occurrences(document, secret), 'anywhere in the DOM').to.deep.equal([]);
      expect(watch.leaks({ dom: true }), 'DOM, storage, event details, URLs, console').to.deep.equal([]);
      const stored = [localStorage, sessionStorage].flatMap((storage) =>
        Array.from({ length: storage.length }, (_, index) => `${storage.key(index)}=${storage.getItem(storage.key(index)!)}`),
      );
      expect(stored.filter((entry) => entry.includes(secret)), 'web storage').to.deep.equal([]);
      expect(wrapperEvents.length, 'events were heard').to.be.greaterThan(0);
      expect(wrapperEvents.some((event) => event.startsWith('pb-connector-created')), 'the created event was heard').to.equal(true);
      expect(wrapperEvents.filter((event) => event.includes(secret)), 'event details').to.deep.equal([]);
      expect(recorder.requests.length, 'requests were recorded').to.be.greaterThan(5);
      expect(recorder.requests.filter((request) => decodeURIComponent(request.url).includes(secret)), 'request URLs').to.deep.equal([]);
      const reads = recorder.answers.filter((answer) => answer.method === 'GET' && new URL(answer.url).pathname.includes('/connectors'));
      expect(reads.length, 'lists and connectors read from the server').to.be.greaterThan(2);
      expect(reads.filter((answer) => answer.body.includes(secret)).map((answer) => answer.url), 'answers to reads').to.deep.equal([]);
      expect(recorder.answers.filter((answer) => answer.body.includes(secret)), 'only the create answered it').to.deep.equal([createAnswer]);
      expect(fromServer, 'listConnectors and getConnector').to.not.contain(secret);
    });
  });
});
