/**
 * Property tests of the contract's schemas: a valid value of each entity parses to itself,
 * and a value spoiled at one place is refused with an issue at exactly that place, which
 * is what lets a form put the backend's refusal beside the right field.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ZodMiniType } from 'zod/mini';
import * as schemas from '../src/api/schemas.js';
import {
  anyText,
  badIsoDate,
  badIsoDateTime,
  badNetworkAddress,
  httpUrl,
  httpsUrl,
  isoDate,
  isoDateTime,
  networkAddress,
  plainHttpUrl,
  slashlessUrl,
  textOfLength,
  tooLong,
  unsafeUrl,
} from './support/arbitraries.js';

// ---- models: each schema written out as a valid value and its one-place corruptions ----------

type Path = (string | number)[];

/** A valid value with one place spoiled, and the path to that place. */
interface Corruption {
  value: unknown;
  path: Path;
}

/** What the property tests know of a schema: how to make a valid value, and how to spoil one. */
interface Model {
  valid: fc.Arbitrary<unknown>;
  corrupt: fc.Arbitrary<Corruption>;
}

const notAString = fc.constantFrom<unknown>(42, true, null, ['x'], { x: 'y' });
const notABoolean = fc.constantFrom<unknown>('true', 'false', 0, 1, null, []);
const notANumber = fc.constantFrom<unknown>('3', true, null, [], {});
const notAnObject = fc.constantFrom<unknown>('x', 42, true, null, []);
const notAnArray = fc.constantFrom<unknown>('x', 42, null, {}, { 0: 'x', length: 1 });

/** A value the schema takes as it is, and the values it must refuse in its place. */
function leaf(valid: fc.Arbitrary<unknown>, ...invalid: fc.Arbitrary<unknown>[]): Model {
  return { valid, corrupt: fc.oneof(...invalid).map((value) => ({ value, path: [] })) };
}

/** Text of at most `max` UTF-16 units, the limit itself among the valid lengths. */
function textUpTo(max: number): Model {
  return leaf(fc.oneof({ arbitrary: anyText(Math.min(max, 40)), weight: 9 }, { arbitrary: textOfLength(max), weight: 1 }), tooLong(max), notAString);
}

/** Text that arrives trimmed (names): blank text is refused like empty text. */
function trimmedText(max: number): Model {
  const trimmed = anyText(40).filter((text) => text.length > 0 && text.trim() === text);
  return leaf(
    fc.oneof({ arbitrary: trimmed, weight: 9 }, { arbitrary: textOfLength(max), weight: 1 }),
    fc.constantFrom('', ' ', '\t\n', '\u00a0\u2003'),
    tooLong(max),
    notAString,
  );
}

function enumOf(values: readonly string[]): Model {
  return leaf(fc.constantFrom(...values), fc.string().filter((text) => !values.includes(text)), notAString);
}

function integer(min: number, max: number): Model {
  const outside = [fc.integer({ min: min - 1_000, max: min - 1 })];
  if (max < Number.MAX_SAFE_INTEGER) outside.push(fc.integer({ min: max + 1, max: max + 1_000 }));
  return leaf(
    fc.integer({ min, max }),
    ...outside,
    fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    notANumber,
  );
}

/** Any finite number; not a number, or not finite, is refused. */
const finiteNumber = leaf(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  notANumber,
);

/** Required and optional fields; a corruption spoils one field, present or not, or the object itself. */
function object(required: Record<string, Model>, optional: Record<string, Model> = {}): Model {
  const all = { ...required, ...optional };
  const arbitraries = Object.fromEntries(Object.entries(all).map(([key, model]) => [key, model.valid]));
  const valid = fc.record(arbitraries, { requiredKeys: Object.keys(required) });
  const spoiledField = Object.entries(all).map(([key, model]) =>
    fc.tuple(valid, model.corrupt).map(([base, corruption]) => ({
      value: { ...base, [key]: corruption.value },
      path: [key, ...corruption.path],
    })),
  );
  return { valid, corrupt: fc.oneof(...spoiledField, notAnObject.map((value) => ({ value, path: [] }))) };
}

/** A short list (of `minLength` items at least); a corruption puts one spoiled item among valid ones, or replaces the list. */
function array(item: Model, minLength = 0): Model {
  const valid = fc.array(item.valid, { minLength, maxLength: Math.max(3, minLength) });
  const spoiledItem = fc.tuple(valid, item.corrupt, fc.nat()).map(([items, corruption, at]) => {
    const index = at % (items.length + 1);
    return { value: [...items.slice(0, index), corruption.value, ...items.slice(index)], path: [index, ...corruption.path] };
  });
  return { valid, corrupt: fc.oneof(spoiledItem, notAnArray.map((value) => ({ value, path: [] }))) };
}

