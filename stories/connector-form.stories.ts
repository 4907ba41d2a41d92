import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { userEvent, waitFor } from 'storybook/test';
import '../src/components/connector-form/define.js';
import type { ConnectorFieldOverrides } from '../src/api/connector-values.js';
import { fixtures, type MemoryAdapter } from '../src/api/memory/index.js';
import { PSEUDO_LOCALE, pseudoStrings } from './pseudo-locale.js';
import {
  ALWAYS,
  FOREVER_MS,
  elementHelpers,
  shadowOf,
  storyAdapter,
  storyData,
  withAdapter,
  type StoryLocale,
} from './support.js';

const CUSTOM = 'custom-rest';
const SOURCE = 'calltrack';

/** The credentials the bundled Ringlytic service accepts (see the fixtures' `acceptedCredentials`). */
const SOURCE_LOGIN = 'demo@example.com';
const SOURCE_PASSWORD = 'demo-password';

/** A tag the seeded connector saved that the service no longer lists among its tags. */
const RETIRED_TAG = 'late-checkout';

/** Plays wait this long for the adapter (300 ms a call in the stories) and the re-render after it. */
const SETTLE_MS = 5_000;

/**
 * The id of a field's control: the form numbers its controls by the field's position in
 * its type (field ids may hold any text), so the stories find them the same way, in every
 * language, following the fixtures as they change.
 */
function controlId(typeId: string, fieldId: string): string {
  const type = fixtures.connectorTypes.find((candidate) => candidate.id === typeId);
  const index = type?.steps.flatMap((step) => step.fields).findIndex((field) => field.id === fieldId) ?? -1;
  if (index < 0) throw new Error(`The bundled ${typeId} type has no field ${fieldId}.`);
  return `#field-${index}`;
}

/** Something in the form's shadow root that must be there. */
function find<T extends Element>(root: ShadowRoot, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`The connector form shows no ${selector}.`);
  return found;
}

/** Waits until the form shows `selector` (after an adapter call), then returns it. */
async function shown<T extends Element>(root: ShadowRoot, selector: string): Promise<T> {
  return waitFor(() => find<T>(root, selector), { timeout: SETTLE_MS });
}

/** Types into an empty field (user-event's `clear` cannot tell that a control in a shadow root has focus). */
async function typeInto(root: ShadowRoot, selector: string, text: string): Promise<void> {
  await userEvent.type(find<HTMLInputElement>(root, selector), text);
}

/** The form's root once it has loaded its type (and connector). */
async function loadedForm(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await shadowOf(canvas.querySelector('connector-form'));
  await shown(root, '[part~="submit-button"]');
  return root;
}

// ---- seeded connectors ------------------------------------------------------------------

/** The connector a story's `prepare` stored, by the story's adapter. */
const seededConnectors = new WeakMap<MemoryAdapter, string>();

function seededId(adapter: MemoryAdapter): string {
  const id = seededConnectors.get(adapter);
  if (!id) throw new Error('This story seeded no connector.');
  return id;
}

/**
 * Stores a Ringlytic connector as an admin would have left it: signed in with the accepted
 * login (so the password is stored, write-only), loading tagged calls from static channels,
 * with one saved tag the service has since stopped offering; active unless told otherwise.
 */
function seedSourceConnector(options: { activate: boolean }) {
  return async (adapter: MemoryAdapter): Promise<void> => {
    const { connector } = await adapter.createConnector({
      typeId: SOURCE,
      name: 'Ringlytic · Front desk line',
      values: { authMethod: 'login', login: SOURCE_LOGIN, password: SOURCE_PASSWORD },
    });
    await adapter.authorizeConnector(connector.id);
    await adapter.updateConnector(connector.id, {
      values: {
        callsToLoad: 'tagged',
        tags: ['booking-request', 'group-booking', RETIRED_TAG],
        channelMode: 'static',
        staticChannels: ['seekly-ads', 'travelgram-ads'],
      },
    });
    if (options.activate) await adapter.activateConnector(connector.id);
    seededConnectors.set(adapter, connector.id);
  };
}

// ---- rendering --------------------------------------------------------------------------

const { args, argTypes, template } = elementHelpers('connector-form');

