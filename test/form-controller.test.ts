import './support/no-lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import type { FieldError } from '../src/api/errors.js';
import { FormController } from '../src/internal/form-controller.js';
import { PlugboardElement } from '../src/internal/plugboard-element.js';
import { focused, press, type } from './support/keyboard.js';
import { waitFor } from './support/wait.js';

/** A two-field form on the controller: a required name, taken names refused by a round trip. */
class FormProbe extends PlugboardElement {
  taken = new Set(['Sales']);
  nameChecks = 0;
  submittedValues: unknown[] = [];

  readonly form = new FormController(this, this.i18n, {
    idPrefix: 'probe',
    initial: { name: '', url: 'https://example.com' },
    rules: ({ name, url }) => ({
      name: name.trim() ? undefined : { code: 'required' },
      url: url.startsWith('https://') ? undefined : ({ code: 'https-required' } satisfies FieldError),
    }),
    asyncRules: {
      name: async ({ name }) => {
        this.nameChecks += 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
        return this.taken.has(name.trim()) ? { code: 'not-unique' } : null;
      },
    },
  });

  override render() {
    return litHtml`<form novalidate @submit=${this.onSubmit}>
      <label for="name">Name</label>
      <input id="name" ${this.form.field('name')} />
      ${this.form.renderMessage('name')}
      <label for="url">URL</label>
      <input id="url" ${this.form.field('url')} />
      ${this.form.renderMessage('url')}
      <p class="pending">${this.form.validating ? 'checking' : ''}</p>
      <button>Save</button>
    </form>`;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = await this.form.validate();
    if (values) this.submittedValues.push(values);
  }

  input(id: string): HTMLInputElement {
    return this.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  }

  message(id: string): string | null {
    const input = this.input(id);
    const describedBy = input.getAttribute('aria-describedby');
    return describedBy ? (this.shadowRoot!.getElementById(describedBy)?.textContent ?? null) : null;
  }
}
customElements.define('form-probe', FormProbe);

async function renderForm(lang = 'en'): Promise<FormProbe> {
  const element = await fixture<FormProbe>(html`<form-probe lang=${lang}></form-probe>`);
  await element.updateComplete;
  return element;
}

