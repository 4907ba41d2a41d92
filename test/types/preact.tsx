/** @jsxImportSource preact */
// The elements in Preact's JSX, typed by plugboard/types/preact.
import type {} from '../../types/preact.js';
import { useRef } from 'preact/hooks';
import type { AppMarketplace, PbActivatedEvent, PbErrorEvent } from 'plugboard';
import { MemoryAdapter } from 'plugboard/memory';

export function Integrations() {
  const marketplace = useRef<AppMarketplace>(null);
  return (
    <main>
      <app-marketplace
        ref={marketplace}
        host-name="Hotelio"
        heading-level={2}
        adapter={new MemoryAdapter()}
        class="catalog"
        onpb-activated={(event: PbActivatedEvent) => console.log(event.detail.activation.status)}
        onpb-app-open={(event) => {
          const appId: string = event.detail.appId;
          const element: AppMarketplace = event.target;
          console.log(appId, element.hostName);
        }}
      />
      <app-detail app-id="crm-sync" hostName="Hotelio" onpb-error={(event) => console.log(event.detail.code)} />
      <connector-form type-id="custom-rest" mode="reconnect" connector-id="c1" />
      <connector-list owner="me" onpb-connector-deleted={(event) => console.log(event.detail)} />
      <consent-dialog open onpb-consent={(event) => console.log(event.detail.consent.termsVersion)} />
      <network-security onpb-network-security-change={(event) => console.log(event.detail.settings.mode)} />
      <sync-settings onpb-account-linked={(event) => console.log(event.detail.account.displayName)} />

      {/* @ts-expect-error host-name is a string */}
      <app-marketplace host-name={5} />
      {/* @ts-expect-error heading-level is a number */}
      <network-security heading-level="two" />
      {/* @ts-expect-error mode is create, edit or reconnect */}
      <connector-form mode="delete" />
      {/* @ts-expect-error Preact would listen to "pbactivated": the callback is onpb-activated */}
      <app-marketplace onPbActivated={() => undefined} />
      {/* @ts-expect-error pb-activated brings a PbActivatedEvent */}
      <app-marketplace onpb-activated={(event: PbErrorEvent) => console.log(event.detail.code)} />
      {/* @ts-expect-error <consent-dialog> has no adapter */}
      <consent-dialog adapter={new MemoryAdapter()} />
    </main>
  );
}
