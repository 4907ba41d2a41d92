// The plugboard/react components' props: the element's properties, typed, and a callback per
// event the element documents, receiving that event's class.
import { useRef } from 'react';
import { AppMarketplace, ConnectorForm, ConsentDialog, SyncSettings } from 'plugboard/react';
import type { AppMarketplace as AppMarketplaceElement, PbActivatedEvent, PbErrorEvent } from 'plugboard';
import { MemoryAdapter } from 'plugboard/memory';

export function Integrations() {
  const marketplace = useRef<AppMarketplaceElement>(null);
  return (
    <main>
      <AppMarketplace
        ref={marketplace}
        hostName="Hotelio"
        headingLevel={2}
        adapter={new MemoryAdapter()}
        className="catalog"
        onPbActivated={(event: PbActivatedEvent) => console.log(event.detail.activation.status)}
        onPbAppOpen={(event) => {
          const appId: string = event.detail.appId;
          console.log(appId);
        }}
      />
      <ConnectorForm typeId="custom-rest" mode="edit" connectorId="c1" onPbConnectorClosed={() => undefined} />
      <ConsentDialog open busy={false} onPbConsentCancel={(event) => console.log(event.detail.appId)} />
      <SyncSettings openWindow={(url, target, features) => window.open(url, target, features)} onPbSyncRun={(event) => console.log(event.detail)} />

      {/* @ts-expect-error hostName is a string */}
      <AppMarketplace hostName={5} />
      {/* @ts-expect-error mode is create, edit or reconnect */}
      <ConnectorForm mode="delete" />
      {/* @ts-expect-error no such event: the element fires pb-activated */}
      <AppMarketplace onPbActivate={() => undefined} />
      {/* @ts-expect-error pb-activated brings a PbActivatedEvent */}
      <AppMarketplace onPbActivated={(event: PbErrorEvent) => console.log(event.detail.code)} />
      {/* @ts-expect-error <consent-dialog> fires no pb-activated */}
      <ConsentDialog onPbActivated={() => undefined} />
    </main>
  );
}
