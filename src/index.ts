// The package's entry: classes, types and adapters. It registers no element; import
// `plugboard/define` (all elements) or one element's registration file for that.
export * from './api/index.js';
export { RestAdapter, type RestAdapterOptions } from './api/rest-adapter.js';
export * from './events/index.js';
export * from './i18n/index.js';
export { AppDetailElement } from './components/app-detail/app-detail.js';
export { AppMarketplace } from './components/app-marketplace/app-marketplace.js';
export { ConnectorFormElement, type ConnectorFormMode } from './components/connector-form/connector-form.js';
export { ConnectorListElement } from './components/connector-list/connector-list.js';
export { ConsentDialog } from './components/consent-dialog/consent-dialog.js';
export { SyncSettingsElement } from './components/sync-settings/sync-settings.js';
export { NetworkSecurityElement } from './components/network-security/network-security.js';
export { adapterContext, provideAdapter } from './internal/adapter-context.js';
export { AdapterElement } from './internal/adapter-element.js';
export { PlugboardElement } from './internal/plugboard-element.js';
export { foldForSearch, matchesQuery } from './internal/search.js';
