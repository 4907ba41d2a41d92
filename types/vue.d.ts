// Generated from custom-elements.json by scripts/jsx-types.mjs (`npm run build`). Do not edit.
// Vue's templates (vue-tsc) and JSX: `<app-marketplace host-name="Hotelio" @pb-activated="…">`.
// In a project: `import type {} from 'plugboard/types/vue';` once, or "types": ["plugboard/types/vue"];
// tell Vue's compiler the tags are custom elements (compilerOptions.isCustomElement).
import type { HTMLAttributes } from 'vue';
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

/** `<app-detail>`: its attributes and properties, and a callback per event. */
type AppDetailElementVueProps = Omit<AppDetailElementProps, 'onpb-activated' | 'onpb-deactivate-request' | 'onpb-deactivated' | 'onpb-consent' | 'onpb-error'> & {
  /** The app was activated. */
  onPbActivated?: ((event: AppDetailElementPbActivatedElementEvent) => void) | undefined;
  /** The admin confirmed deactivation; cancel to keep the app active. */
  onPbDeactivateRequest?: ((event: AppDetailElementPbDeactivateRequestElementEvent) => void) | undefined;
  /** The app was deactivated. */
  onPbDeactivated?: ((event: AppDetailElementPbDeactivatedElementEvent) => void) | undefined;
  /** Bubbles from the consent dialog with the record of what was accepted. */
  onPbConsent?: ((event: AppDetailElementPbConsentElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  onPbError?: ((event: AppDetailElementPbErrorElementEvent) => void) | undefined;
};

/** `<app-marketplace>`: its attributes and properties, and a callback per event. */
type AppMarketplaceVueProps = Omit<AppMarketplaceProps, 'onpb-app-open' | 'onpb-app-close' | 'onpb-activated' | 'onpb-deactivate-request' | 'onpb-deactivated' | 'onpb-consent' | 'onpb-network-security-change' | 'onpb-error'> & {
  /** An app's detail opened. */
  onPbAppOpen?: ((event: AppMarketplacePbAppOpenElementEvent) => void) | undefined;
  /** An app's detail closed. */
  onPbAppClose?: ((event: AppMarketplacePbAppCloseElementEvent) => void) | undefined;
  /** Bubbles from the detail: an app was activated. */
  onPbActivated?: ((event: AppMarketplacePbActivatedElementEvent) => void) | undefined;
  /** Bubbles from the detail; cancel to keep the app active. */
  onPbDeactivateRequest?: ((event: AppMarketplacePbDeactivateRequestElementEvent) => void) | undefined;
  /** Bubbles from the detail: an app was deactivated. */
  onPbDeactivated?: ((event: AppMarketplacePbDeactivatedElementEvent) => void) | undefined;
  /** Bubbles from the consent dialog with the record of what was accepted. */
  onPbConsent?: ((event: AppMarketplacePbConsentElementEvent) => void) | undefined;
  /** Bubbles from the network security dialog. */
  onPbNetworkSecurityChange?: ((event: AppMarketplacePbNetworkSecurityChangeElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  onPbError?: ((event: AppMarketplacePbErrorElementEvent) => void) | undefined;
};

/** `<connector-form>`: its attributes and properties, and a callback per event. */
type ConnectorFormElementVueProps = Omit<ConnectorFormElementProps, 'onpb-connector-created' | 'onpb-connector-saved' | 'onpb-connector-authorized' | 'onpb-connector-activated' | 'onpb-connector-deactivated' | 'onpb-connector-deleted' | 'onpb-connector-action-request' | 'onpb-connector-closed' | 'onpb-error'> & {
  /** A new connector was stored; `detail.connector.status` says whether it is active. */
  onPbConnectorCreated?: ((event: ConnectorFormElementPbConnectorCreatedElementEvent) => void) | undefined;
  /** Changes to an existing connector were stored. */
  onPbConnectorSaved?: ((event: ConnectorFormElementPbConnectorSavedElementEvent) => void) | undefined;
  /** The service accepted the credentials. */
  onPbConnectorAuthorized?: ((event: ConnectorFormElementPbConnectorAuthorizedElementEvent) => void) | undefined;
  /** The connector was activated. */
  onPbConnectorActivated?: ((event: ConnectorFormElementPbConnectorActivatedElementEvent) => void) | undefined;
  /** The connector was deactivated. */
  onPbConnectorDeactivated?: ((event: ConnectorFormElementPbConnectorDeactivatedElementEvent) => void) | undefined;
  /** The connector was deleted. */
  onPbConnectorDeleted?: ((event: ConnectorFormElementPbConnectorDeletedElementEvent) => void) | undefined;
  /** Before deactivating, deleting or discarding changes; cancel to keep things as they are. */
  onPbConnectorActionRequest?: ((event: ConnectorFormElementPbConnectorActionRequestElementEvent) => void) | undefined;
  /** The admin left the form with Close. */
  onPbConnectorClosed?: ((event: ConnectorFormElementPbConnectorClosedElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  onPbError?: ((event: ConnectorFormElementPbErrorElementEvent) => void) | undefined;
};

/** `<connector-list>`: its attributes and properties, and a callback per event. */
type ConnectorListElementVueProps = Omit<ConnectorListElementProps, 'onpb-connector-created' | 'onpb-connector-saved' | 'onpb-connector-activated' | 'onpb-connector-deactivated' | 'onpb-connector-deleted' | 'onpb-connector-group-change' | 'onpb-connector-action-request' | 'onpb-error'> & {
  /** A connector was created (from the nested form). */
  onPbConnectorCreated?: ((event: ConnectorListElementPbConnectorCreatedElementEvent) => void) | undefined;
  /** A connector's changes were saved (from the nested form). */
  onPbConnectorSaved?: ((event: ConnectorListElementPbConnectorSavedElementEvent) => void) | undefined;
  /** A connector was activated. */
  onPbConnectorActivated?: ((event: ConnectorListElementPbConnectorActivatedElementEvent) => void) | undefined;
  /** A connector was deactivated. */
  onPbConnectorDeactivated?: ((event: ConnectorListElementPbConnectorDeactivatedElementEvent) => void) | undefined;
  /** A connector was deleted. */
  onPbConnectorDeleted?: ((event: ConnectorListElementPbConnectorDeletedElementEvent) => void) | undefined;
  /** A connector joined or left a group. */
  onPbConnectorGroupChange?: ((event: ConnectorListElementPbConnectorGroupChangeElementEvent) => void) | undefined;
  /** Before deactivating, deleting or removing from a group, once the admin confirmed; cancel to keep things as they are. */
  onPbConnectorActionRequest?: ((event: ConnectorListElementPbConnectorActionRequestElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  onPbError?: ((event: ConnectorListElementPbErrorElementEvent) => void) | undefined;
};

/** `<consent-dialog>`: its attributes and properties, and a callback per event. */
type ConsentDialogVueProps = Omit<ConsentDialogProps, 'onpb-consent' | 'onpb-consent-cancel'> & {
  /** The consents were given; `detail.consent` is the record to store. Cancelable: cancel it to keep the dialog open. */
  onPbConsent?: ((event: ConsentDialogPbConsentElementEvent) => void) | undefined;
  /** The dialog was closed without consent (Cancel or Escape). */
  onPbConsentCancel?: ((event: ConsentDialogPbConsentCancelElementEvent) => void) | undefined;
};

/** `<network-security>`: its attributes and properties, and a callback per event. */
type NetworkSecurityElementVueProps = Omit<NetworkSecurityElementProps, 'onpb-network-security-change' | 'onpb-error'> & {
  /** The settings were saved; `detail.settings` holds them as the backend stored them. */
  onPbNetworkSecurityChange?: ((event: NetworkSecurityElementPbNetworkSecurityChangeElementEvent) => void) | undefined;
  /** A backend call failed; the element shows the failure. */
  onPbError?: ((event: NetworkSecurityElementPbErrorElementEvent) => void) | undefined;
};

/** `<sync-settings>`: its attributes and properties, and a callback per event. */
type SyncSettingsElementVueProps = Omit<SyncSettingsElementProps, 'onpb-account-linked' | 'onpb-account-link-cancel' | 'onpb-account-settings-saved' | 'onpb-account-removed' | 'onpb-sync-settings-saved' | 'onpb-sync-run' | 'onpb-sync-action-request' | 'onpb-error'> & {
  /** An account was linked. */
  onPbAccountLinked?: ((event: SyncSettingsElementPbAccountLinkedElementEvent) => void) | undefined;
  /** A link ended without an account (window closed, cancelled, denied or expired). */
  onPbAccountLinkCancel?: ((event: SyncSettingsElementPbAccountLinkCancelElementEvent) => void) | undefined;
  /** An account's settings were saved. */
  onPbAccountSettingsSaved?: ((event: SyncSettingsElementPbAccountSettingsSavedElementEvent) => void) | undefined;
  /** An account was removed. */
  onPbAccountRemoved?: ((event: SyncSettingsElementPbAccountRemovedElementEvent) => void) | undefined;
  /** The personal tags (and OAuth client) were saved. */
  onPbSyncSettingsSaved?: ((event: SyncSettingsElementPbSyncSettingsSavedElementEvent) => void) | undefined;
  /** A sync run started or ended. */
  onPbSyncRun?: ((event: SyncSettingsElementPbSyncRunElementEvent) => void) | undefined;
  /** Before removing an account or discarding changes; cancel to keep things as they are. */
  onPbSyncActionRequest?: ((event: SyncSettingsElementPbSyncActionRequestElementEvent) => void) | undefined;
  /** A backend call failed (the element shows it), or linking cannot work here (`account-link-unavailable`: the browser blocked the consent window). */
  onPbError?: ((event: SyncSettingsElementPbErrorElementEvent) => void) | undefined;
};

/** The element's props, and Vue's props of any element (class, style, native events). */
type ElementProps<P> = P & Omit<HTMLAttributes, keyof P>;

declare module 'vue' {
  interface IntrinsicElementAttributes {
    /** One app in full: how it works, the data it exchanges and may access, who built and supports it, and its activation: consent, credentials, configuration, deactivation. */
    'app-detail': ElementProps<AppDetailElementVueProps>;
    /** The integrations catalog: categories, search, the Active view and a grid of app tiles; each app opens in a detail dialog where it is activated, configured or deactivated. */
    'app-marketplace': ElementProps<AppMarketplaceVueProps>;
    /** Sets up a connector from its type's declarative form: credentials first, then the settings the service unlocks once it accepted them; also edits, reconnects, deactivates and deletes one. */
    'connector-form': ElementProps<ConnectorFormElementVueProps>;
    /** The organisation's connectors: each with its type, status, owner and (for registry connectors) groups, with adding, editing, reconnecting, activating, deactivating, deleting, and group membership. */
    'connector-list': ElementProps<ConnectorListElementVueProps>;
    /** Asks an administrator for the consents an app's activation needs: that fees may change (from the first day of next month) and that the vendor may access the listed data. */
    'consent-dialog': ElementProps<ConsentDialogVueProps>;
    /** Lets an administrator decide which networks may call the API on behalf of the integrations: unrestricted, or restricted to a list of trusted networks they maintain. */
    'network-security': ElementProps<NetworkSecurityElementVueProps>;
    /** Sync with the admin's calendar and contacts accounts: the accounts linked through the provider's consent (OAuth), what each syncs and how often, which contacts sync (by personal tag), "Sync now", and an on-site installation's own OAuth client. */
    'sync-settings': ElementProps<SyncSettingsElementVueProps>;
  }
}
