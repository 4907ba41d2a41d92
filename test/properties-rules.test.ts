/**
 * Property tests of the rules the forms share with the backend: which network addresses
 * may join the trusted list (src/api/network-security-rules.ts), and which connector
 * fields are shown and which of their values are refused (src/api/connector-values.ts).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkConnectorValues,
  connectorValuesToSend,
  holdsValue,
  isFieldVisible,
  stepsBeforeAuthorization,
  valueOf,
  visibleFields,
  type FieldValues,
} from '../src/api/connector-values.js';
import { MAX_NETWORK_LABEL_LENGTH, checkNetworkLabel, checkTrustedAddress } from '../src/api/network-security-rules.js';
import {
  ConnectorInputSchema,
  ConnectorTypeSchema,
  FieldKindSchema,
  NetworkAddressSchema,
  TrustedNetworkSchema,
  type ConnectorType,
  type FieldCondition,
  type FieldKind,
  type FieldSpec,
  type FieldValue,
  type FormStep,
} from '../src/api/schemas.js';
import {
  anyText,
  badNetworkAddress,
  cidrv4,
  cidrv6,
  httpUrl,
  httpsUrl,
  ipv4,
  isoDate,
  ipv4Octets,
  ipv6,
  ipv6Groups,
  ipv6Spelling,
  spellIpv6,
  textOfLength,
  type Ipv6Spelling,
} from './support/arbitraries.js';

// ---- network addresses ------------------------------------------------------------------------

/** Whitespace an admin pastes around an address or a label. */
const padding = fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0');

/** An address as numbers, so that the test knows which spellings name the same one. */
type Address =
  | { family: 4; octets: number[]; prefix: number | undefined }
  | { family: 6; groups: number[]; prefix: number | undefined; spelling: Ipv6Spelling };

const someAddress: fc.Arbitrary<Address> = fc.oneof(
  fc.record({ family: fc.constant(4 as const), octets: ipv4Octets, prefix: fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }) }),
  fc.record({
    family: fc.constant(6 as const),
    groups: ipv6Groups,
    prefix: fc.option(fc.integer({ min: 0, max: 128 }), { nil: undefined }),
    spelling: ipv6Spelling,
  }),
);

function spell(address: Address, spelling?: Ipv6Spelling): string {
  const host = address.family === 4 ? address.octets.join('.') : spellIpv6(address.groups, spelling ?? address.spelling);
  return address.prefix === undefined ? host : `${host}/${address.prefix}`;
}

/** Equal for two spellings of one address or range. */
function identity(address: Address): string {
  const numbers = address.family === 4 ? address.octets : address.groups;
  return `${address.family}|${numbers.join('.')}|${address.prefix ?? ''}`;
}

