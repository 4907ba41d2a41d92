// `plugboard/memory`: the in-memory backend and its fixtures, for stories, tests and demos.
export { ReferenceBackend, type BackendOptions } from './backend.js';
export { CREDENTIALS_LIFETIME_MS, MemoryAdapter, type MemoryAdapterOptions } from './memory-adapter.js';
export { OAUTH_PROVIDER_PATH, fixtures, withLogosAt, withOAuthProviderAt } from './fixtures.js';
export type * from './fixture-types.js';
export { MemoryStore, type ActivationRecord, type BackendStore, type ConnectorRecord, type AccountLinkRecord, type SyncRunRecord, type SyncSettingsRecord } from './store.js';
