// Generated from custom-elements.json by scripts/jsx-types.mjs (`npm run build`). Do not edit.
// Svelte's templates (svelte-check): `<app-marketplace host-name="Hotelio" onpb-activated={…}>`.
// In a project: `import type {} from 'plugboard/types/svelte';` once, or "types": ["plugboard/types/svelte"].
import type { HTMLAttributes } from 'svelte/elements';
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
  AppDetailElementPbActivatedElementEvent,
  AppDetailElementPbConsentElementEvent,
  AppDetailElementPbDeactivateRequestElementEvent,
  AppDetailElementPbDeactivatedElementEvent,
  AppDetailElementPbErrorElementEvent,
  AppDetailElementProps,
  AppMarketplacePbActivatedElementEvent,
  AppMarketplacePbAppCloseElementEvent,
  AppMarketplacePbAppOpenElementEvent,
  AppMarketplacePbConsentElementEvent,
  AppMarketplacePbDeactivateRequestElementEvent,
  AppMarketplacePbDeactivatedElementEvent,
  AppMarketplacePbErrorElementEvent,
  AppMarketplacePbNetworkSecurityChangeElementEvent,
  AppMarketplaceProps,
  ConnectorFormElementPbConnectorActionRequestElementEvent,
  ConnectorFormElementPbConnectorActivatedElementEvent,
  ConnectorFormElementPbConnectorAuthorizedElementEvent,
  ConnectorFormElementPbConnectorClosedElementEvent,
  ConnectorFormElementPbConnectorCreatedElementEvent,
  ConnectorFormElementPbConnectorDeactivatedElementEvent,
  ConnectorFormElementPbConnectorDeletedElementEvent,
  ConnectorFormElementPbConnectorSavedElementEvent,
  ConnectorFormElementPbErrorElementEvent,
  ConnectorFormElementProps,
  ConnectorListElementPbConnectorActionRequestElementEvent,
  ConnectorListElementPbConnectorActivatedElementEvent,
  ConnectorListElementPbConnectorCreatedElementEvent,
  ConnectorListElementPbConnectorDeactivatedElementEvent,
  ConnectorListElementPbConnectorDeletedElementEvent,
  ConnectorListElementPbConnectorGroupChangeElementEvent,
  ConnectorListElementPbConnectorSavedElementEvent,
  ConnectorListElementPbErrorElementEvent,
  ConnectorListElementProps,
  ConsentDialogPbConsentCancelElementEvent,
  ConsentDialogPbConsentElementEvent,
  ConsentDialogProps,
  NetworkSecurityElementPbErrorElementEvent,
  NetworkSecurityElementPbNetworkSecurityChangeElementEvent,
  NetworkSecurityElementProps,
  SyncSettingsElementPbAccountLinkCancelElementEvent,
  SyncSettingsElementPbAccountLinkedElementEvent,
  SyncSettingsElementPbAccountRemovedElementEvent,
  SyncSettingsElementPbAccountSettingsSavedElementEvent,
  SyncSettingsElementPbErrorElementEvent,
  SyncSettingsElementPbSyncActionRequestElementEvent,
  SyncSettingsElementPbSyncRunElementEvent,
  SyncSettingsElementPbSyncSettingsSavedElementEvent,
  SyncSettingsElementProps,
} from './elements.js';

