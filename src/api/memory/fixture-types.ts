import type {
  AppStatus,
  DataAccess,
  DataFlowDirection,
  Developer,
  FieldCondition,
  FieldKind,
  FieldValue,
} from '../schemas.js';

/** Text in every locale the fixtures speak; English is required, the rest fall back to it. */
export interface LocalizedText {
  en: string;
  bg?: string;
  ru?: string;
  tr?: string;
}

export interface CategoryFixture {
  id: string;
  name: LocalizedText;
}

export interface AppFixture {
  id: string;
  name: string;
  vendor: string;
  summary: LocalizedText;
  description: LocalizedText;
  categoryIds: string[];
  logoUrl?: string;
  developer: Developer;
  dataFlows: { direction: DataFlowDirection; description: LocalizedText }[];
  dataScopes: { id: string; name: LocalizedText; description?: LocalizedText; access: DataAccess }[];
  support:
    | { kind: 'host' }
    | { kind: 'vendor'; name: string; email?: string; phone?: string; url?: string };
  moreInfoUrl?: string;
  mayChangeFees: boolean;
  termsVersion: string;
  connectorTypeId?: string;
  /** Status the app starts in; `available` when absent. */
  initialStatus?: AppStatus;
}

export interface FieldFixture {
  id: string;
  kind: FieldKind;
  label: LocalizedText;
  help?: LocalizedText;
  helpUrl?: string;
  required: boolean;
  readOnly?: boolean;
  defaultValue?: FieldValue;
  options?: { value: string; label: LocalizedText }[];
  optionsSource?: string;
  minLength?: number;
  maxLength?: number;
  mustStartWith?: string;
  min?: number;
  max?: number;
  items?: { id: string; text: LocalizedText }[];
  unique?: boolean;
  visibleWhen?: FieldCondition[];
}

export interface ConnectorTypeFixture {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  group?: LocalizedText;
  logoUrl?: string;
  warning?: LocalizedText;
  prerequisites: { id: string; text: LocalizedText }[];
  ipAllowList: string[];
  maxPerOrganization: number | null;
  issuesCredentials: boolean;
  supportsGroups: boolean;
  steps: {
    id: string;
    title: LocalizedText;
    description?: LocalizedText;
    requiresAuthorization: boolean;
    fields: FieldFixture[];
  }[];
  /**
   * How the simulated remote service checks credentials: the values of these fields must
   * equal these strings for `authorizeConnector` to succeed. Absent: any complete set works.
   */
  acceptedCredentials?: Record<string, string>[];
  /** Choices the remote service offers once authorized, by `optionsSource`. */
  remoteOptions?: Record<string, { value: string; label: LocalizedText }[]>;
}

export interface SyncServiceFixture {
  id: string;
  name: string;
  icon: string;
  capabilities: ('calendar' | 'contacts')[];
  /** The periods of automatic sync (minutes) the service offers, shortest first. */
  periods: number[];
  /** Where the simulated provider's consent window lives. */
  authorizationEndpoint: string;
}

export interface TagFixture {
  id: string;
  name: LocalizedText;
}

export interface GroupFixture {
  id: string;
  name: string;
}

export interface UserFixture {
  id: string;
  name: string;
}

/** Everything a `MemoryAdapter` starts with. */
export interface Fixtures {
  categories: CategoryFixture[];
  apps: AppFixture[];
  connectorTypes: ConnectorTypeFixture[];
  syncServices: SyncServiceFixture[];
  tags: TagFixture[];
  groups: GroupFixture[];
  users: UserFixture[];
  /** Connectors that exist before anyone signs in (owned by `users`). */
  connectors: {
    id: string;
    typeId: string;
    name: string;
    description: string;
    ownerId: string;
    status: 'draft' | 'authorized' | 'active' | 'inactive';
    values: Record<string, FieldValue>;
    /** Secret field values the backend holds; never returned, only listed in `secretsSet`. */
    secrets?: Record<string, string>;
    /** Groups the connector got a token for, that many days before the backend was seeded. */
    groups?: { groupId: string; daysAgo: number }[];
  }[];
  /** The site's own address, for the OAuth redirect URI of on-site installations. */
  siteUrl: string;
}
