/**
 * The rules of a connector type's declarative form, in one place: which fields are shown
 * for the values given, and which values are refused. The connector form checks them as
 * the admin types; adapters check them again before saving.
 */
import type { FieldError } from './errors.js';
import type { ConnectorType, FieldSpec, FieldValue, FormStep } from './schemas.js';
import { checkTrustedAddress } from './network-security-rules.js';
import { DISPLAY_FIELD_KINDS, HttpUrlSchema } from './schemas.js';
import * as z from 'zod/mini';

const EmailSchema = z.email();
const DateSchema = z.iso.date();

export type FieldValues = Record<string, FieldValue>;

/**
 * The value held under `id`. Only own properties count: a field named `constructor` or
 * `toString` must not read what every object inherits.
 */
function ownValue(values: FieldValues, id: string): FieldValue | undefined {
  return Object.hasOwn(values, id) ? values[id] : undefined;
}

/** A field's value, or its default when the admin has not touched it. */
export function valueOf(field: FieldSpec, values: FieldValues): FieldValue | undefined {
  return ownValue(values, field.id) ?? field.defaultValue;
}

/**
 * A field is shown only while every one of its conditions holds. A condition on a hidden
 * field never holds: the admin cannot see or change that value, so it must not show
 * anything (with Basic chosen, the hidden grant type's default shows no password-grant field).
 */
export function isFieldVisible(field: FieldSpec, fields: FieldSpec[], values: FieldValues): boolean {
  return isShown(field, fields, values, new Set());
}

/** `pending` holds the fields whose visibility is being decided: one met again is on a loop. */
function isShown(field: FieldSpec, fields: FieldSpec[], values: FieldValues, pending: Set<string>): boolean {
  // Conditions that lead back to the field itself can never be met by what is on screen.
  if (pending.has(field.id)) return false;
  pending.add(field.id);
  const shown = (field.visibleWhen ?? []).every((condition) => {
    const source = fields.find((candidate) => candidate.id === condition.field);
    if (source && !isShown(source, fields, values, pending)) return false;
    const value = source ? valueOf(source, values) : ownValue(values, condition.field);
    return typeof value !== 'object' && value !== undefined && condition.oneOf.includes(value);
  });
  pending.delete(field.id);
  return shown;
}

export function visibleFields(step: FormStep, type: ConnectorType, values: FieldValues): FieldSpec[] {
  const all = type.steps.flatMap((candidate) => candidate.fields);
  return step.fields.filter((field) => isFieldVisible(field, all, values));
}

function isEmpty(value: FieldValue | undefined): boolean {
  return value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
}

/**
 * Whether `text` starts with the field's `mustStartWith`. A link is compared as the browser
 * reads it, whose scheme and host have no case: `Https://` (a phone's capital) is `https://`.
 */
function hasPrefix(field: FieldSpec, text: string, prefix: string): boolean {
  return (field.kind === 'url' ? new URL(text).href : text).startsWith(prefix);
}

/** Whether a field of this kind holds a value at all (a notice or a copy list does not). */
export function holdsValue(field: FieldSpec): boolean {
  return !DISPLAY_FIELD_KINDS.includes(field.kind);
}

/** Lists hold their values as arrays, checkboxes as booleans, numbers as numbers. */
const LIST_KINDS: readonly FieldSpec['kind'][] = ['multiselect', 'ip-list', 'checklist'];

