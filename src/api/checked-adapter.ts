import * as z from 'zod/mini';
import type { AdapterOperation, ApiAdapter } from './adapter.js';
import { PlugboardError, isAbortError, toPlugboardError } from './errors.js';
import {
  AccountLinkSchema,
  ActivationSchema,
  AppDetailSchema,
  AppPageSchema,
  CategorySchema,
  ConnectorSchema,
  ConnectorTypeSchema,
  CreatedConnectorSchema,
  FieldOptionSchema,
  GroupSchema,
  NetworkSecuritySchema,
  SyncAccountSchema,
  SyncRunSchema,
  SyncServiceSchema,
  SyncSettingsSchema,
  TagSchema,
} from './schemas.js';

type Result<K extends AdapterOperation> = Awaited<ReturnType<ApiAdapter[K]>>;

/** The schema every operation's answer must satisfy; `null` for operations that answer nothing. */
export const RESPONSE_SCHEMAS: { [K in AdapterOperation]: z.ZodMiniType<Result<K>> | null } = {
  listCategories: z.array(CategorySchema),
  listApps: AppPageSchema,
  getApp: AppDetailSchema,
  getActivation: ActivationSchema,
  activate: ActivationSchema,
  deactivate: ActivationSchema,
  getNetworkSecurity: NetworkSecuritySchema,
  setNetworkSecurity: NetworkSecuritySchema,
  listConnectorTypes: z.array(ConnectorTypeSchema),
  listConnectors: z.array(ConnectorSchema),
  getConnector: ConnectorSchema,
  createConnector: CreatedConnectorSchema,
  updateConnector: ConnectorSchema,
  authorizeConnector: ConnectorSchema,
  listConnectorOptions: z.array(FieldOptionSchema),
  activateConnector: ConnectorSchema,
  deactivateConnector: ConnectorSchema,
  deleteConnector: null,
  listGroups: z.array(GroupSchema),
  addConnectorToGroup: ConnectorSchema,
  removeConnectorFromGroup: ConnectorSchema,
  listSyncServices: z.array(SyncServiceSchema),
  listAccounts: z.array(SyncAccountSchema),
  beginAccountLink: AccountLinkSchema,
  completeAccountLink: SyncAccountSchema,
  updateAccountSettings: SyncAccountSchema,
  removeAccount: null,
  listTags: z.array(TagSchema),
  getSyncSettings: SyncSettingsSchema,
  saveSyncSettings: SyncSettingsSchema,
  runSync: SyncRunSchema,
};

/** Parses one operation's answer; garbage becomes an `invalid-response` error, never a crash. */
export function parseResponse<K extends AdapterOperation>(operation: K, value: unknown): Result<K> {
  const schema = RESPONSE_SCHEMAS[operation];
  if (schema === null) return undefined as Result<K>;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const where = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new PlugboardError('invalid-response', `${operation} answered data that does not fit the contract: ${where}`, {
    cause: result.error,
  });
}

/**
 * Wraps any adapter (a host's own too) so that every answer is parsed before an element
 * sees it and every failure is a `PlugboardError`. Aborts pass through untouched.
 */
export function checkedAdapter(adapter: ApiAdapter): ApiAdapter {
  const checked: Partial<Record<AdapterOperation, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const operation of Object.keys(RESPONSE_SCHEMAS) as AdapterOperation[]) {
    checked[operation] = async (...args: unknown[]) => {
      const method = adapter[operation] as (...methodArgs: unknown[]) => Promise<unknown>;
      let value: unknown;
      try {
        value = await method.apply(adapter, args);
      } catch (error) {
        throw isAbortError(error) ? error : toPlugboardError(error);
      }
      return parseResponse(operation, value);
    };
  }
  return checked as ApiAdapter;
}
