import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlugboardError } from '../../api/errors.js';
import type { FieldItem, FieldOption, FieldSpec } from '../../api/schemas.js';
import type { StringKey } from '../../i18n/keys.js';
import type { FormController, FormValues } from '../../internal/form-controller.js';

/** The choices of a field: its own, or those the service answered (loading, failed, ready). */
export type FieldChoices =
  | { state: 'ready'; options: readonly FieldOption[] }
  | { state: 'loading' }
  | { state: 'failed'; error: PlugboardError };

/** What the field templates need from the form they are in. */
export interface FieldContext {
  form: FormController<FormValues>;
  t: (key: StringKey, options?: Record<string, unknown>) => string;
  errorMessage: (error: PlugboardError) => string;
  /** A safe id for the field's control (field ids may hold any text). */
  domId: (field: FieldSpec) => string;
  /**
   * A secret field: `stored` shows that a value is set, with Replace; `replacing` is the
   * input with a way back to the stored value; `open` is the input alone.
   */
  secretState: (field: FieldSpec) => 'stored' | 'replacing' | 'open';
  replaceSecret: (field: FieldSpec) => void;
  keepSecret: (field: FieldSpec) => void;
  choices: (field: FieldSpec) => FieldChoices;
  retryChoices: () => void;
  copyItems: (items: readonly FieldItem[], list: HTMLElement) => void;
  /** True while a submission runs: the controls stay, but nothing is changed. */
  busy: boolean;
}

const TEXT_INPUT_TYPES: Partial<Record<FieldSpec['kind'], string>> = {
  text: 'text',
  url: 'url',
  email: 'email',
  number: 'number',
  date: 'date',
};

/** The control (or display) of one field of a connector type's form, with its label, help and message. */
export function renderField(field: FieldSpec, context: FieldContext): TemplateResult {
  switch (field.kind) {
    case 'notice':
      return html`<div class="notice field-notice" part="notice">
        <p><strong dir="auto">${field.label}</strong></p>
        ${field.help ? html`<p dir="auto">${field.help}</p>` : nothing} ${helpLink(field, context)}
      </div>`;
    case 'copy-list':
      return renderCopyList(field.label, field.items ?? [], context, field.help);
    case 'radio':
      return renderChoiceGroup(field, context, 'radio');
    case 'multiselect':
    case 'checklist':
      return renderChoiceGroup(field, context, 'checkbox');
    case 'checkbox':
      return renderCheckbox(field, context);
    case 'select':
      return renderSelect(field, context);
    case 'secret':
      return renderSecret(field, context);
    case 'textarea':
    case 'ip-list':
      return renderTextarea(field, context);
    default:
      return renderInput(field, context);
  }
}

function helpId(field: FieldSpec, context: FieldContext): string {
  return `${context.domId(field)}-help`;
}

/** The help text and link under a label; `data-describedby` lets the control point at it. */
function renderHelp(field: FieldSpec, context: FieldContext, extra?: string): TemplateResult | typeof nothing {
  if (!field.help && !field.helpUrl && !extra) return nothing;
  return html`<div class="hint muted" id=${helpId(field, context)} part="field-help">
    ${field.help ? html`<span dir="auto">${field.help}</span>` : nothing} ${extra ?? nothing} ${helpLink(field, context)}
  </div>`;
}

function describedBy(field: FieldSpec, context: FieldContext, extra?: string): string | undefined {
  return field.help || field.helpUrl || extra ? helpId(field, context) : undefined;
}

function helpLink(field: FieldSpec, context: FieldContext): TemplateResult | typeof nothing {
  if (!field.helpUrl) return nothing;
  return html`<a href=${field.helpUrl} target="_blank" rel="noopener noreferrer" part="help-link"
    >${context.t('common.moreInfo')}<span class="visually-hidden"> ${context.t('common.opensInNewTab')}</span></a
  >`;
}

function labelText(field: FieldSpec, context: FieldContext): TemplateResult {
  return html`<bdi>${field.label}</bdi>${field.required
      ? nothing
      : html` <span class="muted optional">(${context.t('common.optional')})</span>`}`;
}

