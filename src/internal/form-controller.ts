import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult, html } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { FieldError } from '../api/errors.js';
import type { I18nController } from '../i18n/i18n-controller.js';

/** A field's value as its control holds it. */
export type FormValue = string | number | boolean | readonly string[];
export type FormValues = Record<string, FormValue>;

/** The rules of a form: every field's refusal, or none, for the values given. */
export type FormRules<Values extends FormValues> = (values: Values) => Partial<Record<keyof Values & string, FieldError>>;

/** A check that needs a round trip (a name taken elsewhere): resolves with a refusal or null. */
export type AsyncRule<Values extends FormValues> = (values: Values, signal: AbortSignal) => Promise<FieldError | null>;

export interface FormControllerOptions<Values extends FormValues> {
  /** The values the form starts from (and returns to on `reset()`). */
  initial: Values;
  rules: FormRules<Values>;
  /** Checks run on submit, after the rules pass, with a pending state while they run. */
  asyncRules?: Partial<Record<keyof Values & string, AsyncRule<Values>>>;
  /** Prefix of the message elements' ids, unique within the host's shadow root. */
  idPrefix: string;
}

type FieldControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The state of one form: values, which fields were touched and changed, whether it was
 * submitted, the refusals of the shared rules, of async checks and of the server (mapped
 * onto fields by path), and when each refusal shows: after the field was touched (left)
 * and changed, or once the form was submitted (Lion's interaction states). Controls are
 * wired once with `field(name)`: value, `aria-invalid` and `aria-describedby`.
 */
export class FormController<Values extends FormValues> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly i18n: I18nController;
  private readonly options: FormControllerOptions<Values>;
  private initial: Values;
  private current: Values;
  private readonly touched = new Set<string>();
  private readonly serverErrors = new Map<string, FieldError>();
  private readonly asyncErrors = new Map<string, FieldError>();
  /** The controls of each field (a radio group has several), in the order they were wired. */
  private readonly controls = new Map<string, Set<FieldControl>>();
  /**
   * The field each wired control holds now. Lit reuses a control for another field when a
   * list of fields changes (a field shown above it by a condition), so its listeners read
   * the name from here rather than keep the one it was first wired with.
   */
  private readonly wired = new WeakMap<FieldControl, string>();
  /** The controls wired during the update under way: those the host's template still renders. */
  private readonly rendered = new Set<FieldControl>();
  /** True from the start of the host's update until its template is committed. */
  private updating = false;
  /** A number per field name: names may hold any text, ids of message elements may not. */
  private readonly nameNumbers = new Map<string, number>();
  private asyncRun: AbortController | undefined;
  /** True once a submit was attempted; every refusal shows from then on. */
  submitted = false;
  /** True while async checks run. */
  validating = false;

  constructor(host: ReactiveControllerHost, i18n: I18nController, options: FormControllerOptions<Values>) {
    this.host = host;
    this.i18n = i18n;
    this.options = options;
    this.initial = { ...options.initial };
    this.current = { ...options.initial };
    host.addController(this);
  }

  get values(): Readonly<Values> {
    return this.current;
  }

  /** True when any value differs from where the form started: there are unsaved changes. */
  get dirty(): boolean {
    return (Object.keys(this.current) as (keyof Values & string)[]).some((name) => this.isDirty(name));
  }

  isDirty(name: keyof Values & string): boolean {
    return !sameValue(this.current[name], this.initial[name]);
  }

  isTouched(name: keyof Values & string): boolean {
    return this.touched.has(name);
  }

  setValue<Name extends keyof Values & string>(name: Name, value: Values[Name]): void {
    if (sameValue(this.current[name], value)) return;
    this.current = { ...this.current, [name]: value };
    // The server and async verdicts were about the old value.
    this.serverErrors.delete(name);
    this.asyncErrors.delete(name);
    this.host.requestUpdate();
  }

  /** Starts over from `values` (the saved ones, after a save): nothing touched, nothing submitted. */
  reset(values: Values = this.initial): void {
    this.initial = { ...values };
    this.current = { ...values };
    this.touched.clear();
    this.serverErrors.clear();
    this.asyncErrors.clear();
    this.asyncRun?.abort();
    this.validating = false;
    this.submitted = false;
    this.host.requestUpdate();
  }

  /** Every refusal now, shown or not: server first, then async checks, then the rules. */
  get errors(): Partial<Record<keyof Values & string, FieldError>> {
    const errors: Partial<Record<string, FieldError>> = {};
    for (const [name, error] of Object.entries(this.options.rules(this.current))) {
      if (error) errors[name] = error;
    }
    for (const [name, error] of this.asyncErrors) errors[name] = error;
    for (const [name, error] of this.serverErrors) errors[name] = error;
    return errors as Partial<Record<keyof Values & string, FieldError>>;
  }

  /** True when no rule, async check or server refusal stands. */
  get valid(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  /** The refusal to show for a field now, if any. */
  shownError(name: keyof Values & string): FieldError | undefined {
    const error = this.errors[name];
    if (!error) return undefined;
    const server = this.serverErrors.has(name) || this.asyncErrors.has(name);
    return server || this.submitted || (this.touched.has(name) && this.isDirty(name)) ? error : undefined;
  }

  /** The shown refusal in the user's language; the backend's words only for codes we do not know. */
  message(name: keyof Values & string): string | undefined {
    const error = this.shownError(name);
    return error ? localizedFieldError(this.i18n, error) : undefined;
  }

  messageId(name: keyof Values & string): string {
    let number = this.nameNumbers.get(name);
    if (number === undefined) {
      number = this.nameNumbers.size;
      this.nameNumbers.set(name, number);
    }
    return `${this.options.idPrefix}-${number}-error`;
  }

  /**
   * The message of a field, in a live region that is always on the page so a message is
   * announced when it appears. Controls wired with `field()` point at it.
   */
  renderMessage(name: keyof Values & string, part = 'field-error'): TemplateResult {
    const message = this.message(name);
    return html`<div aria-live="polite">
      ${message ? html`<p class="field-error" id=${this.messageId(name)} part=${part}>${message}</p>` : nothing}
    </div>`;
  }

  /**
   * Places the server's refusals on the fields: `paths` maps the server's dotted path (e.g.
   * `trustedNetworks.3.address`) to a field's name. Returns true when any landed on a field.
   */
  applyServerErrors(fieldErrors: Record<string, FieldError>, paths: Record<string, keyof Values & string>): boolean {
    let landed = false;
    for (const [path, error] of Object.entries(fieldErrors)) {
      const name = paths[path];
      if (!name) continue;
      this.serverErrors.set(name, error);
      landed = true;
    }
    this.host.requestUpdate();
    return landed;
  }

  /**
   * Validates for a submit: marks the form submitted, runs the rules and then the async
   * checks (`validating` meanwhile), and focuses the first invalid control. Resolves with the
   * values to send, or `undefined` when something is refused or a newer submit overtook it.
   */
  async validate(): Promise<Values | undefined> {
    this.submitted = true;
    this.serverErrors.clear();
    this.asyncErrors.clear();
    this.asyncRun?.abort();
    this.host.requestUpdate();
    if (!this.valid) {
      await this.focusFirstInvalid();
      return undefined;
    }
    const asyncRules = Object.entries(this.options.asyncRules ?? {}) as [string, AsyncRule<Values>][];
    if (asyncRules.length > 0) {
      const run = new AbortController();
      this.asyncRun = run;
      this.validating = true;
      this.host.requestUpdate();
      const values = this.current;
      const verdicts = await Promise.all(asyncRules.map(([, rule]) => rule(values, run.signal).catch(() => null)));
      if (run.signal.aborted) return undefined;
      this.validating = false;
      asyncRules.forEach(([name], index) => {
        const verdict = verdicts[index];
        if (verdict) this.asyncErrors.set(name, verdict);
      });
      this.host.requestUpdate();
      if (!this.valid) {
        await this.focusFirstInvalid();
        return undefined;
      }
    }
    return this.current;
  }

  /** Focuses the first control, in page order, whose refusal shows. */
  async focusFirstInvalid(): Promise<void> {
    await this.host.updateComplete;
    const invalid = [...this.controls.values()]
      .flatMap((controls) => [...controls])
      .filter((control) => control.isConnected && control.getAttribute('aria-invalid') === 'true');
    invalid.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const first = invalid[0];
    // In a radio group, the chosen radio is where the keyboard lands: focusing another one
    // would let the next Space change the answer.
    const chosen =
      first instanceof HTMLInputElement && first.type === 'radio'
        ? invalid.find((control) => control instanceof HTMLInputElement && control.name === first.name && control.checked)
        : undefined;
    (chosen ?? first)?.focus();
  }

  /** The control of a field, once rendered. */
  control(name: keyof Values & string): FieldControl | undefined {
    return [...(this.controls.get(name) ?? [])].find((control) => control.isConnected);
  }

  /** Wires a control to a field: its value, and the ARIA that says whether it is refused and why. */
  field(name: keyof Values & string): ReturnType<typeof fieldDirective> {
    return fieldDirective(this as unknown as FormController<FormValues>, name);
  }

  hostDisconnected(): void {
    this.asyncRun?.abort();
    this.validating = false;
  }

  /** @internal Called by the field directive for each render of a control. */
  wire(name: string, control: FieldControl): void {
    let controls = this.controls.get(name);
    if (!controls) {
      controls = new Set();
      this.controls.set(name, controls);
    }
    controls.add(control);
    this.rendered.add(control);
    const known = this.wired.has(control);
    this.wired.set(control, name);
    if (known) return;
    control.addEventListener(control instanceof HTMLSelectElement ? 'change' : 'input', () => {
      const current = this.wired.get(control) ?? name;
      const value = isGroupMember(control, this.current[current])
        ? [...(this.controls.get(current) ?? [])]
            .filter((member) => member.isConnected && (member as HTMLInputElement).checked)
            .map((member) => member.value)
        : readControl(control);
      this.setValue(current as keyof Values & string, value as Values[keyof Values & string]);
    });
    // Leaving a field is what makes it touched; a message may show from then on.
    control.addEventListener('blur', () => {
      const current = this.wired.get(control) ?? name;
      if (this.touched.has(current)) return;
      this.touched.add(current);
      // A focused control the host's render removes blurs in the middle of that render: ask
      // for the next update once this one is done, not while its template is committed.
      if (this.updating) void this.host.updateComplete.then(() => this.host.requestUpdate());
      else this.host.requestUpdate();
    });
  }

  hostUpdate(): void {
    this.updating = true;
  }

  /**
   * Writes each control's value and ARIA once the host's template is committed, not while
   * the directive runs: bindings after it on the same element (a radio's `value`, its
   * `type`, `data-describedby`) and a select's options are not in place yet then, so a
   * default radio would start unchecked and a saved drop-down choice unselected.
   */
  hostUpdated(): void {
    // Other controllers' `hostUpdated` and the host's `updated` still run in this update
    // (a dialog opening there moves focus): the window closes once they are done.
    queueMicrotask(() => {
      this.updating = false;
    });
    for (const [name, controls] of this.controls) {
      for (const control of controls) {
        // A control the template no longer renders for this field is forgotten, so re-rendered
        // ones do not pile up. Not judged by `isConnected`: a new template's controls are
        // wired before it is attached, and a radio group would keep only its last radio.
        if (this.rendered.has(control) && this.wired.get(control) === name) this.sync(name, control);
        else controls.delete(control);
      }
    }
    this.rendered.clear();
  }

  private sync(name: string, control: FieldControl): void {
    writeControl(control, this.current[name]);
    const invalid = this.shownError(name as keyof Values & string) !== undefined;
    // `data-describedby` names the control's own descriptions (a hint); the message comes first.
    const described = [invalid ? this.messageId(name as keyof Values & string) : '', control.dataset['describedby'] ?? '']
      .join(' ')
      .trim();
    if (invalid) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    if (described) control.setAttribute('aria-describedby', described);
    else control.removeAttribute('aria-describedby');
  }
}

/** A refusal in the user's language: `validation.<code>` with its params, else the backend's words. */
export function localizedFieldError(i18n: I18nController, error: FieldError): string {
  return i18n.validationMessage(error) ?? error.message ?? i18n.t('validation.invalid');
}

function sameValue(a: FormValue | undefined, b: FormValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/** A checkbox of a field that holds a list: one of a group, each adding its `value`. */
function isGroupMember(control: FieldControl, value: FormValue | undefined): boolean {
  return control instanceof HTMLInputElement && control.type === 'checkbox' && Array.isArray(value);
}

/** A textarea marked `data-list="lines"` holds a list, one item per line. */
function holdsLines(control: FieldControl): boolean {
  return control instanceof HTMLTextAreaElement && control.dataset['list'] === 'lines';
}

function readControl(control: FieldControl): FormValue {
  if (holdsLines(control)) return control.value.split('\n');
  if (control instanceof HTMLInputElement) {
    if (control.type === 'checkbox') return control.checked;
    if (control.type === 'number') return control.value === '' ? '' : control.valueAsNumber;
  }
  if (control instanceof HTMLSelectElement && control.multiple) {
    return [...control.selectedOptions].map((option) => option.value);
  }
  return control.value;
}

function writeControl(control: FieldControl, value: FormValue | undefined): void {
  if (isGroupMember(control, value)) {
    (control as HTMLInputElement).checked = (value as readonly string[]).includes(control.value);
    return;
  }
  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    control.checked = value === true;
    return;
  }
  if (control instanceof HTMLInputElement && control.type === 'radio') {
    control.checked = control.value === String(value);
    return;
  }
  if (control instanceof HTMLSelectElement && control.multiple) {
    const chosen = Array.isArray(value) ? value : [];
    for (const option of control.options) option.selected = chosen.includes(option.value);
    return;
  }
  const text = value === undefined ? '' : Array.isArray(value) ? value.join('\n') : String(value);
  // Only when it differs: writing the same text would move the caret while the admin types.
  if (control.value !== text) control.value = text;
}

class FieldDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('field() goes on a form control element');
  }

  render(_form: FormController<FormValues>, _name: string) {
    return nothing;
  }

  override update(part: ElementPart, [form, name]: [FormController<FormValues>, string]) {
    form.wire(name, part.element as FieldControl);
    return nothing;
  }
}

const fieldDirective = directive(FieldDirective);
