import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/components/app-detail/define.js';
import { ALWAYS, elementHelpers, fixtureAppId, storyAdapter, withAdapter } from './support.js';

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

const { args, argTypes, template } = elementHelpers('app-detail');

const meta = {
  title: 'Elements/app-detail',
  component: 'app-detail',
  args: { ...args, 'app-id': available, 'host-name': 'Hotelio' },
  argTypes,
  render: (storyArgs, context) => template(withAdapter(storyArgs, context)),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A vendor-developed app not yet activated: Activate opens the consent dialog. */
export const VendorAppAvailable: Story = {
  name: 'Vendor app, available',
  loaders: [storyAdapter()],
};

/** An active vendor-developed app with its API credentials (already used, so they do not expire). */
export const ActiveWithCredentials: Story = {
  name: 'Active, with credentials',
  loaders: [storyAdapter()],
  args: { 'app-id': active },
};

/** Credentials issued more than 48 hours ago and never used: expired, to be re-issued. */
export const CredentialsExpired: Story = {
  name: 'Credentials expired',
  loaders: [storyAdapter()],
  args: { 'app-id': expired },
};

/** A host-developed app activated but still waiting for its configuration. */
export const NeedsConfiguration: Story = {
  name: 'Host app, needs configuration',
  loaders: [storyAdapter()],
  args: { 'app-id': pending },
};

/** The app fails to load; Retry fails again. */
export const LoadError: Story = {
  name: 'Load error',
  loaders: [storyAdapter({ prepare: (adapter) => adapter.simulateError('getApp', 'server', { times: ALWAYS }) })],
};
