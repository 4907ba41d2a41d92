import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { userEvent } from 'storybook/test';
import '../src/components/consent-dialog/define.js';
import { ConsentDialog } from '../src/components/consent-dialog/consent-dialog.js';
import { STRINGS, elementHelpers, fixtureAppId, shadowOf, storyAdapter, storyData } from './support.js';

// The dialog is given its app by the host; the loader fetches it in the toolbar's locale.
const withFees = fixtureAppId('available app that may change fees', (app) => !app.initialStatus && app.mayChangeFees);
const dataOnly = fixtureAppId('available app that never changes fees', (app) => !app.initialStatus && !app.mayChangeFees);

const { args, argTypes, template } = elementHelpers('consent-dialog');

/** The dialog with the app the loader fetched, unless the `app` control holds one. */
function dialog(storyArgs: Args, context: Pick<StoryContext, 'loaded'>) {
  return template({ ...storyArgs, app: storyArgs['app'] ?? storyData(context).app });
}

const meta = {
  title: 'Elements/consent-dialog',
  component: 'consent-dialog',
  args: { ...args, open: true },
  argTypes,
  render: dialog,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Both consents: fees may change from the first day of next month, and data access. */
export const FeesAndData: Story = {
  name: 'Fees and data',
  loaders: [storyAdapter({ app: withFees })],
};

/** An app that never changes fees asks for the data consent only. */
export const DataOnly: Story = {
  name: 'Data only',
  loaders: [storyAdapter({ app: dataOnly })],
};

/**
 * The host activated with the consents and failed: the consents stay given, the failure is
 * shown and Activate becomes Try again. The host's message follows the toolbar's locale.
 */
export const ActivationFailed: Story = {
  name: 'Activation failed',
  loaders: [storyAdapter({ app: withFees })],
  render: (storyArgs, context) => {
    const strings = STRINGS[storyData(context).locale];
    const message = `${strings.detail.activationFailed} ${strings.errors.server}`;
    // Opening the dialog clears `error`, so it is set once the dialog has rendered open
    // (after this template has been committed, the dialog inside it included).
    const showError = (wrapper: Element | undefined) => {
      void Promise.resolve().then(async () => {
        const consent = wrapper?.querySelector('consent-dialog');
        if (!(consent instanceof ConsentDialog)) return;
        await consent.updateComplete;
        consent.error = message;
      });
    };
    // The host keeps the dialog open while it activates: it cancels pb-consent.
    return html`<div @pb-consent=${(event: Event) => event.preventDefault()} ${ref(showError)}>
      ${dialog(storyArgs, context)}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement.querySelector('consent-dialog'));
    for (const name of ['fees', 'data']) {
      const box = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      if (box && !box.checked) await userEvent.click(box);
    }
  },
};