function renderInput(field: FieldSpec, context: FieldContext): TemplateResult {
  const { form } = context;
  const id = context.domId(field);
  const type = TEXT_INPUT_TYPES[field.kind] ?? 'text';
  // Addresses and links read left to right in every language; free text follows its own.
  const ltr = field.kind === 'url' || field.kind === 'email' || field.kind === 'number' || field.kind === 'date';
  return html`<div class="field" part="field">
    <label for=${id}>${labelText(field, context)}</label>
    ${renderHelp(field, context)}
    <input
      ${form.field(field.id)}
      id=${id}
      part="input"
      type=${type}
      dir=${ltr ? 'ltr' : 'auto'}
      inputmode=${ifDefined(field.kind === 'number' ? 'decimal' : undefined)}
      min=${ifDefined(field.min)}
      max=${ifDefined(field.max)}
      step=${ifDefined(field.kind === 'number' ? 'any' : undefined)}
      autocomplete="off"
      spellcheck=${field.kind === 'text' ? 'true' : 'false'}
      data-describedby=${ifDefined(describedBy(field, context))}
      ?required=${field.required}
      ?readonly=${field.readOnly || context.busy}
      data-fixed=${ifDefined(field.readOnly ? '' : undefined)}
    />
    ${form.renderMessage(field.id)}
  </div>`;
}

function renderTextarea(field: FieldSpec, context: FieldContext): TemplateResult {
  const { form } = context;
  const id = context.domId(field);
  const lines = field.kind === 'ip-list';
  const hint = lines ? context.t('connectors.ipListHint') : undefined;
  return html`<div class="field" part="field">
    <label for=${id}>${labelText(field, context)}</label>
    ${renderHelp(field, context, hint)}
    <textarea
      ${form.field(field.id)}
      id=${id}
      part="input"
      rows=${lines ? 4 : 3}
      dir=${lines ? 'ltr' : 'auto'}
      data-list=${ifDefined(lines ? 'lines' : undefined)}
      autocomplete="off"
      spellcheck=${lines ? 'false' : 'true'}
      data-describedby=${ifDefined(describedBy(field, context, hint))}
      ?required=${field.required}
      ?readonly=${field.readOnly || context.busy}
      data-fixed=${ifDefined(field.readOnly ? '' : undefined)}
    ></textarea>
    ${form.renderMessage(field.id)}
  </div>`;
}

function renderSecret(field: FieldSpec, context: FieldContext): TemplateResult {
  const { form } = context;
  const id = context.domId(field);
  const state = context.secretState(field);
  if (state === 'stored') {
    return html`<div class="field" part="field">
      <span class="label" id=${`${id}-label`}>${labelText(field, context)}</span>
      <div class="secret-set" part="secret-set">
        <span class="muted">${context.t('connectors.secretSet')}</span>
        ${field.readOnly
          ? nothing
          : html`<button
              type="button"
              id=${`${id}-replace`}
              class="button"
              part="replace-button"
              aria-label=${context.t('connectors.replaceSecretLabel', { field: field.label })}
              @click=${() => context.replaceSecret(field)}
            >
              ${context.t('connectors.replaceSecret')}
            </button>`}
      </div>
      ${form.renderMessage(field.id)}
    </div>`;
  }
  return html`<div class="field" part="field">
    <label for=${id}>${labelText(field, context)}</label>
    ${renderHelp(field, context)}
    <div class="secret-row">
      <input
        ${form.field(field.id)}
        id=${id}
        part="input secret-input"
        type="password"
        dir="ltr"
        autocomplete="new-password"
        autocapitalize="off"
        spellcheck="false"
        data-describedby=${ifDefined(describedBy(field, context))}
        ?required=${field.required}
        ?readonly=${field.readOnly || context.busy}
        data-fixed=${ifDefined(field.readOnly ? '' : undefined)}
      />
      ${state === 'replacing'
        ? html`<button type="button" class="link-button" part="keep-button" @click=${() => context.keepSecret(field)}>
            ${context.t('connectors.keepSecret')}
          </button>`
        : nothing}
    </div>
    ${form.renderMessage(field.id)}
  </div>`;
}

function renderCheckbox(field: FieldSpec, context: FieldContext): TemplateResult {
  const { form } = context;
  const id = context.domId(field);
  return html`<div class="field" part="field">
    <div class="option">
      <input
        ${form.field(field.id)}
        id=${id}
        part="checkbox"
        type="checkbox"
        data-describedby=${ifDefined(describedBy(field, context))}
        ?disabled=${field.readOnly}
        @click=${(event: Event) => context.busy && event.preventDefault()}
      />
      <label for=${id}>${labelText(field, context)}</label>
    </div>
    ${renderHelp(field, context)} ${form.renderMessage(field.id)}
  </div>`;
}

function renderSelect(field: FieldSpec, context: FieldContext): TemplateResult {
  const { form } = context;
  const id = context.domId(field);
  const choices = context.choices(field);
  const value = form.values[field.id];
  const offered = choices.state === 'ready' ? choices.options : [];
  const missing = typeof value === 'string' && value !== '' && !offered.some((option) => option.value === value);
  return html`<div class="field" part="field">
    <label for=${id}>${labelText(field, context)}</label>
    ${renderHelp(field, context)}
    ${choices.state === 'ready'
      ? html`<select
          ${form.field(field.id)}
          id=${id}
          part="select"
          data-describedby=${ifDefined(describedBy(field, context))}
          ?required=${field.required}
          ?disabled=${field.readOnly || context.busy}
        >
          ${value === '' || !field.required ? html`<option value="">${context.t('connectors.choose')}</option>` : nothing}
          ${offered.map((option) => html`<option value=${option.value}>${option.label}</option>`)}
          ${missing ? html`<option value=${value}>${context.t('connectors.noLongerOffered', { option: value })}</option>` : nothing}
        </select>`
      : renderChoicesState(choices, context)}
    ${form.renderMessage(field.id)}
  </div>`;
}

