/** @jsxImportSource vue */
// The elements in Vue's JSX (vue/jsx-runtime), typed by plugboard/types/vue: the same types
// vue-tsc checks a template's `<app-marketplace host-name="Hotelio" @pb-activated="…">` with,
// the template's `@pb-activated` being the `onPbActivated` prop.
import type {} from '../../types/vue.js';
import type { IntrinsicElementAttributes } from 'vue';
import type { AppMarketplace, PbActivatedEvent, PbErrorEvent } from 'plugboard';
import { MemoryAdapter } from 'plugboard/memory';

// Each element on its own: Vue's JSX types give native elements no children prop.
export const integrations = [
  <app-marketplace
    host-name="Hotelio"
    heading-level={2}
    adapter={new MemoryAdapter()}
    class="catalog"
    onPbActivated={(event: PbActivatedEvent) => console.log(event.detail.activation.status)}
    onPbAppOpen={(event) => {
      const appId: string = event.detail.appId;
      const element: AppMarketplace = event.target;
      console.log(appId, element.hostName);
    }}
  />,
  <app-detail app-id="crm-sync" hostName="Hotelio" onPbError={(event) => console.log(event.detail.code)} />,
  <connector-form type-id="custom-rest" mode="create" onPbConnectorClosed={() => undefined} />,
  <connector-list owner="all" onPbConnectorGroupChange={(event) => console.log(event.detail)} />,
  <consent-dialog open onPbConsentCancel={(event) => console.log(event.detail.appId)} />,
  <network-security onPbNetworkSecurityChange={(event) => console.log(event.detail.settings.mode)} />,
  <sync-settings onPbSyncRun={(event) => console.log(event.detail)} />,

  // @ts-expect-error host-name is a string
  <app-marketplace host-name={5} />,
  // @ts-expect-error mode is create, edit or reconnect
  <connector-form mode="delete" />,
  // @ts-expect-error no such event: the element fires pb-activated
  <app-marketplace onPbActivate={() => undefined} />,
  // @ts-expect-error pb-activated brings a PbActivatedEvent
  <app-marketplace onPbActivated={(event: PbErrorEvent) => console.log(event.detail.code)} />,
];

// What vue-tsc reads for a template's attributes and `@event` handlers.
type Marketplace = IntrinsicElementAttributes['app-marketplace'];
export const attributes: Marketplace = { 'host-name': 'Hotelio', onPbDeactivated: (event) => console.log(event.detail.appId) };
// @ts-expect-error heading-level is a number
export const wrongType: Marketplace = { 'heading-level': 'two' };
// @ts-expect-error no such event: `@pb-activate` in a template
export const unknownEvent: Marketplace = { onPbActivate: () => undefined };
