// The elements in React 19's JSX, typed by plugboard/types/react.
import type {} from '../../types/react.js';
import { useRef } from 'react';
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
        className="catalog"
        onpb-activated={(event: PbActivatedEvent) => console.log(event.detail.activation.status)}
        onpb-app-open={(event) => {
          const appId: string = event.detail.appId;
          const element: AppMarketplace = event.target;
          console.log(appId, element.hostName);
        }}
      />
      <app-detail app-id="crm-sync" hostName="Hotelio" now={() => new Date()} onpb-error={(event) => console.log(event.detail.code)} />
      <connector-form type-id="custom-rest" mode="edit" connector-id="c1" onpb-connector-closed={() => undefined} />
      <connector-list owner="all" onpb-connector-group-change={(event) => console.log(event.detail)} />
      <consent-dialog open busy={false} error="" onpb-consent-cancel={(event) => console.log(event.detail.appId)} />
      <network-security heading-level={3} onpb-network-security-change={(event) => console.log(event.detail.settings.mode)} />
      <sync-settings openWindow={(url, target, features) => window.open(url, target, features)} onpb-sync-run={(event) => console.log(event.detail)} />

      {/* @ts-expect-error host-name is a string */}
      <app-marketplace host-name={5} />
      {/* @ts-expect-error hostName is a string */}
      <app-marketplace hostName={true} />
      {/* @ts-expect-error heading-level is a number */}
      <app-marketplace heading-level="two" />
      {/* @ts-expect-error the adapter is an ApiAdapter */}
      <app-marketplace adapter="https://api.example.com" />
      {/* @ts-expect-error mode is create, edit or reconnect */}
      <connector-form mode="delete" />
      {/* @ts-expect-error owner is me or all */}
      <connector-list owner="everyone" />
      {/* @ts-expect-error React would listen to "PbActivated": the callback is onpb-activated */}
      <app-marketplace onPbActivated={() => undefined} />
      {/* @ts-expect-error pb-activated brings a PbActivatedEvent */}
      <app-marketplace onpb-activated={(event: PbErrorEvent) => console.log(event.detail.code)} />
      {/* @ts-expect-error <consent-dialog> has no adapter */}
      <consent-dialog adapter={new MemoryAdapter()} />
    </main>
  );
}
