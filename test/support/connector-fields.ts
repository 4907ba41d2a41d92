/**
 * The controls of `<connector-form>` as tests reach them: a field's control is
 * `#field-<index of the field across all steps of its type>` (`#field-name` for the form's
 * own name field), an option of a radio or checkbox group `#field-<index>-<option index>`.
 */
import { fixtures } from '../../src/api/memory/fixtures.js';

function fieldsOf(typeId: string) {
  const type = fixtures.connectorTypes.find((candidate) => candidate.id === typeId);
  if (!type) throw new Error(`no connector type ${typeId} in the fixtures`);
  return type.steps.flatMap((step) => step.fields);
}

/** The id of a field's control (the first of a group). */
export function controlId(typeId: string, fieldId: string): string {
  const index = fieldsOf(typeId).findIndex((field) => field.id === fieldId);
  if (index < 0) throw new Error(`no field ${fieldId} in ${typeId}`);
  return `field-${index}`;
}

/** The id of one of a field's own options (a radio button or a checkbox). */
export function optionId(typeId: string, fieldId: string, value: string): string {
  const field = fieldsOf(typeId).find((candidate) => candidate.id === fieldId);
  const index = field?.options?.findIndex((option) => option.value === value) ?? -1;
  if (index < 0) throw new Error(`no option ${value} of ${typeId}.${fieldId}`);
  return `${controlId(typeId, fieldId)}-${index}`;
}

/** A control of the form by its id, or undefined while it is not rendered. */
export function formControl<T extends HTMLElement = HTMLInputElement>(form: HTMLElement, id: string): T | undefined {
  return form.shadowRoot?.querySelector<T>(`#${CSS.escape(id)}`) ?? undefined;
}

/** A control of the form by its id, which must be rendered. */
export function renderedControl<T extends HTMLElement = HTMLInputElement>(form: HTMLElement, id: string): T {
  const control = formControl<T>(form, id);
  if (!control) throw new Error(`no control #${id} in <${form.localName}>`);
  return control;
}

/** The first element of the form's shadow root with the part `name`, or null. */
export function formPart<T extends HTMLElement = HTMLElement>(form: HTMLElement, name: string): T | null {
  return form.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** Puts `value` in a text control as typing does (an `input` event). */
export function enter(form: HTMLElement, id: string, value: string): void {
  const control = formControl(form, id);
  if (!control) throw new Error(`no control #${id} in <${form.localName}>`);
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Checks a radio button or a checkbox as a click does (unless it is checked already). */
export function check(form: HTMLElement, id: string): void {
  const control = formControl(form, id);
  if (!control) throw new Error(`no control #${id} in <${form.localName}>`);
  if (!control.checked) control.click();
}

/** The values of a complete custom connector (`custom-rest`) with basic authentication. */
export function customValues(name: string): Record<string, string> {
  return {
    name,
    authType: 'basic',
    resourceUrl: 'https://rooms.example.com',
    username: 'svc',
    password: 'rooms-pass-123',
    verificationUrl: 'https://rooms.example.com/verify',
  };
}

/** Types a custom connector's `values` into its form, leaving the authentication at its default (basic). */
export function fillCustom(form: HTMLElement, values: Record<string, string>): void {
  for (const [field, value] of Object.entries(values)) {
    if (field === 'authType') continue; // basic is the default
    enter(form, controlId('custom-rest', field), value);
  }
}