describe('network addresses, property-based', () => {
  it('every IPv4 and IPv6 address and CIDR range is accepted, however it is written', () => {
    fc.assert(
      fc.property(fc.oneof(ipv4, cidrv4, ipv6, cidrv6), (text) => {
        expect(NetworkAddressSchema.safeParse(text).success, text).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('numbers past 255, prefixes past 32 or 128, wrong group counts and foreign characters are refused', () => {
    fc.assert(
      fc.property(badNetworkAddress, padding, (text, pad) => {
        expect(NetworkAddressSchema.safeParse(text).success, text).to.equal(false);
        expect(checkTrustedAddress(`${pad}${text}${pad}`, [])).to.deep.equal({ code: 'invalid-address' });
      }),
      { numRuns: 300 },
    );
  });

  it('a blank address is required, not invalid', () => {
    fc.assert(
      fc.property(fc.array(padding, { maxLength: 3 }), (blanks) => {
        expect(checkTrustedAddress(blanks.join(''), [])).to.deep.equal({ code: 'required' });
      }),
      { numRuns: 50 },
    );
  });

  it('an address that passes the rules, trimmed as the form sends it, is accepted by the contract', () => {
    fc.assert(
      fc.property(someAddress, padding, padding, (network, before, after) => {
        const typed = `${before}${spell(network)}${after}`;
        expect(checkTrustedAddress(typed, []), typed).to.equal(undefined);
        expect(TrustedNetworkSchema.safeParse({ address: typed.trim(), label: '' }).success, typed).to.equal(true);
      }),
      { numRuns: 200 },
    );
  });

  it('an address already listed, in any spelling, case or padding, is a duplicate; any other is not', () => {
    fc.assert(
      fc.property(
        fc.array(someAddress, { maxLength: 5 }),
        fc.option(fc.nat(), { nil: undefined }),
        someAddress,
        ipv6Spelling,
        padding,
        (listed, pick, fresh, spelling, pad) => {
          const candidate = pick === undefined || listed.length === 0 ? fresh : listed[pick % listed.length]!;
          const typed = `${pad}${spell(candidate, spelling)}${pad}`;
          const networks = listed.map((network) => ({ address: spell(network), label: '' }));
          const alreadyThere = listed.some((network) => identity(network) === identity(candidate));
          expect(checkTrustedAddress(typed, networks), `${typed} among ${networks.map((network) => network.address).join(', ')}`).to.deep.equal(
            alreadyThere ? { code: 'duplicate-address' } : undefined,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a label is refused exactly when, trimmed, it is longer than the contract takes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_NETWORK_LABEL_LENGTH + 10 }).chain(textOfLength), padding, padding, (text, before, after) => {
        const label = `${before}${text}${after}`;
        const fits = text.length <= MAX_NETWORK_LABEL_LENGTH;
        expect(checkNetworkLabel(label)).to.deep.equal(fits ? undefined : { code: 'too-long', params: { max: MAX_NETWORK_LABEL_LENGTH } });
        expect(TrustedNetworkSchema.safeParse({ address: '192.0.2.1', label: label.trim() }).success).to.equal(fits);
      }),
      { numRuns: 150 },
    );
  });
});

// ---- connector types ----------------------------------------------------------------------------

const TEXT_KINDS: readonly FieldKind[] = ['text', 'textarea', 'secret'];
const LIST_KINDS: readonly FieldKind[] = ['multiselect', 'ip-list', 'checklist'];
const CHOICE_KINDS: readonly FieldKind[] = ['select', 'radio', 'multiselect'];

/**
 * Field ids as a host may choose them, names an object inherits included: values travel as
 * plain objects, so `constructor` must be looked up as the field's value, not the object's.
 */
const fieldId = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][A-Za-z0-9]{0,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty') },
);

/** What a field is, before its default and conditions are chosen. */
interface FieldShape {
  kind: FieldKind;
  required: boolean;
  options: string[];
  /** Options come from the remote service, so any value may be chosen. */
  remote: boolean;
  minLength: number | undefined;
  /** How much longer than its shortest valid value the field may be; none means no maximum. */
  room: number | undefined;
  prefix: string | undefined;
}

const fieldShape: fc.Arbitrary<FieldShape> = fc.record({
  kind: fc.constantFrom(...FieldKindSchema.options),
  required: fc.boolean(),
  options: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'basic', 'oauth2'), { minLength: 1, maxLength: 4 }),
  remote: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  minLength: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  room: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  prefix: fc.option(fc.constantFrom('https://', 'acct-', 'Й'), { nil: undefined }),
});

function bareField(id: string, shape: FieldShape): FieldSpec {
  const field: FieldSpec = { id, kind: shape.kind, label: id.toUpperCase(), required: shape.required };
  if (TEXT_KINDS.includes(shape.kind)) {
    if (shape.prefix !== undefined) field.mustStartWith = shape.prefix;
    if (shape.minLength !== undefined) field.minLength = shape.minLength;
    if (shape.room !== undefined) field.maxLength = Math.max(shape.minLength ?? 0, shape.prefix?.length ?? 0, 1) + shape.room;
  }
  if (shape.kind === 'url' && shape.prefix === 'https://') field.mustStartWith = 'https://';
  if (CHOICE_KINDS.includes(shape.kind)) {
    field.options = shape.options.map((value) => ({ value, label: value.toUpperCase() }));
    if (shape.remote) field.optionsSource = 'remote-options';
  }
  if (shape.kind === 'checklist' || shape.kind === 'copy-list') {
    field.items = shape.options.map((value) => ({ id: value, text: value.toUpperCase() }));
  }
  if (shape.kind === 'number') {
    field.min = shape.minLength ?? -1_000;
    if (shape.room !== undefined) field.max = field.min + shape.room;
  }
  return field;
}

const letter = fc.constantFrom('a', 'Z', 'ж', 'Й', 'ı', 'İ', 'é', '7', '-', '_', '.');

/** A value within every rule of the field: what an admin who reads the form types. */
function validValue(field: FieldSpec): fc.Arbitrary<FieldValue> {
  const options = field.options?.map((option) => option.value) ?? [];
  switch (field.kind) {
    case 'checkbox':
      return field.required ? fc.constant(true) : fc.boolean();
    case 'multiselect':
      return fc.subarray(options, { minLength: field.required ? 1 : 0 });
    case 'select':
    case 'radio':
      return fc.constantFrom(...options);
    case 'url':
      return field.mustStartWith === 'https://' ? httpsUrl : httpUrl;
    case 'number':
      return fc.integer({ min: field.min ?? -1_000, max: field.max ?? (field.min ?? -1_000) + 1_000 });
    case 'email':
      return fc
        .tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.stringMatching(/^[a-z]{1,8}$/))
        .map(([name, domain]) => `${name}@${domain}.example`);
    case 'date':
      return isoDate;
    case 'ip-list':
      return fc.uniqueArray(fc.ipV4(), { minLength: field.required ? 1 : 0, maxLength: 3 });
    case 'checklist': {
      const ids = field.items?.map((item) => item.id) ?? [];
      return field.required ? fc.constant(ids) : fc.subarray(ids);
    }
    case 'notice':
    case 'copy-list':
      // They hold no value: whatever arrives is neither checked nor sent.
      return fc.constant('');
    default: {
      const prefix = field.mustStartWith ?? '';
      const least = Math.max((field.minLength ?? 0) - prefix.length, field.required && !prefix ? 1 : 0, 0);
      const most = field.maxLength === undefined ? least + 12 : field.maxLength - prefix.length;
      return fc.string({ unit: letter, minLength: least, maxLength: most }).map((rest) => `${prefix}${rest}`);
    }
  }
}

/** A value of any kind, fitting the field or not. */
function anyValue(field: FieldSpec): fc.Arbitrary<FieldValue> {
  return fc.oneof(
    validValue(field),
    fc.constantFrom<FieldValue>('', '  ', true, false, [], ['zz'], 'javascript:alert(1)'),
    anyText(8),
    fc.integer(),
    fc.array(anyText(4), { maxLength: 2 }),
  );
}

/** What an admin may leave in a field the spec makes blank: nothing, spaces, unchecked, none chosen. */
function blankValue(field: FieldSpec): fc.Arbitrary<FieldValue> {
  if (field.kind === 'checkbox') return fc.constant(false);
  if (LIST_KINDS.includes(field.kind)) return fc.constant([]);
  // A number input has no spaces to leave: the browser clears what is not a number.
  if (field.kind === 'number') return fc.constant('');
  return fc.constantFrom('', ' ', '  \t', '\u00a0');
}

/** Values a condition on `field` may name: its options, its default, something else. */
function conditionDomain(field: FieldSpec): (string | number | boolean)[] {
  if (field.kind === 'checkbox') return [true, false];
  if (field.kind === 'number') return [field.min ?? 0, 'other'];
  const options = field.options?.map((option) => option.value) ?? [];
  const typical = typeof field.defaultValue === 'string' ? [field.defaultValue] : [];
  return [...options, ...typical, 'other'];
}

/** A condition on another field (any, itself and later ones included) or on a value of no field. */
const conditionSeed = fc.record({
  source: fc.nat(),
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  outside: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

/**
 * Connector types of one to seven fields of every kind over one to three steps, with
 * defaults and `visibleWhen` conditions. `allDefaults` gives every field a default.
 */
function connectorType(allDefaults: boolean): fc.Arbitrary<ConnectorType> {
  return fc
    .uniqueArray(fc.record({ id: fieldId, shape: fieldShape }), { selector: (entry) => entry.id, minLength: 1, maxLength: 7 })
    .chain((entries) => {
      const bare = entries.map(({ id, shape }) => bareField(id, shape));
      const defaults = fc.tuple(...bare.map((field) => (allDefaults ? validValue(field) : fc.option(validValue(field), { nil: undefined }))));
      const conditions = fc.array(fc.array(conditionSeed, { maxLength: 2 }), { minLength: bare.length, maxLength: bare.length });
      const cuts = fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, bare.length - 1) }), { maxLength: 2 });
      const authorization = fc.array(fc.boolean(), { minLength: 3, maxLength: 3 });
      return fc.tuple(defaults, conditions, cuts, authorization).map(([chosen, seeds, stepCuts, locks]) => {
        const withDefaults = bare.map((field, index) => {
          const defaultValue = chosen[index];
          return defaultValue === undefined ? field : { ...field, defaultValue };
        });
        const fields = withDefaults.map((field, index): FieldSpec => {
          const visibleWhen = (seeds[index] ?? []).map(({ source, picks, outside }): FieldCondition => {
            if (outside) return { field: 'elsewhere', oneOf: ['on'] };
            const from = withDefaults[source % withDefaults.length]!;
            const domain = conditionDomain(from);
            return { field: from.id, oneOf: [...new Set(picks.map((pick) => domain[pick % domain.length]!))] };
          });
          return visibleWhen.length === 0 ? field : { ...field, visibleWhen };
        });
        const bounds = [0, ...stepCuts.filter((cut) => cut < fields.length).sort((a, b) => a - b), fields.length];
        const steps: FormStep[] = bounds.slice(1).map((end, index) => ({
          id: `step-${index}`,
          title: `Step ${index + 1}`,
          requiresAuthorization: index > 0 && (locks[index] ?? false),
          fields: fields.slice(bounds[index], end),
        }));
        return {
          id: 'generated',
          name: 'Generated',
          description: 'A connector type made up by fast-check.',
          prerequisites: [],
          ipAllowList: [],
          maxPerOrganization: null,
          issuesCredentials: false,
          supportsGroups: false,
          steps,
        };
      });
    });
}

