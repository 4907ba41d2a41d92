// Generated from custom-elements.json by scripts/jsx-types.mjs (`npm run build`). Do not edit.
// React 19's JSX: `<app-marketplace host-name="Hotelio" onpb-activated={…}>`. In a project:
// `import type {} from 'plugboard/types/react';` once, or "types": ["plugboard/types/react"].
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  AppDetailElement,
  AppMarketplace,
  ConnectorFormElement,
  ConnectorListElement,
  ConsentDialog,
  NetworkSecurityElement,
  SyncSettingsElement,
} from 'plugboard';
import type {
  AppDetailElementProps,
  AppMarketplaceProps,
  ConnectorFormElementProps,
  ConnectorListElementProps,
  ConsentDialogProps,
  NetworkSecurityElementProps,
  SyncSettingsElementProps,
} from './elements.js';

/** The element's attributes, properties and `on<event>` callbacks, and React's props of any element. */
type ElementProps<E extends HTMLElement, P> = P & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** One app in full: how it works, the data it exchanges and may access, who built and supports it, and its activation: consent, credentials, configuration, deactivation. */
      'app-detail': ElementProps<AppDetailElement, AppDetailElementProps>;
      /** The integrations catalog: categories, search, the Active view and a grid of app tiles; each app opens in a detail dialog where it is activated, configured or deactivated. */
      'app-marketplace': ElementProps<AppMarketplace, AppMarketplaceProps>;
      /** Sets up a connector from its type's declarative form: credentials first, then the settings the service unlocks once it accepted them; also edits, reconnects, deactivates and deletes one. */
      'connector-form': ElementProps<ConnectorFormElement, ConnectorFormElementProps>;
      /** The organisation's connectors: each with its type, status, owner and (for registry connectors) groups, with adding, editing, reconnecting, activating, deactivating, deleting, and group membership. */
      'connector-list': ElementProps<ConnectorListElement, ConnectorListElementProps>;
      /** Asks an administrator for the consents an app's activation needs: that fees may change (from the first day of next month) and that the vendor may access the listed data. */
      'consent-dialog': ElementProps<ConsentDialog, ConsentDialogProps>;
      /** Lets an administrator decide which networks may call the API on behalf of the integrations: unrestricted, or restricted to a list of trusted networks they maintain. */
      'network-security': ElementProps<NetworkSecurityElement, NetworkSecurityElementProps>;
      /** Sync with the admin's calendar and contacts accounts: the accounts linked through the provider's consent (OAuth), what each syncs and how often, which contacts sync (by personal tag), "Sync now", and an on-site installation's own OAuth client. */
      'sync-settings': ElementProps<SyncSettingsElement, SyncSettingsElementProps>;
    }
  }
}
