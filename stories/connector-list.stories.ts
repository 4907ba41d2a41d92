import type { Meta, StoryObj } from '@storybook/web-components';
import { userEvent, waitFor } from 'storybook/test';
import '../src/components/connector-list/define.js';
import { fixtures, type Fixtures, type MemoryAdapter } from '../src/api/memory/index.js';
import { ALWAYS, FOREVER_MS, elementHelpers, shadowOf, storyAdapter, withAdapter } from './support.js';

const CUSTOM = 'custom-rest';
const REGISTRY = 'rest-registry';
const SOURCE = 'calltrack';

/** Plays wait this long for the adapter (300 ms a call in the stories) and the re-render after it. */
const SETTLE_MS = 5_000;

/** The bundled registry connector the signed-in admin (Alex) created: inactive, in one group. */
const ALEX_REGISTRY_CONNECTOR = 'connector-survey-sender';

// ---- fixtures -----------------------------------------------------------------------------

/** A custom connector type's limit per organisation, from the bundled fixtures. */
function customLimit(): number {
  const limit = fixtures.connectorTypes.find((type) => type.id === CUSTOM)?.maxPerOrganization;
  if (typeof limit !== 'number') throw new Error(`The bundled ${CUSTOM} type has no limit.`);
  return limit;
}

/** The bundled fixtures without logo URLs (their placeholder CDN is not there; see support.ts). */
function storyFixtures(): Fixtures {
  return {
    ...fixtures,
    apps: fixtures.apps.map((app) => ({ ...app, logoUrl: undefined })),
    connectorTypes: fixtures.connectorTypes.map((type) => ({ ...type, logoUrl: undefined })),
  };
}

/** Names of the custom connectors a hotel might have; the stories take as many as they need. */
const CUSTOM_NAMES = [
  'Spa bookings API',
  'Minibar inventory',
  'Parking gate feed',
  'Laundry tracker',
  'Conference rooms API',
  'Shuttle schedule',
  'Lost and found log',
  'Wine cellar stock',
  'Pool sensors',
  'Bike rental desk',
];

/**
 * The bundled fixtures with `total` custom connectors in the organisation: the bundled one
 * (Dana's) and more, alternately the signed-in admin's and Dana's.
 */
function withCustomConnectors(total: number): () => Fixtures {
  return () => {
    const data = storyFixtures();
    const bundled = data.connectors.filter((connector) => connector.typeId === CUSTOM).length;
    const extra = CUSTOM_NAMES.slice(0, Math.max(0, total - bundled)).map((name, index) => {
      const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
      return {
        id: `connector-story-${slug}`,
        typeId: CUSTOM,
        name,
        description: '',
        ownerId: index % 2 === 0 ? 'user-alex' : 'user-dana',
        status: index % 3 === 2 ? ('inactive' as const) : ('active' as const),
        values: {
          name,
          authType: 'basic',
          resourceUrl: `https://${slug}.example.com`,
          username: 'plugboard-service',
          verificationUrl: `https://${slug}.example.com/auth/verify`,
        },
        secrets: { password: `${slug}-story-password` },
      };
    });
    if (bundled + extra.length !== total) throw new Error(`The stories name only ${CUSTOM_NAMES.length} more custom connectors.`);
    return { ...data, connectors: [...data.connectors, ...extra] };
  };
}

/** An admin of the same organisation who has created no connector yet. */
const NEWCOMER = { id: 'user-sam', name: 'Sam Okafor' };

function withNewcomer(): Fixtures {
  const data = storyFixtures();
  return { ...data, users: [...data.users, NEWCOMER] };
}

/** Stores a Ringlytic call-tracking connector as an admin would have left it: connected and active. */
async function seedSourceConnector(adapter: MemoryAdapter): Promise<void> {
  const { connector } = await adapter.createConnector({
    typeId: SOURCE,
    name: 'Ringlytic · Front desk line',
    values: { authMethod: 'login', login: 'demo@example.com', password: 'demo-password' },
  });
  await adapter.authorizeConnector(connector.id);
  await adapter.updateConnector(connector.id, {
    values: { callsToLoad: 'tagged', tags: ['booking-request'], channelMode: 'static', staticChannels: ['seekly-ads'] },
  });
  await adapter.activateConnector(connector.id);
}

// ---- finding things -----------------------------------------------------------------------

/**
 * The id of a field's control in the nested form: the form numbers its controls by the
 * field's position in its type, so the stories find them the same way in every language.
 */
function controlId(typeId: string, fieldId: string): string {
  const type = fixtures.connectorTypes.find((candidate) => candidate.id === typeId);
  const index = type?.steps.flatMap((step) => step.fields).findIndex((field) => field.id === fieldId) ?? -1;
  if (index < 0) throw new Error(`The bundled ${typeId} type has no field ${fieldId}.`);
  return `#field-${index}`;
}

function find<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`The story shows no ${selector}.`);
  return found;
}

/** Waits until `selector` is shown (after an adapter call), then returns it. */
async function shown<T extends Element>(root: ParentNode, selector: string): Promise<T> {
  return waitFor(() => find<T>(root, selector), { timeout: SETTLE_MS });
}