function allFields(type: ConnectorType): FieldSpec[] {
  return type.steps.flatMap((step) => step.fields);
}

function allSteps(type: ConnectorType): string[] {
  return type.steps.map((step) => step.id);
}

/** Values as a JSON body brings them: own properties of a plain object. */
function valuesOf(entries: [string, FieldValue | undefined][]): FieldValues {
  return Object.fromEntries(entries.filter((entry): entry is [string, FieldValue] => entry[1] !== undefined));
}

/** For every field a value within its rules, or none where the default or an empty field will do. */
function validValues(type: ConnectorType): fc.Arbitrary<FieldValues> {
  const fields = allFields(type);
  return fc
    .tuple(
      ...fields.map((field) =>
        field.required && field.defaultValue === undefined ? validValue(field) : fc.option(validValue(field), { nil: undefined }),
      ),
    )
    .map((values) => valuesOf(fields.map((field, index) => [field.id, values[index]])));
}

function anyValues(type: ConnectorType): fc.Arbitrary<FieldValues> {
  const fields = allFields(type);
  return fc
    .tuple(...fields.map((field) => fc.option(anyValue(field), { nil: undefined })))
    .map((values) => valuesOf(fields.map((field, index) => [field.id, values[index]])));
}

/** The shape a field's kind asks for: a flag, a list of the options, or one text. */
function hasShapeOf(field: FieldSpec, value: FieldValue | undefined): boolean {
  const options = field.options?.map((option) => option.value);
  const offered = (choice: string): boolean => !options || field.optionsSource !== undefined || options.includes(choice);
  if (!holdsValue(field)) return true;
  if (field.kind === 'checkbox') return typeof value === 'boolean';
  if (field.kind === 'number') return typeof value === 'number';
  if (field.kind === 'multiselect') return Array.isArray(value) && value.every(offered);
  if (LIST_KINDS.includes(field.kind)) return Array.isArray(value);
  return typeof value === 'string' && (!CHOICE_KINDS.includes(field.kind) || offered(value));
}

