/**
 * The zod schemas of every entity that crosses the adapter boundary. Types are inferred
 * from them, so the contract and its runtime check cannot drift apart.
 *
 * `zod/mini` keeps the bundle small: its functions tree-shake, the classic API does not.
 */
import * as z from 'zod/mini';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const text = z.string().check(z.maxLength(20_000));
const shortText = z.string().check(z.maxLength(500));
const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();

/** The contract's `Id`: what names every entity, 1 to 200 characters. */
export const IdSchema = id;

/**
 * A DNS host name (one label or more). Written here rather than taken from `z.regexes`:
 * reaching into that namespace would bundle every regular expression zod has.
 */
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;

/** An absolute link that may only point at a web page: `javascript:` and `data:` are refused. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/, hostname: HOSTNAME });
/**
 * A link that must use TLS, such as a connector's resource domain. Its `//` is checked
 * here: zod checks it only for its own http(s) pattern, and `https:host` would resolve
 * against the page, not the host.
 */
export const HttpsUrlSchema = z.url({ protocol: /^https$/, hostname: HOSTNAME }).check(
  z.refine((link) => /^https:\/\//i.test(link)),
);

/**
 * A provider's consent page: `https://`, or `http://` on this machine's loopback address
 * (127.x.x.x, localhost), where a development or reference server may be its own provider
 * (browsers treat loopback as a secure context).
 */
export const AuthorizationUrlSchema = z.url({ protocol: /^https?$/, hostname: HOSTNAME }).check(
  z.refine((link) => /^https:\/\//i.test(link) || /^http:\/\/(?:127(?:\.\d{1,3}){3}|localhost)(?::\d{1,5})?\//i.test(link)),
);

/** An IPv4 or IPv6 address, or a CIDR range of either. */
export const NetworkAddressSchema = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

// ---- catalog ----------------------------------------------------------------------------

export const AppStatusSchema = z.enum([
  'available',
  'pending-configuration',
  'active',
  'credentials-expired',
]);

export const DeveloperSchema = z.enum(['vendor', 'host']);

export const CategorySchema = z.object({
  id,
  name: shortText,
  appCount: z.int().check(z.nonnegative()),
});

export const AppSummarySchema = z.object({
  id,
  name: shortText,
  vendor: shortText,
  summary: shortText,
  categoryIds: z.array(id),
  logoUrl: z.optional(HttpUrlSchema),
  developer: DeveloperSchema,
  status: AppStatusSchema,
});

export const DataAccessSchema = z.enum(['read', 'write', 'read-write']);

export const DataScopeSchema = z.object({
  id,
  name: shortText,
  description: z.optional(shortText),
  access: DataAccessSchema,
});

export const DataFlowDirectionSchema = z.enum(['to-app', 'from-app', 'both']);

export const DataFlowSchema = z.object({
  direction: DataFlowDirectionSchema,
  description: shortText,
});

export const SupportSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('host') }),
  z.object({
    kind: z.literal('vendor'),
    name: shortText,
    email: z.optional(z.email()),
    phone: z.optional(z.string().check(z.maxLength(40))),
    url: z.optional(HttpUrlSchema),
  }),
]);

export const AppDetailSchema = z.extend(AppSummarySchema, {
  description: text,
  dataFlows: z.array(DataFlowSchema),
  dataScopes: z.array(DataScopeSchema),
  support: SupportSchema,
  moreInfoUrl: z.optional(HttpUrlSchema),
  /** Whether activating may change the customer's fees (their plan lacks unlimited integrations). */
  mayChangeFees: z.boolean(),
  /** Version of the consent terms the admin accepts; recorded with the consent. */
  termsVersion: id,
  /** Host-developed apps are configured through a connector of this type after activation. */
  connectorTypeId: z.optional(id),
});

export const AppPageSchema = z.object({
  items: z.array(AppSummarySchema),
  total: z.int().check(z.nonnegative()),
  nextCursor: z.nullable(z.string()),
});

export const ListAppsQuerySchema = z.object({
  query: z.optional(z.string().check(z.maxLength(200))),
  category: z.optional(id),
  /** Only apps that are active or still being set up (the "Active" view). */
  installed: z.optional(z.boolean()),
  cursor: z.optional(z.string()),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(500))),
});

// ---- activation and consent -------------------------------------------------------------