/** The list's root once it has loaded (its add button is there only then). */
async function loadedList(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await shadowOf(canvas.querySelector('connector-list'));
  await shown(root, '[part~="add-button"]');
  return root;
}

/** A listed connector's row. */
async function row(root: ShadowRoot, connectorId: string): Promise<HTMLElement> {
  return shown<HTMLElement>(root, `[part~="connector"][data-connector-id="${connectorId}"]`);
}

// ---- stories ------------------------------------------------------------------------------

const { args, argTypes, template } = elementHelpers('connector-list');

const meta = {
  title: 'Elements/connector-list',
  component: 'connector-list',
  args: { ...args, owner: 'all' },
  argTypes,
  render: (storyArgs, context) => template(withAdapter(storyArgs, context)),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The first answer never comes: the heading and the owner filter, and the loading line. */
export const Loading: Story = {
  loaders: [storyAdapter({ latency: FOREVER_MS })],
};

/**
 * Sam, an admin of the organisation, has created no connector: "created by me" is empty,
 * with Set up and the way to see all the organisation's connectors.
 */
export const EmptyMine: Story = {
  name: 'Empty (created by me)',
  loaders: [storyAdapter({ fixtures: withNewcomer, userId: NEWCOMER.id })],
  args: { owner: 'me' },
};

/** The connectors fail to load; Retry fails again. */
export const LoadError: Story = {
  name: 'Load error',
  loaders: [storyAdapter({ prepare: (adapter) => adapter.simulateError('listConnectors', 'server', { times: ALWAYS }) })],
};

/**
 * Registry connectors Alex created (the default owner filter): one, inactive, still in a
 * group, with the note on what an inactive connector can do with groups; "New connector".
 */
export const RegistryMine: Story = {
  name: 'Registry connectors, created by me',
  loaders: [storyAdapter()],
  args: { 'type-id': REGISTRY, owner: 'me' },
};

/**
 * All the organisation's registry connectors: Dana's active one in two groups (each with
 * the time its token was issued, Remove, and a group to add it to), Alex's inactive one.
 */
export const RegistryAll: Story = {
  name: 'Registry connectors, all, with groups',
  loaders: [storyAdapter()],
  args: { 'type-id': REGISTRY },
};

/** Four of the ten custom connectors allowed: "Add more", with "4 of 10 connectors used" before the form opens. */
export const CustomWithLimit: Story = {
  name: 'Custom connectors, n of 10',
  loaders: [storyAdapter({ fixtures: withCustomConnectors(4) })],
  args: { 'type-id': CUSTOM },
};

/** All ten custom connectors used: adding is disabled, and the list says why. */
export const CustomAtLimit: Story = {
  name: 'Custom connectors, at the limit',
  loaders: [storyAdapter({ fixtures: withCustomConnectors(customLimit()) })],
  args: { 'type-id': CUSTOM },
};

/**
 * Every type, with a connected Ringlytic call-tracking connector listed; "Add connector"
 * opens the service picker, Ringlytic and Ringlytic Global together under "Lead tracking",
 * the custom connector with its limit.
 */
export const SourcePicker: Story = {
  name: 'Source connectors, service picker open',
  loaders: [storyAdapter({ prepare: seedSourceConnector })],
  play: async ({ canvasElement }) => {
    const root = await loadedList(canvasElement);
    await userEvent.click(find(root, '[part~="add-button"]'));
    await shown(root, '[part~="service-picker"]');
  },
};

/**
 * "New connector" asks a name and a short description; once created, the Connector ID and
 * Connector Secret are shown this once, with Copy and the warning. Close asks whether the
 * secret was copied.
 */
export const RegistryCredentials: Story = {
  name: 'Registry connector created: ID and secret, once',
  loaders: [storyAdapter()],
  args: { 'type-id': REGISTRY, owner: 'me' },
  play: async ({ canvasElement }) => {
    const root = await loadedList(canvasElement);
    await userEvent.click(find(root, '[part~="add-button"]'));
    const form = await shadowOf(await shown(root, '[part~="connector-form"]'));
    await userEvent.type(await shown(form, controlId(REGISTRY, 'name')), 'Housekeeping board sync');
    await userEvent.type(find(form, controlId(REGISTRY, 'description')), 'Posts room status changes to the housekeeping group.');
    await userEvent.click(find(form, '[part~="submit-button"]'));
    await shown(form, '[part~="credentials"]');
  },
};

/** Activating Alex's inactive registry connector fails at the backend: the list says so in the toolbar's language. */
export const ActionFailed: Story = {
  name: 'Row action failed',
  loaders: [storyAdapter({ prepare: (adapter) => adapter.simulateError('activateConnector', 'server', { times: ALWAYS }) })],
  args: { 'type-id': REGISTRY, owner: 'me' },
  play: async ({ canvasElement }) => {
    const root = await loadedList(canvasElement);
    const connector = await row(root, ALEX_REGISTRY_CONNECTOR);
    await userEvent.click(find(connector, '[part~="activate-button"]'));
    await shown(root, '[part~="error"]');
  },
};
