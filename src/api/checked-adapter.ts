import * as z from 'zod/mini';
import type { AdapterOperation, ApiAdapter } from './adapter.js';
import { PlugboardError, isAbortError, toPlugboardError } from './errors.js';
import {
  AccountLinkSchema,
  AccountLinkStatusSchema,
  ActivationSchema,
  AppDetailSchema,
  AppPageSchema,
  AppSummarySchema,
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
  getAccountLink: AccountLinkStatusSchema,
  updateAccountSettings: SyncAccountSchema,
  removeAccount: null,
  listTags: z.array(TagSchema),
  getSyncSettings: SyncSettingsSchema,
  saveSyncSettings: SyncSettingsSchema,
  runSync: SyncRunSchema,
  getSyncRun: SyncRunSchema,
};

/**
 * Where a list answer keeps its items, and the schema of one item: an unreadable item is
 * left out on its own instead of failing the whole list.
 */
const LIST_ITEMS: Partial<Record<AdapterOperation, z.ZodMiniType>> = {
  listCategories: CategorySchema,
  listApps: AppSummarySchema,
  listConnectorTypes: ConnectorTypeSchema,
  listConnectors: ConnectorSchema,
  listConnectorOptions: FieldOptionSchema,
  listGroups: GroupSchema,
  listSyncServices: SyncServiceSchema,
  listAccounts: SyncAccountSchema,
  listTags: TagSchema,
};

/** More items than any list answer holds: refused before parsing, so garbage costs little. */
export const MAX_LIST_ITEMS = 10_000;
/** Rounds of removing invalid optional fields before an entity counts as unreadable. */
const SALVAGE_ROUNDS = 3;
/** Issues looked at per round; an entity with more is unreadable anyway. */
const SALVAGE_ISSUES = 16;

/** What parsing left out to keep the rest of an answer. */
export interface ParseReport {
  /** Unreadable list items that were left out. */
  dropped: number;
  /** Entities shown without an optional field that was invalid (a logo, a link). */
  degraded: number;
}

/** Answers that `parseResponse` produced, with what it left out; they need no second check. */
const parsedAnswers = new WeakMap<object, ParseReport>();

/** What parsing left out of an answer, when it left out anything. */
export function parseReportOf(answer: unknown): ParseReport | undefined {
  const report = isObject(answer) ? parsedAnswers.get(answer) : undefined;
  return report && report.dropped + report.degraded > 0 ? report : undefined;
}

/**
 * Parses one operation's answer. One bad item is one bad item: an invalid optional field
 * (a `javascript:` link, a malformed logo URL) is removed, an unreadable list item is left
 * out, and `parseReportOf` tells what was. Only an answer with nothing readable, or more
 * than `MAX_LIST_ITEMS` items, becomes an `invalid-response` error, never a crash.
 */
export function parseResponse<K extends AdapterOperation>(operation: K, value: unknown): Result<K> {
  const schema = RESPONSE_SCHEMAS[operation];
  if (schema === null) return undefined as Result<K>;
  const listed = listOf(value);
  if (listed && listed.length > MAX_LIST_ITEMS) {
    throw new PlugboardError('invalid-response', `${operation} answered ${listed.length} items, more than ${MAX_LIST_ITEMS}.`);
  }
  const result = schema.safeParse(value);
  if (result.success) return remember(result.data, { dropped: 0, degraded: 0 });
  const itemSchema = LIST_ITEMS[operation];
  const salvaged = itemSchema && listed ? salvageList(schema, itemSchema, value, listed) : salvage(schema, value);
  if (salvaged) return remember(salvaged.data as Result<K>, salvaged.report);
  throw invalidResponse(operation, result.error.issues, result.error);
}

function remember<T>(data: T, report: ParseReport): T {
  if (isObject(data)) parsedAnswers.set(data, report);
  return data;
}

function invalidResponse(operation: AdapterOperation, issues: readonly z.core.$ZodIssue[], cause: unknown): PlugboardError {
  const where = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return new PlugboardError('invalid-response', `${operation} answered data that does not fit the contract: ${where}`, { cause });
}