/**
 * Radios (one value) or checkboxes (a list) in a fieldset, for own, remote or checklist
 * choices. A required radio says so itself; a group of checkboxes cannot (a fieldset takes
 * no `aria-required`, and `required` on each box would ask for all): its legend lacks the
 * "(optional)" every optional field's label carries.
 */
function renderChoiceGroup(field: FieldSpec, context: FieldContext, type: 'radio' | 'checkbox'): TemplateResult {
  const { form } = context;
  const id = context.domId(field);
  const choices: FieldChoices =
    field.kind === 'checklist'
      ? { state: 'ready', options: (field.items ?? []).map((item) => ({ value: item.id, label: item.text })) }
      : context.choices(field);
  const value = form.values[field.id];
  const chosen = Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
  const offered = choices.state === 'ready' ? choices.options : [];
  // Saved choices the service no longer offers stay, said as such, until the admin clears them.
  const missing = choices.state === 'ready' ? chosen.filter((item) => !offered.some((option) => option.value === item)) : [];
  const option = (optionValue: string, label: unknown, index: number) => html`<div class="option">
    <input
      ${form.field(field.id)}
      id=${`${id}-${index}`}
      part=${type === 'radio' ? 'radio' : 'checkbox'}
      type=${type}
      name=${id}
      value=${optionValue}
      ?required=${type === 'radio' && field.required}
      ?disabled=${field.readOnly}
      @click=${(event: Event) => context.busy && event.preventDefault()}
    />
    <label for=${`${id}-${index}`}>${label}</label>
  </div>`;
  const noLongerOffered = missing.length
    ? context.t('connectors.noLongerOfferedHint', { count: missing.length })
    : undefined;
  return html`<fieldset
    class="field choices"
    part="field choices"
    aria-describedby=${ifDefined(describedBy(field, context, noLongerOffered))}
  >
    <legend>${labelText(field, context)}</legend>
    ${renderHelp(field, context, noLongerOffered)}
    ${choices.state === 'ready'
      ? offered.length === 0 && missing.length === 0
        ? html`<p class="muted" part="no-options">${context.t('connectors.noOptions')}</p>`
        : html`<div class="options" part="options">
            ${offered.map((choice, index) => option(choice.value, html`<bdi>${choice.label}</bdi>`, index))}
            ${missing.map((item, index) =>
              option(item, context.t('connectors.noLongerOffered', { option: item }), offered.length + index),
            )}
          </div>`
      : renderChoicesState(choices, context)}
    ${form.renderMessage(field.id)}
  </fieldset>`;
}

function renderChoicesState(choices: FieldChoices, context: FieldContext): TemplateResult | typeof nothing {
  if (choices.state === 'loading') {
    return html`<p class="muted" role="status" part="options-loading">${context.t('connectors.optionsLoading')}</p>`;
  }
  if (choices.state === 'failed') {
    return html`<div class="alert load-failure" role="alert" part="options-error">
      <p>${context.t('connectors.optionsError')} ${context.errorMessage(choices.error)}</p>
      <button type="button" class="button" part="retry-button" @click=${() => context.retryChoices()}>
        ${context.t('common.retry')}
      </button>
    </div>`;
  }
  return nothing;
}

/** Values to copy elsewhere (addresses to allow-list), each selectable, with one Copy button for all. */
export function renderCopyList(
  label: string,
  items: readonly FieldItem[],
  context: Pick<FieldContext, 't' | 'copyItems'>,
  help?: string,
): TemplateResult {
  return html`<div class="copy-list" part="copy-list">
    <p class="copy-list-label"><strong dir="auto">${label}</strong></p>
    ${help ? html`<p class="muted" dir="auto">${help}</p>` : nothing}
    <ul class="copy-items" part="copy-items" dir="ltr" translate="no">
      ${items.map((item) => html`<li><code>${item.text}</code></li>`)}
    </ul>
    <button
      type="button"
      class="button"
      part="copy-button"
      @click=${(event: Event) => {
        const list = (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>('.copy-items');
        if (list) context.copyItems(items, list);
      }}
    >
      ${context.t('connectors.copyAddresses')}
    </button>
  </div>`;
}