export const ConsentRecordSchema = z.object({
  appId: id,
  termsVersion: id,
  /** Ids of the data scopes that were listed to the admin. */
  scopes: z.array(id),
  /** The date the fee change was said to apply from, or null when no fee consent was shown. */
  feeEffectiveDate: z.nullable(isoDate),
  locale: z.string().check(z.minLength(2), z.maxLength(35)),
  acceptedAt: isoDateTime,
  /** Makes a repeated activation (double click, retry) harmless. */
  idempotencyKey: id,
});

export const CredentialsSchema = z.object({
  issuedAt: isoDateTime,
  expiresAt: isoDateTime,
  /** Set once the vendor has used the credentials; they no longer expire. */
  usedAt: z.nullable(isoDateTime),
});

export const ActivationSchema = z.object({
  appId: id,
  status: AppStatusSchema,
  activatedAt: z.nullable(isoDateTime),
  credentials: z.nullable(CredentialsSchema),
  /** The connector that configures a host-developed app, once one exists. */
  connectorId: z.nullable(id),
});

// ---- network security -------------------------------------------------------------------

export const NetworkModeSchema = z.enum(['unrestricted', 'restricted']);

export const TrustedNetworkSchema = z.object({
  address: NetworkAddressSchema,
  label: z.string().check(z.maxLength(100)),
});

export const NetworkSecuritySchema = z.object({
  mode: NetworkModeSchema,
  trustedNetworks: z.array(TrustedNetworkSchema),
});

// ---- connectors -------------------------------------------------------------------------

export const FieldKindSchema = z.enum([
  'text',
  'textarea',
  'secret',
  'url',
  'email',
  'number',
  'date',
  'select',
  'radio',
  'checkbox',
  'multiselect',
  /** Addresses and CIDR ranges, one per line; its value is a list. */
  'ip-list',
  /** Text to read, such as a caution; it holds no value. */
  'notice',
  /** Steps the admin confirms one by one (`items`); its value lists the confirmed ids. */
  'checklist',
  /** Values to copy elsewhere, such as addresses to allow-list (`items`); it holds no value. */
  'copy-list',
]);

/** Kinds that only show something: they hold no value, and none is sent. */
export const DISPLAY_FIELD_KINDS: readonly FieldKind[] = ['notice', 'copy-list'];

export const FieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const FieldOptionSchema = z.object({ value: z.string(), label: shortText });

/** One line of a `checklist` or a `copy-list`. */
export const FieldItemSchema = z.object({ id, text: shortText });

export const FieldConditionSchema = z.object({
  field: id,
  /** The field is shown (and required) only while `field` holds one of these values. */
  oneOf: z.array(z.union([z.string(), z.number(), z.boolean()])),
});

export const FieldSpecSchema = z.object({
  id,
  kind: FieldKindSchema,
  label: shortText,
  help: z.optional(shortText),
  /** Further reading on the host's or the service's site, opened in a new tab. */
  helpUrl: z.optional(HttpUrlSchema),
  required: z.boolean(),
  /** Shown but not editable (a host may fix a value). */
  readOnly: z.optional(z.boolean()),
  defaultValue: z.optional(FieldValueSchema),
  options: z.optional(z.array(FieldOptionSchema)),
  /** Options fetched from the remote service with `listOptions` once authorized. */
  optionsSource: z.optional(id),
  minLength: z.optional(z.int().check(z.nonnegative())),
  maxLength: z.optional(z.int().check(z.positive())),
  /** Bounds of a `number`. */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /** The lines of a `checklist` or a `copy-list`. */
  items: z.optional(z.array(FieldItemSchema)),
  /** e.g. `https://` for a resource domain. */
  mustStartWith: z.optional(z.string()),
  /** Unique among the organisation's connectors of this type (e.g. the name). */
  unique: z.optional(z.boolean()),
  visibleWhen: z.optional(z.array(FieldConditionSchema)),
});

export const FormStepSchema = z.object({
  id,
  title: shortText,
  description: z.optional(shortText),
  /** The step unlocks only after `authorize` succeeded with the earlier steps' values. */
  requiresAuthorization: z.boolean(),
  fields: z.array(FieldSpecSchema),
});

export const PrerequisiteSchema = z.object({ id, text: shortText });

export const ConnectorTypeSchema = z.object({
  id,
  name: shortText,
  description: shortText,
  /** Groups look-alike types in the picker (e.g. "lead tracking"). */
  group: z.optional(shortText),
  logoUrl: z.optional(HttpUrlSchema),
  /** A caution shown before set-up, e.g. twin services with separate accounts. */
  warning: z.optional(shortText),
  prerequisites: z.array(PrerequisiteSchema),
  /** Addresses the remote service must allow-list. */
  ipAllowList: z.array(NetworkAddressSchema),
  maxPerOrganization: z.nullable(z.int().check(z.positive())),
  /** The connector gets an ID and a secret of its own when created (registry connectors). */
  issuesCredentials: z.boolean(),
  /** Connectors of this type are added to groups, each with its own token. */
  supportsGroups: z.boolean(),
  steps: z.array(FormStepSchema),
});

