import type { StorybookConfig } from '@storybook/web-components-vite';

// Designers' preview of every Plugboard element in every locale and theme. Nothing here
// reaches the network: no telemetry, no update checks, no "what's new" feed, and no addon
// that downloads a browser. The toolbars, actions and play functions are Storybook's own;
// the docs addon gives each element its page, from custom-elements.json.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  // Storybook's own preview runtime is one chunk of about 900 kB; that is expected.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;