/** The form of the connector the story seeded, unless the `connector-id` control names another. */
function seededForm(storyArgs: Args, context: Pick<StoryContext, 'loaded'>) {
  const connectorId: unknown = storyArgs['connector-id'];
  return template({
    ...withAdapter(storyArgs, context),
    'connector-id': connectorId || seededId(storyData(context).adapter),
  });
}

// ---- host overrides -----------------------------------------------------------------------

interface HostHelp {
  resourceUrl: string;
  username: string;
}

const ENGLISH_HOST_HELP: HostHelp = {
  resourceUrl: 'Hotelio’s own API. Set by Hotelio; it cannot be changed here.',
  username: 'Create a service account for the connector in Hotelio first.',
};

/** Help a host writes for its own product, in each language it speaks (and the pseudo-locale). */
const HOST_HELP: Record<StoryLocale, HostHelp> = {
  en: ENGLISH_HOST_HELP,
  bg: {
    resourceUrl: 'Собственият API на Hotelio. Зададен е от Hotelio и не може да се променя тук.',
    username: 'Първо създайте служебен акаунт за конектора в Hotelio.',
  },
  ru: {
    resourceUrl: 'Собственный API Hotelio. Задан Hotelio, изменить его здесь нельзя.',
    username: 'Сначала создайте в Hotelio служебную учётную запись для коннектора.',
  },
  tr: {
    resourceUrl: 'Hotelio’nun kendi API’si. Hotelio tarafından belirlenir, burada değiştirilemez.',
    username: 'Önce Hotelio’da bağlayıcı için bir hizmet hesabı oluşturun.',
  },
  [PSEUDO_LOCALE]: pseudoStrings({ ...ENGLISH_HOST_HELP }),
};

/**
 * A host that allows basic authentication only (the choice is hidden, its default still
 * sent), fixes the resource URL (read-only) and links its own guide from the username.
 */
function hostOverrides(locale: StoryLocale): ConnectorFieldOverrides {
  const help = HOST_HELP[locale];
  return {
    authType: { hidden: true, defaultValue: 'basic' },
    resourceUrl: { defaultValue: 'https://api.hotelio.example', readOnly: true, help: help.resourceUrl },
    username: { help: help.username, helpUrl: 'https://help.hotelio.example/integrations/service-accounts' },
  };
}

// ---- stories ------------------------------------------------------------------------------

const meta = {
  title: 'Elements/connector-form',
  component: 'connector-form',
  args: { ...args, 'type-id': CUSTOM },
  argTypes,
  render: (storyArgs, context) => template(withAdapter(storyArgs, context)),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A new custom connector: name, basic authentication (the default), resource URL, username, password, verification URL. */
export const CustomConnector: Story = {
  name: 'Custom connector, empty',
  loaders: [storyAdapter()],
};

/** OAuth 2.0 with the password grant: client ID and secret, token URL, scope, then the service account's username, password and verification URL. */
export const OAuthPasswordGrant: Story = {
  name: 'Custom connector, OAuth 2.0 password grant',
  loaders: [storyAdapter()],
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await userEvent.click(find(root, `${controlId(CUSTOM, 'authType')}-1`));
    await userEvent.selectOptions(find(root, controlId(CUSTOM, 'grantType')), 'password');
  },
};

/** Done on an empty form with a plain-http resource URL: every refusal under its field, the first one focused. */
export const ValidationErrors: Story = {
  name: 'Validation errors',
  loaders: [storyAdapter()],
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await typeInto(root, controlId(CUSTOM, 'resourceUrl'), 'http://api.example.com');
    await userEvent.click(find(root, '[part~="submit-button"]'));
    await shown(root, '[part~="field-error"]');
  },
};

/** The backend refuses the name: another custom connector is called "Room service API" (a bundled one). */
export const NameConflict: Story = {
  name: 'Name taken (server conflict)',
  loaders: [storyAdapter()],
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await typeInto(root, controlId(CUSTOM, 'name'), 'Room service API');
    await typeInto(root, controlId(CUSTOM, 'resourceUrl'), 'https://api.roomservice.example.com');
    await typeInto(root, controlId(CUSTOM, 'username'), 'plugboard-service');
    await typeInto(root, controlId(CUSTOM, 'password'), 'correct horse battery staple');
    await typeInto(root, controlId(CUSTOM, 'verificationUrl'), 'https://api.roomservice.example.com/auth/verify');
    await userEvent.click(find(root, '[part~="submit-button"]'));
    await shown(root, '[part~="field-error"]');
  },
};