export const ConnectorStatusSchema = z.enum(['draft', 'authorized', 'active', 'inactive']);

export const ConnectorGroupMembershipSchema = z.object({
  groupId: id,
  tokenIssuedAt: isoDateTime,
});

export const ConnectorSchema = z.object({
  id,
  typeId: id,
  name: shortText,
  description: z.string().check(z.maxLength(1000)),
  ownerId: id,
  ownerName: shortText,
  status: ConnectorStatusSchema,
  /** The host-developed app this connector configures, if any. */
  appId: z.nullable(id),
  /** Field values; secret fields are never returned, see `secretsSet`. */
  values: z.record(z.string(), FieldValueSchema),
  secretsSet: z.array(id),
  /** Public identifier of a registry connector. */
  clientId: z.nullable(id),
  groups: z.array(ConnectorGroupMembershipSchema),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** The answer to `createConnector`: a registry connector's secret is shown this once. */
export const CreatedConnectorSchema = z.object({
  connector: ConnectorSchema,
  clientSecret: z.nullable(z.string()),
});

export const ConnectorInputSchema = z.object({
  typeId: id,
  appId: z.optional(id),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  description: z.optional(z.string().check(z.maxLength(1000))),
  values: z.record(z.string(), FieldValueSchema),
});

export const ConnectorPatchSchema = z.object({
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  description: z.optional(z.string().check(z.maxLength(1000))),
  values: z.optional(z.record(z.string(), FieldValueSchema)),
});

export const ConnectorOwnerFilterSchema = z.enum(['me', 'all']);

export const GroupSchema = z.object({ id, name: shortText });

// ---- sync -------------------------------------------------------------------------------

export const SyncPeriodSchema = z.int().check(z.minimum(5), z.maximum(10_080));

export const SyncServiceSchema = z.object({
  id,
  name: shortText,
  /** A known icon name; hosts map unknown names to a generic icon. */
  icon: id,
  capabilities: z.array(z.enum(['calendar', 'contacts'])),
  /** The periods of automatic sync the service supports, in minutes, shortest first. */
  periods: z.array(SyncPeriodSchema).check(z.minLength(1), z.maxLength(20)),
});

export const AccountSyncSettingsSchema = z.object({
  calendar: z.boolean(),
  contacts: z.boolean(),
  autoSyncActivities: z.boolean(),
  /** Minutes between automatic activity syncs. */
  activitiesPeriod: SyncPeriodSchema,
  syncFrom: z.nullable(isoDate),
  autoSyncContacts: z.boolean(),
  contactsPeriod: SyncPeriodSchema,
});

export const SyncAccountSchema = z.object({
  id,
  serviceId: id,
  displayName: shortText,
  linkedAt: isoDateTime,
  status: z.enum(['linked', 'needs-reauthorization']),
  settings: AccountSyncSettingsSchema,
  lastSyncAt: z.nullable(isoDateTime),
});

/** The body that starts an account link. */
export const AccountLinkRequestSchema = z.object({ serviceId: id });

export const AccountLinkSchema = z.object({
  authorizationUrl: AuthorizationUrlSchema,
  state: id,
});

export const AccountLinkCompletionSchema = z.object({
  state: id,
  code: z.optional(z.string()),
  error: z.optional(z.string()),
});

/**
 * Where an account link stands: the status check for a consent window whose completion
 * message never arrived (its opener cut, or the backend completed the link itself at the
 * redirect URI). `linked` carries the new account.
 */
export const AccountLinkStatusSchema = z.object({
  state: id,
  status: z.enum(['pending', 'linked', 'denied', 'expired']),
  account: z.nullable(SyncAccountSchema),
});

export const TagSchema = z.object({ id, name: shortText });

export const OAuthClientSettingsSchema = z.object({
  clientId: z.string().check(z.maxLength(300)),
  /** Whether a client secret is stored; the secret itself never leaves the backend. */
  clientSecretSet: z.boolean(),
  /** The redirect URI to register with the provider: the site's address plus a fixed path. */
  redirectUri: HttpUrlSchema,
  authorizedOrigin: HttpUrlSchema,
});

export const SyncRunSchema = z.object({
  id,
  startedAt: isoDateTime,
  status: z.enum(['queued', 'running', 'done', 'failed']),
  accountIds: z.array(id),
  /** When the run ended (`done` or `failed`). */
  finishedAt: z.nullable(isoDateTime),
  /** What the run brought over so far. */
  counts: z.object({ contacts: z.int().check(z.nonnegative()), events: z.int().check(z.nonnegative()) }),
  /** What went wrong, one line per problem (an account that needs signing in again). */
  errors: z.array(shortText).check(z.maxLength(50)),
});

export const SyncSettingsSchema = z.object({
  /** Contacts carrying any of these personal tags are synced. */
  personalTagIds: z.array(id).check(z.maxLength(50)),
  /** Present on on-site installations that register their own OAuth client. */
  oauthClient: z.nullable(OAuthClientSettingsSchema),
  /** The latest sync run, if any: its progress or its result. */
  lastRun: z.nullable(SyncRunSchema),
});

export const SyncSettingsInputSchema = z.object({
  personalTagIds: z.array(id).check(z.maxLength(50)),
  oauthClient: z.optional(
    z.object({
      clientId: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
      /** Omitted to keep the stored secret. */
      clientSecret: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
    }),
  ),
});


// ---- inferred types ---------------------------------------------------------------------

export type AppStatus = z.infer<typeof AppStatusSchema>;
export type Developer = z.infer<typeof DeveloperSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type AppSummary = z.infer<typeof AppSummarySchema>;
export type DataAccess = z.infer<typeof DataAccessSchema>;
export type DataScope = z.infer<typeof DataScopeSchema>;
export type DataFlowDirection = z.infer<typeof DataFlowDirectionSchema>;
export type DataFlow = z.infer<typeof DataFlowSchema>;
export type Support = z.infer<typeof SupportSchema>;
export type AppDetail = z.infer<typeof AppDetailSchema>;
export type AppPage = z.infer<typeof AppPageSchema>;
export type ListAppsQuery = z.infer<typeof ListAppsQuerySchema>;
export type ConsentRecord = z.infer<typeof ConsentRecordSchema>;
export type Credentials = z.infer<typeof CredentialsSchema>;
export type Activation = z.infer<typeof ActivationSchema>;
export type NetworkMode = z.infer<typeof NetworkModeSchema>;
export type TrustedNetwork = z.infer<typeof TrustedNetworkSchema>;
export type NetworkSecurity = z.infer<typeof NetworkSecuritySchema>;
export type FieldKind = z.infer<typeof FieldKindSchema>;
export type FieldValue = z.infer<typeof FieldValueSchema>;
export type FieldOption = z.infer<typeof FieldOptionSchema>;
export type FieldItem = z.infer<typeof FieldItemSchema>;
export type FieldCondition = z.infer<typeof FieldConditionSchema>;
export type FieldSpec = z.infer<typeof FieldSpecSchema>;
export type FormStep = z.infer<typeof FormStepSchema>;
export type Prerequisite = z.infer<typeof PrerequisiteSchema>;
export type ConnectorType = z.infer<typeof ConnectorTypeSchema>;
export type ConnectorStatus = z.infer<typeof ConnectorStatusSchema>;
export type ConnectorGroupMembership = z.infer<typeof ConnectorGroupMembershipSchema>;
export type Connector = z.infer<typeof ConnectorSchema>;
export type CreatedConnector = z.infer<typeof CreatedConnectorSchema>;
export type ConnectorInput = z.input<typeof ConnectorInputSchema>;
export type ConnectorPatch = z.input<typeof ConnectorPatchSchema>;
export type ConnectorOwnerFilter = z.infer<typeof ConnectorOwnerFilterSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type SyncService = z.infer<typeof SyncServiceSchema>;
export type AccountSyncSettings = z.infer<typeof AccountSyncSettingsSchema>;
export type SyncAccount = z.infer<typeof SyncAccountSchema>;
export type AccountLink = z.infer<typeof AccountLinkSchema>;
export type AccountLinkCompletion = z.infer<typeof AccountLinkCompletionSchema>;
export type AccountLinkStatus = z.infer<typeof AccountLinkStatusSchema>;
export type Tag = z.infer<typeof TagSchema>;
export type OAuthClientSettings = z.infer<typeof OAuthClientSettingsSchema>;
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;
export type SyncSettingsInput = z.input<typeof SyncSettingsInputSchema>;
export type SyncRun = z.infer<typeof SyncRunSchema>;