/** The items of a list answer: the array itself, or a page's `items`. */
function listOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  return isObject(value) && Array.isArray(value['items']) ? value['items'] : undefined;
}

interface Salvaged {
  data: unknown;
  report: ParseReport;
}

/** A list with its unreadable items left out; nothing when none is readable or the rest is invalid. */
function salvageList(schema: z.ZodMiniType, itemSchema: z.ZodMiniType, value: unknown, items: unknown[]): Salvaged | undefined {
  const kept: unknown[] = [];
  let degraded = 0;
  for (const item of items) {
    const salvaged = salvage(itemSchema, item);
    if (!salvaged) continue;
    kept.push(salvaged.data);
    degraded += salvaged.report.degraded;
  }
  if (kept.length === 0 && items.length > 0) return undefined;
  const report = { dropped: items.length - kept.length, degraded };
  if (Array.isArray(value)) return { data: kept, report };
  // A page: its other fields must still be valid; the items are already parsed.
  const page = schema.safeParse({ ...(value as Record<string, unknown>), items: [] });
  return page.success ? { data: { ...(page.data as object), items: kept }, report } : undefined;
}

/**
 * One entity, with the invalid optional fields removed: a field whose removal leaves a
 * valid entity was optional. Nothing when a required field is invalid or missing.
 */
function salvage(schema: z.ZodMiniType, value: unknown): Salvaged | undefined {
  let current = value;
  for (let round = 0; round <= SALVAGE_ROUNDS; round += 1) {
    const result = schema.safeParse(current);
    if (result.success) return { data: result.data, report: { dropped: 0, degraded: round > 0 ? 1 : 0 } };
    if (round === SALVAGE_ROUNDS) break;
    for (const issue of result.error.issues.slice(0, SALVAGE_ISSUES)) {
      const without = withoutField(current, issue.path);
      if (without === undefined) return undefined;
      current = without;
    }
  }
  return undefined;
}

/** A copy of `value` without the object field at `path`; nothing when there is no such field. */
function withoutField(value: unknown, path: readonly PropertyKey[]): unknown {
  const [key, ...rest] = path;
  if (key === undefined || !isObject(value) || Array.isArray(value) || typeof key !== 'string' || !Object.hasOwn(value, key)) {
    return undefined;
  }
  if (rest.length === 0) {
    return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
  }
  const inner = withoutField(value[key], rest);
  return inner === undefined ? undefined : { ...value, [key]: inner };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** One adapter call, as a wrapper made by `wrapOperations` sees it. */
export type OperationCall = (...args: unknown[]) => Promise<unknown>;

/**
 * An adapter whose every operation goes through `wrap`, given the operation's name and
 * the call to the adapter underneath: the one way each layer (checking, reporting,
 * discarding overtaken answers) is put around an adapter.
 */
export function wrapOperations(adapter: ApiAdapter, wrap: (operation: AdapterOperation, call: OperationCall) => OperationCall): ApiAdapter {
  const wrapped: Partial<Record<AdapterOperation, OperationCall>> = {};
  for (const operation of Object.keys(RESPONSE_SCHEMAS) as AdapterOperation[]) {
    const method = adapter[operation] as OperationCall;
    wrapped[operation] = wrap(operation, (...args) => method.apply(adapter, args));
  }
  return wrapped as ApiAdapter;
}

/**
 * Wraps any adapter (a host's own too) so that every answer is parsed before an element
 * sees it and every failure is a `PlugboardError`. Aborts pass through untouched.
 */
export function checkedAdapter(adapter: ApiAdapter): ApiAdapter {
  return wrapOperations(adapter, (operation, call) => async (...args) => {
    let value: unknown;
    try {
      value = await call(...args);
    } catch (error) {
      throw isAbortError(error) ? error : toPlugboardError(error);
    }
    // An answer the adapter already parsed (the REST adapter does) is not parsed twice.
    return isObject(value) && parsedAnswers.has(value) ? value : parseResponse(operation, value);
  });
}