/** `<app-detail>`'s events as `on:` directives. */
type AppDetailElementDirectives = {
  /** The app was activated. */
  'on:pb-activated'?: ((event: AppDetailElementPbActivatedElementEvent) => void) | undefined;
  /** The admin confirmed deactivation; cancel to keep the app active. */
  'on:pb-deactivate-request'?: ((event: AppDetailElementPbDeactivateRequestElementEvent) => void) | undefined;
  /** The app was deactivated. */
  'on:pb-deactivated'?: ((event: AppDetailElementPbDeactivatedElementEvent) => void) | undefined;
  /** Bubbles from the consent dialog with the record of what was accepted. */
  'on:pb-consent'?: ((event: AppDetailElementPbConsentElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  'on:pb-error'?: ((event: AppDetailElementPbErrorElementEvent) => void) | undefined;
};

/** `<app-marketplace>`'s events as `on:` directives. */
type AppMarketplaceDirectives = {
  /** An app's detail opened. */
  'on:pb-app-open'?: ((event: AppMarketplacePbAppOpenElementEvent) => void) | undefined;
  /** An app's detail closed. */
  'on:pb-app-close'?: ((event: AppMarketplacePbAppCloseElementEvent) => void) | undefined;
  /** Bubbles from the detail: an app was activated. */
  'on:pb-activated'?: ((event: AppMarketplacePbActivatedElementEvent) => void) | undefined;
  /** Bubbles from the detail; cancel to keep the app active. */
  'on:pb-deactivate-request'?: ((event: AppMarketplacePbDeactivateRequestElementEvent) => void) | undefined;
  /** Bubbles from the detail: an app was deactivated. */
  'on:pb-deactivated'?: ((event: AppMarketplacePbDeactivatedElementEvent) => void) | undefined;
  /** Bubbles from the consent dialog with the record of what was accepted. */
  'on:pb-consent'?: ((event: AppMarketplacePbConsentElementEvent) => void) | undefined;
  /** Bubbles from the network security dialog. */
  'on:pb-network-security-change'?: ((event: AppMarketplacePbNetworkSecurityChangeElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  'on:pb-error'?: ((event: AppMarketplacePbErrorElementEvent) => void) | undefined;
};

/** `<connector-form>`'s events as `on:` directives. */
type ConnectorFormElementDirectives = {
  /** A new connector was stored; `detail.connector.status` says whether it is active. */
  'on:pb-connector-created'?: ((event: ConnectorFormElementPbConnectorCreatedElementEvent) => void) | undefined;
  /** Changes to an existing connector were stored. */
  'on:pb-connector-saved'?: ((event: ConnectorFormElementPbConnectorSavedElementEvent) => void) | undefined;
  /** The service accepted the credentials. */
  'on:pb-connector-authorized'?: ((event: ConnectorFormElementPbConnectorAuthorizedElementEvent) => void) | undefined;
  /** The connector was activated. */
  'on:pb-connector-activated'?: ((event: ConnectorFormElementPbConnectorActivatedElementEvent) => void) | undefined;
  /** The connector was deactivated. */
  'on:pb-connector-deactivated'?: ((event: ConnectorFormElementPbConnectorDeactivatedElementEvent) => void) | undefined;
  /** The connector was deleted. */
  'on:pb-connector-deleted'?: ((event: ConnectorFormElementPbConnectorDeletedElementEvent) => void) | undefined;
  /** Before deactivating, deleting or discarding changes; cancel to keep things as they are. */
  'on:pb-connector-action-request'?: ((event: ConnectorFormElementPbConnectorActionRequestElementEvent) => void) | undefined;
  /** The admin left the form with Close. */
  'on:pb-connector-closed'?: ((event: ConnectorFormElementPbConnectorClosedElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  'on:pb-error'?: ((event: ConnectorFormElementPbErrorElementEvent) => void) | undefined;
};

/** `<connector-list>`'s events as `on:` directives. */
type ConnectorListElementDirectives = {
  /** A connector was created (from the nested form). */
  'on:pb-connector-created'?: ((event: ConnectorListElementPbConnectorCreatedElementEvent) => void) | undefined;
  /** A connector's changes were saved (from the nested form). */
  'on:pb-connector-saved'?: ((event: ConnectorListElementPbConnectorSavedElementEvent) => void) | undefined;
  /** A connector was activated. */
  'on:pb-connector-activated'?: ((event: ConnectorListElementPbConnectorActivatedElementEvent) => void) | undefined;
  /** A connector was deactivated. */
  'on:pb-connector-deactivated'?: ((event: ConnectorListElementPbConnectorDeactivatedElementEvent) => void) | undefined;
  /** A connector was deleted. */
  'on:pb-connector-deleted'?: ((event: ConnectorListElementPbConnectorDeletedElementEvent) => void) | undefined;
  /** A connector joined or left a group. */
  'on:pb-connector-group-change'?: ((event: ConnectorListElementPbConnectorGroupChangeElementEvent) => void) | undefined;
  /** Before deactivating, deleting or removing from a group, once the admin confirmed; cancel to keep things as they are. */
  'on:pb-connector-action-request'?: ((event: ConnectorListElementPbConnectorActionRequestElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  'on:pb-error'?: ((event: ConnectorListElementPbErrorElementEvent) => void) | undefined;
};

/** `<consent-dialog>`'s events as `on:` directives. */
type ConsentDialogDirectives = {
  /** The consents were given; `detail.consent` is the record to store. Cancelable: cancel it to keep the dialog open. */
  'on:pb-consent'?: ((event: ConsentDialogPbConsentElementEvent) => void) | undefined;
  /** The dialog was closed without consent (Cancel or Escape). */
  'on:pb-consent-cancel'?: ((event: ConsentDialogPbConsentCancelElementEvent) => void) | undefined;
};

/** `<network-security>`'s events as `on:` directives. */
type NetworkSecurityElementDirectives = {
  /** The settings were saved; `detail.settings` holds them as the backend stored them. */
  'on:pb-network-security-change'?: ((event: NetworkSecurityElementPbNetworkSecurityChangeElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  'on:pb-error'?: ((event: NetworkSecurityElementPbErrorElementEvent) => void) | undefined;
};

/** `<sync-settings>`'s events as `on:` directives. */
type SyncSettingsElementDirectives = {
  /** An account was linked. */
  'on:pb-account-linked'?: ((event: SyncSettingsElementPbAccountLinkedElementEvent) => void) | undefined;
  /** A link ended without an account (window closed, cancelled, denied or expired). */
  'on:pb-account-link-cancel'?: ((event: SyncSettingsElementPbAccountLinkCancelElementEvent) => void) | undefined;
  /** An account's settings were saved. */
  'on:pb-account-settings-saved'?: ((event: SyncSettingsElementPbAccountSettingsSavedElementEvent) => void) | undefined;
  /** An account was removed. */
  'on:pb-account-removed'?: ((event: SyncSettingsElementPbAccountRemovedElementEvent) => void) | undefined;
  /** The personal tags (and OAuth client) were saved. */
  'on:pb-sync-settings-saved'?: ((event: SyncSettingsElementPbSyncSettingsSavedElementEvent) => void) | undefined;
  /** A sync run started or ended. */
  'on:pb-sync-run'?: ((event: SyncSettingsElementPbSyncRunElementEvent) => void) | undefined;
  /** Before removing an account or discarding changes; cancel to keep things as they are. */
  'on:pb-sync-action-request'?: ((event: SyncSettingsElementPbSyncActionRequestElementEvent) => void) | undefined;
  /** A backend call failed (the element shows it), or linking cannot work here (`account-link-unavailable`: the browser blocked the consent window). */
  'on:pb-error'?: ((event: SyncSettingsElementPbErrorElementEvent) => void) | undefined;
};

/** The element's attributes, properties and callbacks, and Svelte's attributes of any element. */
type ElementProps<E extends HTMLElement, P> = P & Omit<HTMLAttributes<E>, keyof P>;

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    /** One app in full: how it works, the data it exchanges and may access, who built and supports it, and its activation: consent, credentials, configuration, deactivation. */
    'app-detail': ElementProps<AppDetailElement, AppDetailElementProps & AppDetailElementDirectives>;
    /** The integrations catalog: categories, search, the Active view and a grid of app tiles; each app opens in a detail dialog where it is activated, configured or deactivated. */
    'app-marketplace': ElementProps<AppMarketplace, AppMarketplaceProps & AppMarketplaceDirectives>;
    /** Sets up a connector from its type's declarative form: credentials first, then the settings the service unlocks once it accepted them; also edits, reconnects, deactivates and deletes one. */
    'connector-form': ElementProps<ConnectorFormElement, ConnectorFormElementProps & ConnectorFormElementDirectives>;
    /** The organisation's connectors: each with its type, status, owner and (for registry connectors) groups, with adding, editing, reconnecting, activating, deactivating, deleting, and group membership. */
    'connector-list': ElementProps<ConnectorListElement, ConnectorListElementProps & ConnectorListElementDirectives>;
    /** Asks an administrator for the consents an app's activation needs: that fees may change (from the first day of next month) and that the vendor may access the listed data. */
    'consent-dialog': ElementProps<ConsentDialog, ConsentDialogProps & ConsentDialogDirectives>;
    /** Lets an administrator decide which networks may call the API on behalf of the integrations: unrestricted, or restricted to a list of trusted networks they maintain. */
    'network-security': ElementProps<NetworkSecurityElement, NetworkSecurityElementProps & NetworkSecurityElementDirectives>;
    /** Sync with the admin's calendar and contacts accounts: the accounts linked through the provider's consent (OAuth), what each syncs and how often, which contacts sync (by personal tag), "Sync now", and an on-site installation's own OAuth client. */
    'sync-settings': ElementProps<SyncSettingsElement, SyncSettingsElementProps & SyncSettingsElementDirectives>;
  }
}