/** A generated type with values made for it. */
function typeAnd<T>(valuesFor: (type: ConnectorType) => fc.Arbitrary<T>): fc.Arbitrary<[ConnectorType, T]> {
  return connectorType(false).chain((type) => fc.tuple(fc.constant(type), valuesFor(type)));
}

function visibility(type: ConnectorType, values: FieldValues): boolean[] {
  const fields = allFields(type);
  return fields.map((field) => isFieldVisible(field, fields, values));
}

describe('connector values, property-based', () => {
  it('a value given wins over the default; with none given, the default stands in', () => {
    fc.assert(
      fc.property(
        typeAnd(validValues),
        ([type, values]) => {
          for (const field of allFields(type)) {
            const expected = Object.hasOwn(values, field.id) ? values[field.id] : field.defaultValue;
            expect(valueOf(field, values), field.id).to.deep.equal(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('untouched, the defaults fill every shown field with a value of its shape, and the form is complete', () => {
    fc.assert(
      fc.property(connectorType(true), (type) => {
        expect(ConnectorTypeSchema.safeParse(type).success, 'the generated type is a valid one').to.equal(true);
        for (const step of type.steps) {
          for (const field of visibleFields(step, type, {})) {
            expect(hasShapeOf(field, valueOf(field, {})), `${field.kind} ${field.id}: ${JSON.stringify(valueOf(field, {}))}`).to.equal(true);
          }
        }
        expect(checkConnectorValues(type, {}, allSteps(type))).to.deep.equal({});
      }),
      { numRuns: 200 },
    );
  });

  it('a hidden field is not checked, and its value changes neither what is shown nor what is refused', () => {
    fc.assert(
      fc.property(
        typeAnd((type) => fc.tuple(anyValues(type), anyText(6))),
        ([type, [values, other]]) => {
          const fields = allFields(type);
          const shown = visibility(type, values);
          const errors = checkConnectorValues(type, values, allSteps(type));
          const hidden = fields.filter((_, index) => !shown[index]);
          for (const field of hidden) {
            expect(Object.keys(errors), `hidden ${field.id} was checked`).not.to.include(field.id);
            for (const replacement of [other, '', true, ['x']]) {
              const changed = { ...values, [field.id]: replacement };
              expect(visibility(type, changed), `after ${field.id} = ${JSON.stringify(replacement)}`).to.deep.equal(shown);
              expect(checkConnectorValues(type, changed, allSteps(type)), `after ${field.id} = ${JSON.stringify(replacement)}`).to.deep.equal(errors);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('what is sent is the value or default of every shown field that holds one, and nothing of a hidden field', () => {
    fc.assert(
      fc.property(
        typeAnd(anyValues),
        ([type, values]) => {
          const fields = allFields(type);
          const shown = visibility(type, values);
          const sent = connectorValuesToSend(type, values, allSteps(type));
          fields.forEach((field, index) => {
            const value = valueOf(field, values);
            const expected = shown[index] && holdsValue(field) && value !== undefined;
            expect(Object.hasOwn(sent, field.id), `${field.kind} ${field.id}`).to.equal(expected);
            if (expected) expect(sent[field.id]).to.deep.equal(value);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('only the fields of the steps asked for are checked', () => {
    fc.assert(
      fc.property(
        typeAnd(anyValues),
        ([type, values]) => {
          const early = stepsBeforeAuthorization(type);
          const earlyFields = type.steps.filter((step) => early.includes(step.id)).flatMap((step) => step.fields.map((field) => field.id));
          for (const fieldId of Object.keys(checkConnectorValues(type, values, early))) expect(earlyFields).to.include(fieldId);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('values within each field’s rules pass the shared rules, and ConnectorInputSchema takes them unchanged', () => {
    fc.assert(
      fc.property(
        typeAnd(validValues),
        ([type, values]) => {
          expect(checkConnectorValues(type, values, allSteps(type))).to.deep.equal({});
          const parsed = ConnectorInputSchema.safeParse({ typeId: type.id, name: 'Connector', values });
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
          expect(parsed.data?.values).to.deep.equal(values);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a shown required field left blank is refused as required, unless it is an untouched secret already stored', () => {
    fc.assert(
      fc.property(
        typeAnd((type) => {
          const fields = allFields(type);
          const blankField = fc.nat(fields.length - 1).chain((index) => fc.tuple(fc.constant(fields[index]!), blankValue(fields[index]!)));
          return fc.tuple(validValues(type), blankField, fc.boolean());
        }),
        ([type, [valid, [field, blank], secretStored]]) => {
          const values = { ...valid, [field.id]: blank };
          fc.pre(field.required && holdsValue(field) && isFieldVisible(field, allFields(type), values));
          const stored = secretStored ? [field.id] : [];
          const errors = checkConnectorValues(type, values, allSteps(type), stored);
          const keepsSecret = field.kind === 'secret' && secretStored && blank === '';
          const error = Object.hasOwn(errors, field.id) ? errors[field.id] : undefined;
          const refusal = { code: field.kind === 'checklist' ? 'checklist-incomplete' : 'required' };
          expect(error, `${field.kind} ${field.id} = ${JSON.stringify(blank)}`).to.deep.equal(keepsSecret ? undefined : refusal);
        },
      ),
      { numRuns: 200 },
    );
  });
});