function nullable(inner: Model): Model {
  return {
    valid: fc.option(inner.valid, { nil: null }),
    corrupt: inner.corrupt.filter((corruption) => corruption.path.length > 0 || corruption.value !== null),
  };
}

/** Map keys; zod drops a `__proto__` key on purpose (prototype pollution), so none is generated. */
const recordKey = anyText(12).filter((key) => key !== '__proto__');

function record(value: Model): Model {
  const valid = fc.dictionary(recordKey, value.valid, { maxKeys: 4, noNullPrototype: true });
  const spoiledEntry = fc.tuple(valid, recordKey, value.corrupt).map(([base, key, corruption]) => ({
    value: { ...base, [key]: corruption.value },
    path: [key, ...corruption.path],
  }));
  return { valid, corrupt: fc.oneof(spoiledEntry, notAnObject.map((entry) => ({ value: entry, path: [] }))) };
}

/** Either variant; a corruption spoils one of them. */
function union(...variants: Model[]): Model {
  return { valid: fc.oneof(...variants.map((variant) => variant.valid)), corrupt: fc.oneof(...variants.map((variant) => variant.corrupt)) };
}

// ---- the contract's building blocks ----------------------------------------------------------

const id = leaf(fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }), fc.constant(''), tooLong(200), notAString);
const shortText = textUpTo(500);
const anyString = leaf(anyText(30), notAString);
const bool = leaf(fc.boolean(), notABoolean);
const dateTime = leaf(isoDateTime, badIsoDateTime, fc.date({ noInvalidDate: true }).map((date) => date.getTime()), notAString);
const date = leaf(isoDate, badIsoDate, notAString);
const webLink = leaf(httpUrl, unsafeUrl, slashlessUrl, notAString);
const address = leaf(networkAddress, badNetworkAddress, notAString);

const emailLabel = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/);
const email = leaf(
  fc
    .tuple(fc.array(fc.stringMatching(/^[a-zA-Z0-9_+-]{1,8}$/), { minLength: 1, maxLength: 3 }), fc.array(emailLabel, { minLength: 1, maxLength: 2 }), fc.stringMatching(/^[a-z]{2,6}$/))
    .map(([local, domain, tld]) => `${local.join('.')}@${domain.join('.')}.${tld}`),
  fc.constantFrom('no-at-sign', 'a@b', 'a@example.c', '@example.com', 'a@@example.com', 'a b@example.com', 'a@example.com.', 'a.@example.com'),
  notAString,
);

const locale = leaf(
  fc.oneof(fc.constantFrom('en', 'bg', 'ru', 'tr', 'en-GB', 'sr-Latn-RS'), fc.string({ minLength: 2, maxLength: 35 })),
  fc.constantFrom('', 'e'),
  tooLong(35),
  notAString,
);

const fieldValue = leaf(
  fc.oneof(anyText(20), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.array(anyText(10), { maxLength: 3 })),
  fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, null, {}, [1], ['a', false], [null]),
);

const appSummaryFields = {
  id,
  name: shortText,
  vendor: shortText,
  summary: shortText,
  categoryIds: array(id),
  developer: enumOf(['vendor', 'host']),
  status: enumOf(['available', 'pending-configuration', 'active', 'credentials-expired']),
};

const appSummary = object(appSummaryFields, { logoUrl: webLink });

const support = union(
  object({ kind: leaf(fc.constant('host'), fc.constantFrom<unknown>('vendor ', 'Host', '', 1, null)) }),
  object(
    { kind: leaf(fc.constant('vendor'), fc.constantFrom<unknown>('host ', 'Vendor', '', 1, null)), name: shortText },
    { email, phone: textUpTo(40), url: webLink },
  ),
);

const appDetail = object(
  {
    ...appSummaryFields,
    description: textUpTo(20_000),
    dataFlows: array(object({ direction: enumOf(['to-app', 'from-app', 'both']), description: shortText })),
    dataScopes: array(object({ id, name: shortText, access: enumOf(['read', 'write', 'read-write']) }, { description: shortText })),
    support,
    mayChangeFees: bool,
    termsVersion: id,
  },
  { logoUrl: webLink, moreInfoUrl: webLink, connectorTypeId: id },
);