describe('FormController', () => {
  it('passes an axe check with messages shown', async () => {
    const element = await renderForm();
    element.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => element.message('name') !== null, 'the message');
    await expect(element).to.be.accessible();
  });

  it('starts from the initial values, clean and with no message', async () => {
    const element = await renderForm();
    expect(element.input('url').value).to.equal('https://example.com');
    expect(element.form.dirty).to.equal(false);
    expect(element.input('name').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('shows a message only once a field was changed and left, and wires aria-invalid and aria-describedby', async () => {
    const element = await renderForm();
    element.input('url').focus();
    await press('End');
    await press('Backspace');
    await type('x');
    // Still typing: no message yet, however wrong the value.
    element.input('url').value = 'http://example.com';
    element.input('url').dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(element.message('url')).to.equal(null);
    expect(element.form.dirty).to.equal(true);
    await press('Tab');
    await element.updateComplete;
    expect(element.input('url').getAttribute('aria-invalid')).to.equal('true');
    expect(element.message('url')).to.equal('The address must start with https://.');
    // The untouched name field says nothing until a submit.
    expect(element.message('name')).to.equal(null);
  });

  it('on submit shows every refusal and focuses the first invalid field, keeping what was typed', async () => {
    const element = await renderForm();
    element.input('url').value = 'ftp://files';
    element.input('url').dispatchEvent(new Event('input'));
    element.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => focused() === element.input('name'), 'focus on the first invalid field');
    expect(element.message('name')).to.equal('Fill in this field.');
    expect(element.message('url')).to.equal('The address must start with https://.');
    expect(element.input('url').value).to.equal('ftp://files');
    expect(element.submittedValues).to.deep.equal([]);
  });

  it('runs async checks on submit with a pending state, and shows their refusal', async () => {
    const element = await renderForm();
    element.input('name').value = 'Sales';
    element.input('name').dispatchEvent(new Event('input'));
    element.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => element.shadowRoot!.querySelector('.pending')!.textContent === 'checking', 'the pending state');
    await waitFor(() => element.message('name') !== null, 'the refusal');
    expect(element.message('name')).to.equal('This name is already taken in your organisation.');
    expect(element.shadowRoot!.querySelector('.pending')!.textContent).to.equal('');
    element.input('name').value = 'Support';
    element.input('name').dispatchEvent(new Event('input'));
    element.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => element.submittedValues.length === 1, 'the submit');
    expect(element.submittedValues[0]).to.deep.equal({ name: 'Support', url: 'https://example.com' });
    expect(element.nameChecks).to.equal(2);
  });

  it("puts the server's refusals on fields by path, until the value changes", async () => {
    const element = await renderForm();
    const landed = element.form.applyServerErrors(
      { 'connector.name': { code: 'too-long', params: { max: 5 } }, 'other.path': { code: 'invalid' } },
      { 'connector.name': 'name' },
    );
    expect(landed).to.equal(true);
    await element.updateComplete;
    expect(element.message('name')).to.equal('Use at most 5 characters.');
    element.input('name').value = 'Hi';
    element.input('name').dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(element.message('name')).to.equal(null);
  });

  it('localizes messages by code in the element language, with plural forms', async () => {
    const element = await renderForm('ru');
    element.form.applyServerErrors({ name: { code: 'too-long', params: { max: 5 } } }, { name: 'name' });
    await element.updateComplete;
    expect(element.message('name')).to.contain('5');
    expect(element.message('name')).not.to.contain('Use at most');
  });

  it('reset() starts over: clean, nothing shown', async () => {
    const element = await renderForm();
    element.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => element.message('name') !== null, 'the message');
    element.form.reset({ name: 'Saved', url: 'https://example.com' });
    await element.updateComplete;
    expect(element.input('name').value).to.equal('Saved');
    expect(element.message('name')).to.equal(null);
    expect(element.form.dirty).to.equal(false);
  });
});

/** A radio group and a checkbox bound to two fields. */
class ChoiceProbe extends PlugboardElement {
  readonly form = new FormController(this, this.i18n, {
    idPrefix: 'choice',
    initial: { plan: 'basic', terms: false },
    rules: ({ terms }) => ({ terms: terms ? undefined : { code: 'required' } }),
  });

  override render() {
    return litHtml`<fieldset>
        <legend>Plan</legend>
        ${['basic', 'pro'].map(
          (plan) => litHtml`<label><input type="radio" name="plan" value=${plan} ${this.form.field('plan')} />${plan}</label>`,
        )}
      </fieldset>
      <label><input type="checkbox" class="terms" ${this.form.field('terms')} />Terms</label>
      ${this.form.renderMessage('terms')}`;
  }

  radio(plan: string): HTMLInputElement {
    return this.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${plan}"]`)!;
  }
}
customElements.define('choice-probe', ChoiceProbe);

describe('FormController with radios and checkboxes', () => {
  it('binds every radio of a group to one field, and a checkbox to a boolean', async () => {
    const element = await fixture<ChoiceProbe>(html`<choice-probe></choice-probe>`);
    await element.updateComplete;
    expect(element.radio('basic').checked).to.equal(true);
    element.radio('pro').click();
    await element.updateComplete;
    expect(element.form.values.plan).to.equal('pro');
    expect(element.radio('basic').checked).to.equal(false);
    element.radio('basic').click();
    await element.updateComplete;
    expect(element.form.values.plan).to.equal('basic');
    expect(element.form.dirty).to.equal(false);
    element.shadowRoot!.querySelector<HTMLInputElement>('.terms')!.click();
    await element.updateComplete;
    expect(element.form.values.terms).to.equal(true);
    expect(element.form.valid).to.equal(true);
  });

  it('focuses the first invalid control on submit, in page order', async () => {
    const element = await fixture<ChoiceProbe>(html`<choice-probe></choice-probe>`);
    await element.updateComplete;
    expect(await element.form.validate()).to.equal(undefined);
    expect(focused()).to.equal(element.shadowRoot!.querySelector('.terms'));
  });
});