/**
 * A source connector before it is connected: the look-alike warning, the prerequisites
 * checklist and the IP addresses to allow-list; step 2 is locked until the service accepts
 * the credentials.
 */
export const SourceConnector: Story = {
  name: 'Source connector, step 1',
  loaders: [storyAdapter()],
  args: { 'type-id': SOURCE },
};

/**
 * Connect saved the credentials and the service accepted them: step 2 unlocked, with tagged
 * calls only, the service's tags, and static channels chosen.
 */
export const SourceAuthorized: Story = {
  name: 'Source connector, authorized: step 2',
  loaders: [storyAdapter()],
  args: { 'type-id': SOURCE },
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await typeInto(root, controlId(SOURCE, 'login'), SOURCE_LOGIN);
    await typeInto(root, controlId(SOURCE, 'password'), SOURCE_PASSWORD);
    await userEvent.click(find(root, '[part~="submit-button"]'));
    // The options of "Calls to load": all, primary, tagged.
    await userEvent.click(await shown(root, `${controlId(SOURCE, 'callsToLoad')}-2`));
    await userEvent.click(find(root, `${controlId(SOURCE, 'channelMode')}-1`));
    await userEvent.click(await shown(root, `${controlId(SOURCE, 'tags')}-0`));
    await userEvent.click(await shown(root, `${controlId(SOURCE, 'staticChannels')}-0`));
  },
};

/** The service fails to list its tags and channels: each field says so, with Retry (which fails again). */
export const RemoteOptionsFail: Story = {
  name: 'Source connector, choices fail to load',
  loaders: [
    storyAdapter({
      prepare: async (adapter) => {
        await seedSourceConnector({ activate: false })(adapter);
        adapter.simulateError('listConnectorOptions', 'server', { times: ALWAYS });
      },
    }),
  ],
  args: { 'type-id': '', mode: 'edit' },
  render: seededForm,
};

/**
 * Editing an active source connector: the stored password shows as set, with Replace; a
 * saved tag the service no longer offers stays checked and is said to be so; the
 * connector's status, deactivate, reconnect and delete below.
 */
export const EditStoredSecret: Story = {
  name: 'Edit: stored secret, retired tag',
  loaders: [storyAdapter({ prepare: seedSourceConnector({ activate: true }) })],
  args: { 'type-id': '', mode: 'edit' },
  render: seededForm,
};

/** Reconnecting: new credentials only (the stored password is asked again); the settings after them are kept. */
export const Reconnect: Story = {
  name: 'Reconnect',
  loaders: [storyAdapter({ prepare: seedSourceConnector({ activate: true }) })],
  args: { 'type-id': '', mode: 'reconnect' },
  render: seededForm,
};

/** Close after changing a field: the form asks before discarding the change. */
export const UnsavedChanges: Story = {
  name: 'Unsaved changes',
  loaders: [storyAdapter({ prepare: seedSourceConnector({ activate: true }) })],
  args: { 'type-id': '', mode: 'edit' },
  render: seededForm,
  play: async ({ canvasElement }) => {
    const root = await loadedForm(canvasElement);
    await userEvent.click(find(root, `${controlId(SOURCE, 'callsToLoad')}-0`));
    await userEvent.click(find(root, '[part~="close-button"]'));
    await shown(root, '[part~="confirm-dialog"][open]');
  },
};

/**
 * The host's overrides: the authentication type hidden (basic, its default, is still sent),
 * the resource URL set and read-only with the host's help, and a link to the host's own
 * guide under the username. The host's help follows the toolbar's language.
 */
export const HostOverrides: Story = {
  name: 'Host overrides',
  loaders: [storyAdapter()],
  render: (storyArgs, context) =>
    template({ ...withAdapter(storyArgs, context), overrides: storyArgs['overrides'] ?? hostOverrides(storyData(context).locale) }),
};

/** The first answer never comes. */
export const Loading: Story = {
  loaders: [storyAdapter({ latency: FOREVER_MS })],
};

/** The connector types fail to load; Retry fails again. */
export const LoadError: Story = {
  name: 'Load error',
  loaders: [storyAdapter({ prepare: (adapter) => adapter.simulateError('listConnectorTypes', 'server', { times: ALWAYS }) })],
};
