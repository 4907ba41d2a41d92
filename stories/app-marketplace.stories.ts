import type { Meta, StoryObj } from '@storybook/web-components';
import { userEvent } from 'storybook/test';
import '../src/components/app-marketplace/define.js';
import { ALWAYS, FOREVER_MS, elementHelpers, fixtureAppId, manyApps, shadowOf, storyAdapter, withAdapter } from './support.js';

const { args, argTypes, template } = elementHelpers('app-marketplace');

const meta = {
  title: 'Elements/app-marketplace',
  component: 'app-marketplace',
  args: { ...args, 'host-name': 'Hotelio' },
  argTypes,
  render: (storyArgs, context) => template(withAdapter(storyArgs, context)),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The whole bundled catalog: categories with counts, search and the tiles. */
export const Default: Story = {
  loaders: [storyAdapter()],
};

/** The Active view: the apps that are active, expired or waiting for configuration. */
export const ActiveView: Story = {
  name: 'Active view',
  loaders: [storyAdapter()],
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement.querySelector('app-marketplace'));
    // The second view is Active, in every language.
    const active = root.querySelectorAll<HTMLInputElement>('input[name="view"]')[1];
    if (!active) throw new Error('The Active view is missing.');
    await userEvent.click(active);
  },
};

/** The first answer never comes. */
export const Loading: Story = {
  loaders: [storyAdapter({ latency: FOREVER_MS })],
};

/** The catalog fails to load; Retry fails again. */
export const LoadError: Story = {
  name: 'Load error',
  loaders: [storyAdapter({ prepare: (adapter) => adapter.simulateError('listApps', 'server', { times: ALWAYS }) })],
};

/** A search that matches nothing, typed into the search field. */
export const EmptySearch: Story = {
  name: 'Empty search',
  loaders: [storyAdapter()],
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement.querySelector('app-marketplace'));
    const search = root.querySelector<HTMLInputElement>('input[type="search"]');
    if (!search) throw new Error('The search field is missing.');
    await userEvent.type(search, 'zzxq');
  },
};

const deepLinkedApp = fixtureAppId('active vendor-developed app', (app) => app.initialStatus === 'active' && app.developer === 'vendor');

/** The `app` attribute opens that app's detail dialog over the catalog. */
export const DeepLinkedApp: Story = {
  name: 'Deep-linked app',
  loaders: [storyAdapter()],
  args: { app: deepLinkedApp },
};

/**
 * Ten thousand apps (copies of the bundled ones under new ids): the first page shows at
 * once, the rest load page by page; only the tiles in view are in the DOM.
 */
export const TenThousandApps: Story = {
  name: '10,000 apps',
  loaders: [storyAdapter({ fixtures: () => manyApps(10_000) })],
};