function hasShape(field: FieldSpec, value: FieldValue): boolean {
  if (LIST_KINDS.includes(field.kind)) return Array.isArray(value);
  if (field.kind === 'checkbox') return typeof value === 'boolean';
  if (field.kind === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === 'string';
}

/** A number outside the field's bounds, said with the bounds it has. */
function checkBounds(field: FieldSpec, value: number): FieldError | null {
  const { min, max } = field;
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return null;
  if (min !== undefined && max !== undefined) return { code: 'out-of-range', params: { min, max } };
  return min !== undefined ? { code: 'too-small', params: { min } } : { code: 'too-large', params: { max: max ?? 0 } };
}

/** Every line an address or a range, none twice in any spelling: the trusted networks' rules. */
function checkAddresses(addresses: readonly string[]): FieldError | null {
  const listed: { address: string; label: string }[] = [];
  for (const address of addresses.map((line) => line.trim()).filter(Boolean)) {
    const error = checkTrustedAddress(address, listed);
    if (error) return error;
    listed.push({ address, label: '' });
  }
  return null;
}

/**
 * Why one value is refused, or null. `hasStoredSecret` lets an empty secret field keep the
 * secret the backend already holds.
 */
export function checkFieldValue(
  field: FieldSpec,
  value: FieldValue | undefined,
  hasStoredSecret = false,
): FieldError | null {
  if (!holdsValue(field)) return null;
  if (isEmpty(value)) {
    if (!field.required || (field.kind === 'secret' && hasStoredSecret)) return null;
    return { code: field.kind === 'checklist' ? 'checklist-incomplete' : 'required' };
  }
  if (value === undefined || !hasShape(field, value)) return { code: 'invalid' };
  if (typeof value === 'number') return checkBounds(field, value);
  if (field.kind === 'ip-list') return checkAddresses(value as string[]);
  if (field.kind === 'checklist') {
    const ids = (field.items ?? []).map((item) => item.id);
    const checked = value as string[];
    if (checked.some((id) => !ids.includes(id))) return { code: 'invalid' };
    return field.required && ids.some((id) => !checked.includes(id)) ? { code: 'checklist-incomplete' } : null;
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    // Spaces alone answer nothing; they do not keep a stored secret either, they would replace it.
    if (field.required && !trimmed) return { code: 'required' };
    if (field.minLength !== undefined && trimmed.length < field.minLength) {
      return { code: 'too-short', params: { min: field.minLength } };
    }
    if (field.maxLength !== undefined && trimmed.length > field.maxLength) {
      return { code: 'too-long', params: { max: field.maxLength } };
    }
    if (field.kind === 'email' && !EmailSchema.safeParse(trimmed).success) return { code: 'invalid-email' };
    if (field.kind === 'date' && !DateSchema.safeParse(trimmed).success) return { code: 'invalid-date' };
    if (field.kind === 'url' && !HttpUrlSchema.safeParse(trimmed).success) {
      return field.mustStartWith === 'https://' ? { code: 'https-required' } : { code: 'invalid-url' };
    }
    if (field.mustStartWith && !hasPrefix(field, trimmed, field.mustStartWith)) {
      return field.mustStartWith === 'https://'
        ? { code: 'https-required' }
        : { code: 'must-start-with', params: { prefix: field.mustStartWith } };
    }
  }
  const allowed = field.options?.map((option) => option.value);
  if (allowed && !field.optionsSource) {
    const chosen = Array.isArray(value) ? value : [value];
    if (chosen.some((item) => typeof item !== 'string' || !allowed.includes(item))) return { code: 'invalid' };
  }
  return null;
}

/**
 * Checks the visible fields of the given steps; returns the refusals by field id (empty
 * when all is well). Hidden fields are not checked: their values are not used.
 */
export function checkConnectorValues(
  type: ConnectorType,
  values: FieldValues,
  stepIds: string[],
  storedSecrets: readonly string[] = [],
): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const step of type.steps.filter((candidate) => stepIds.includes(candidate.id))) {
    for (const field of visibleFields(step, type, values)) {
      const error = checkFieldValue(field, valueOf(field, values), storedSecrets.includes(field.id));
      if (error) errors[field.id] = error;
    }
  }
  return errors;
}

/**
 * The values to send for the given steps: those of the fields shown, defaults included.
 * A hidden field's value is neither checked nor sent; a notice or a copy list has none.
 */
export function connectorValuesToSend(type: ConnectorType, values: FieldValues, stepIds: string[]): FieldValues {
  const sent: FieldValues = {};
  for (const step of type.steps.filter((candidate) => stepIds.includes(candidate.id))) {
    for (const field of visibleFields(step, type, values)) {
      const value = valueOf(field, values);
      if (holdsValue(field) && value !== undefined) sent[field.id] = value;
    }
  }
  return sent;
}

/** Ids of the steps that can be filled in before the connector is authorized. */
export function stepsBeforeAuthorization(type: ConnectorType): string[] {
  return type.steps.filter((step) => !step.requiresAuthorization).map((step) => step.id);
}

/**
 * What a host may change in one field of a connector type's form, for its own product:
 * a default, its help text and link, and whether the admin sees or edits the field.
 */
export interface ConnectorFieldOverride {
  defaultValue?: FieldValue;
  /** Not shown; its value (the default) is still checked and sent. */
  hidden?: boolean;
  readOnly?: boolean;
  help?: string;
  /** The host's own documentation for the field, opened in a new tab. */
  helpUrl?: string;
}

export type ConnectorFieldOverrides = Record<string, ConnectorFieldOverride>;

/** The type with the host's overrides applied to its fields (hiding is the form's business). */
export function withFieldOverrides(type: ConnectorType, overrides: ConnectorFieldOverrides): ConnectorType {
  const overrideOf = (id: string): ConnectorFieldOverride | undefined => (Object.hasOwn(overrides, id) ? overrides[id] : undefined);
  return {
    ...type,
    steps: type.steps.map((step) => ({
      ...step,
      fields: step.fields.map((field) => {
        const override = overrideOf(field.id);
        if (!override) return field;
        const changed: FieldSpec = { ...field };
        if (override.defaultValue !== undefined) changed.defaultValue = override.defaultValue;
        if (override.readOnly !== undefined) changed.readOnly = override.readOnly;
        if (override.help !== undefined) changed.help = override.help;
        // A link that is not http(s) is not followed: the host's value is checked like the backend's.
        if (override.helpUrl !== undefined && HttpUrlSchema.safeParse(override.helpUrl).success) changed.helpUrl = override.helpUrl;
        return changed;
      }),
    })),
  };
}

/** Every field of the type, in the order of its steps. */
export function allFields(type: ConnectorType): FieldSpec[] {
  return type.steps.flatMap((step) => step.fields);
}

/** The ids of the fields the steps before authorization hold: the credentials. */
export function credentialFieldIds(type: ConnectorType): Set<string> {
  const steps = stepsBeforeAuthorization(type);
  return new Set(type.steps.filter((step) => steps.includes(step.id)).flatMap((step) => step.fields.map((field) => field.id)));
}