const appPage = object({ items: array(appSummary), total: integer(0, Number.MAX_SAFE_INTEGER), nextCursor: nullable(anyString) });

const consentRecord = object({
  appId: id,
  termsVersion: id,
  scopes: array(id),
  feeEffectiveDate: nullable(date),
  locale,
  acceptedAt: dateTime,
  idempotencyKey: id,
});

const activation = object({
  appId: id,
  status: enumOf(['available', 'pending-configuration', 'active', 'credentials-expired']),
  activatedAt: nullable(dateTime),
  credentials: nullable(object({ issuedAt: dateTime, expiresAt: dateTime, usedAt: nullable(dateTime) })),
  connectorId: nullable(id),
});

const networkSecurity = object({
  mode: enumOf(['unrestricted', 'restricted']),
  trustedNetworks: array(object({ address, label: textUpTo(100) })),
});

const fieldSpec = object(
  {
    id,
    kind: enumOf(schemas.FieldKindSchema.options),
    label: shortText,
    required: bool,
  },
  {
    help: shortText,
    helpUrl: webLink,
    readOnly: bool,
    defaultValue: fieldValue,
    options: array(object({ value: anyString, label: shortText })),
    optionsSource: id,
    minLength: integer(0, Number.MAX_SAFE_INTEGER),
    maxLength: integer(1, Number.MAX_SAFE_INTEGER),
    mustStartWith: anyString,
    min: finiteNumber,
    max: finiteNumber,
    items: array(object({ id, text: shortText })),
    unique: bool,
    visibleWhen: array(
      object({
        field: id,
        oneOf: array(leaf(fc.oneof(anyText(10), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()), fc.constantFrom<unknown>(null, [], {}, Number.NaN))),
      }),
    ),
  },
);

const connectorType = object(
  {
    id,
    name: shortText,
    description: shortText,
    prerequisites: array(object({ id, text: shortText })),
    ipAllowList: array(address),
    maxPerOrganization: nullable(integer(1, Number.MAX_SAFE_INTEGER)),
    issuesCredentials: bool,
    supportsGroups: bool,
    steps: array(object({ id, title: shortText, requiresAuthorization: bool, fields: array(fieldSpec) }, { description: shortText })),
  },
  { group: shortText, logoUrl: webLink, warning: shortText },
);

const connector = object({
  id,
  typeId: id,
  name: shortText,
  description: textUpTo(1000),
  ownerId: id,
  ownerName: shortText,
  status: enumOf(['draft', 'authorized', 'active', 'inactive']),
  appId: nullable(id),
  values: record(fieldValue),
  secretsSet: array(id),
  clientId: nullable(id),
  groups: array(object({ groupId: id, tokenIssuedAt: dateTime })),
  createdAt: dateTime,
  updatedAt: dateTime,
});

const connectorInput = object(
  { typeId: id, name: trimmedText(100), values: record(fieldValue) },
  { appId: id, description: textUpTo(1000) },
);

const syncPeriod = integer(5, 10_080);

const syncAccount = object({
  id,
  serviceId: id,
  displayName: shortText,
  linkedAt: dateTime,
  status: enumOf(['linked', 'needs-reauthorization']),
  settings: object({
    calendar: bool,
    contacts: bool,
    autoSyncActivities: bool,
    activitiesPeriod: syncPeriod,
    syncFrom: nullable(date),
    autoSyncContacts: bool,
    contactsPeriod: syncPeriod,
  }),
  lastSyncAt: nullable(dateTime),
});

const syncService = object({
  id,
  name: shortText,
  icon: id,
  capabilities: array(enumOf(['calendar', 'contacts'])),
  periods: array(syncPeriod, 1),
});

const count = integer(0, Number.MAX_SAFE_INTEGER);

const syncRun = object({
  id,
  startedAt: dateTime,
  status: enumOf(['queued', 'running', 'done', 'failed']),
  accountIds: array(id),
  finishedAt: nullable(dateTime),
  counts: object({ contacts: count, events: count }),
  errors: array(shortText),
});

const syncSettings = object({
  personalTagIds: array(id),
  oauthClient: nullable(object({ clientId: textUpTo(300), clientSecretSet: bool, redirectUri: webLink, authorizedOrigin: webLink })),
  lastRun: nullable(syncRun),
});

const accountLinkStatus = object({
  state: id,
  status: enumOf(['pending', 'linked', 'denied', 'expired']),
  account: nullable(syncAccount),
});

