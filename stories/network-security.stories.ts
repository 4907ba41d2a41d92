import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/components/network-security/define.js';
import { ALWAYS, elementHelpers, storyAdapter, withAdapter } from './support.js';

const { args, argTypes, template } = elementHelpers('network-security');

const meta = {
  title: 'Elements/network-security',
  component: 'network-security',
  args,
  argTypes,
  render: (storyArgs, context) => template(withAdapter(storyArgs, context)),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Unrestricted access with no trusted network, as every organization starts. */
export const Default: Story = {
  loaders: [storyAdapter()],
};

/** Restricted to trusted networks: an IPv4 range, an IPv6 range and a single address. */
export const WithTrustedNetworks: Story = {
  name: 'With trusted networks',
  loaders: [
    storyAdapter({
      prepare: async (adapter) => {
        await adapter.setNetworkSecurity({
          mode: 'restricted',
          trustedNetworks: [
            { address: '203.0.113.0/24', label: 'Head office' },
            { address: '2001:db8:4a::/48', label: 'Hotel VPN' },
            { address: '198.51.100.17', label: 'Front desk' },
          ],
        });
      },
    }),
  ],
};

/** The settings fail to load; Retry fails again. */
export const LoadError: Story = {
  name: 'Load error',
  loaders: [
    storyAdapter({ prepare: (adapter) => adapter.simulateError('getNetworkSecurity', 'server', { times: ALWAYS }) }),
  ],
};
