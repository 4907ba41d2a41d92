// `plugboard/react`: every element as a React component made with @lit/react, with its
// properties as typed props and its events as typed callbacks (`onPbActivated`...).
// Importing a component registers its element, and the elements it nests, under their own
// tag names, as `plugboard/define` does; a class the host registered under another name
// before is left as it is, and the component renders that name.
export { AppDetail } from './app-detail.js';
export { AppMarketplace } from './app-marketplace.js';
export { ConnectorForm } from './connector-form.js';
export { ConnectorList } from './connector-list.js';
export { ConsentDialog } from './consent-dialog.js';
export { NetworkSecurity } from './network-security.js';
export { SyncSettings } from './sync-settings.js';