const clientSecret = leaf(fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }), fc.constant(''), tooLong(300), notAString);

const syncSettingsInput = object(
  { personalTagIds: array(id) },
  { oauthClient: object({ clientId: trimmedText(300) }, { clientSecret }) },
);

/** A consent page on this machine: a server that is its own provider (the reference server). */
const loopbackUrl = fc
  .tuple(fc.constantFrom('127.0.0.1', '127.1.2.3', 'localhost'), fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: undefined }))
  .map(([host, port]) => `http://${host}${port === undefined ? '' : `:${port}`}/oauth-provider/authorize?state=s`);
const authorizationLink = leaf(fc.oneof(httpsUrl, loopbackUrl), unsafeUrl, slashlessUrl, plainHttpUrl, notAString);

const accountLink = object({ authorizationUrl: authorizationLink, state: id });

const MODELS: [string, ZodMiniType, Model][] = [
  ['AppSummary', schemas.AppSummarySchema, appSummary],
  ['AppDetail', schemas.AppDetailSchema, appDetail],
  ['AppPage', schemas.AppPageSchema, appPage],
  ['ConsentRecord', schemas.ConsentRecordSchema, consentRecord],
  ['Activation', schemas.ActivationSchema, activation],
  ['NetworkSecurity', schemas.NetworkSecuritySchema, networkSecurity],
  ['FieldSpec', schemas.FieldSpecSchema, fieldSpec],
  ['ConnectorType', schemas.ConnectorTypeSchema, connectorType],
  ['Connector', schemas.ConnectorSchema, connector],
  ['ConnectorInput', schemas.ConnectorInputSchema, connectorInput],
  ['SyncService', schemas.SyncServiceSchema, syncService],
  ['SyncAccount', schemas.SyncAccountSchema, syncAccount],
  ['SyncRun', schemas.SyncRunSchema, syncRun],
  ['AccountLinkStatus', schemas.AccountLinkStatusSchema, accountLinkStatus],
  ['SyncSettings', schemas.SyncSettingsSchema, syncSettings],
  ['SyncSettingsInput', schemas.SyncSettingsInputSchema, syncSettingsInput],
  ['AccountLink', schemas.AccountLinkSchema, accountLink],
];

// ---- properties ------------------------------------------------------------------------------

describe('schemas, property-based', () => {
  for (const [name, schema, model] of MODELS) {
    it(`${name}: every valid value parses to itself`, () => {
      fc.assert(
        fc.property(model.valid, (value) => {
          const result = schema.safeParse(value);
          expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
          expect(result.data).to.deep.equal(value);
        }),
        { numRuns: 150 },
      );
    });

    it(`${name}: a value spoiled at one place is refused there, and only there`, () => {
      fc.assert(
        fc.property(model.corrupt, ({ value, path }) => {
          const result = schema.safeParse(value);
          expect(result.success, 'accepted').to.equal(false);
          const paths = result.error?.issues.map((issue) => issue.path) ?? [];
          expect(paths).to.deep.equal(paths.map(() => path));
        }),
        { numRuns: 200 },
      );
    });
  }

  it('a calendar date is accepted exactly when the day exists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        // The proleptic Gregorian calendar of RFC 3339, as Date keeps it (setUTCFullYear takes years below 100 as they are).
        const probe = new Date(0);
        probe.setUTCFullYear(year, month - 1, day);
        const exists = probe.getUTCDate() === day;
        expect(schemas.ConsentRecordSchema.shape.feeEffectiveDate.safeParse(text).success, text).to.equal(exists);
      }),
      { numRuns: 300 },
    );
  });

  it('connector names and OAuth client ids arrive trimmed', () => {
    const padding = fc.constantFrom('', ' ', '\t', '\n ', '\u00a0', '\u3000');
    const name = anyText(40).filter((text) => text.trim().length > 0 && text.trim().length <= 100);
    fc.assert(
      fc.property(padding, name, padding, (before, text, after) => {
        const input = schemas.ConnectorInputSchema.parse({ typeId: 'type', name: `${before}${text}${after}`, values: {} });
        expect(input.name).to.equal(text.trim());
        const settings = schemas.SyncSettingsInputSchema.parse({ personalTagIds: [], oauthClient: { clientId: `${before}${text}${after}` } });
        expect(settings.oauthClient?.clientId).to.equal(text.trim());
      }),
      { numRuns: 150 },
    );
  });
});
