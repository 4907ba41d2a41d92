import type { Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/components/app-detail/define.js';
import { ALWAYS, fixtureAppId, storyAdapter, storyData } from './support.js';

// Apps picked by what they show, so the stories follow the fixtures as they change.
const available = fixtureAppId(
  'available vendor-developed app that may change fees',
  (app) => !app.initialStatus && app.developer === 'vendor' && app.mayChangeFees,
);
const active = fixtureAppId('active vendor-developed app', (app) => app.initialStatus === 'active' && app.developer === 'vendor');
const expired = fixtureAppId('app with expired credentials', (app) => app.initialStatus === 'credentials-expired');
const pending = fixtureAppId(
  'host-developed app pending configuration',
  (app) => app.initialStatus === 'pending-configuration' && app.developer === 'host',
);

function detail(context: Pick<StoryContext, 'loaded'>, appId: string) {
  const { adapter } = storyData(context);
  return html`<app-detail app-id=${appId} host-name="Hotelio" .adapter=${adapter}></app-detail>`;
}

const meta = {
  title: 'Elements/app-detail',
  component: 'app-detail',
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A vendor-developed app not yet activated: Activate opens the consent dialog. */
export const VendorAppAvailable: Story = {
  name: 'Vendor app, available',
  loaders: [storyAdapter()],
  render: (_args, context) => detail(context, available),
};

/** An active vendor-developed app with its API credentials (already used, so they do not expire). */
export const ActiveWithCredentials: Story = {
  name: 'Active, with credentials',
  loaders: [storyAdapter()],
  render: (_args, context) => detail(context, active),
};

/** Credentials issued more than 48 hours ago and never used: expired, to be re-issued. */
export const CredentialsExpired: Story = {
  name: 'Credentials expired',
  loaders: [storyAdapter()],
  render: (_args, context) => detail(context, expired),
};

/** A host-developed app activated but still waiting for its configuration. */
export const NeedsConfiguration: Story = {
  name: 'Host app, needs configuration',
  loaders: [storyAdapter()],
  render: (_args, context) => detail(context, pending),
};

/** The app fails to load; Retry fails again. */
export const LoadError: Story = {
  name: 'Load error',
  loaders: [storyAdapter({ prepare: (adapter) => adapter.simulateError('getApp', 'server', { times: ALWAYS }) })],
  render: (_args, context) => detail(context, available),
};
