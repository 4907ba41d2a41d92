import { html } from 'lit';
import { PlugboardElement } from '../../src/internal/plugboard-element.js';

/** A minimal element on the shared base, to observe localization from the outside. */
export class TestGreeting extends PlugboardElement {
  static override properties = { count: { type: Number } };
  count = 1;

  override render() {
    return html`<h1>${this.i18n.t('marketplace.title')}</h1>
      <p class="count">${this.i18n.t('marketplace.resultCount', { count: this.count })}</p>
      <p class="date">${this.i18n.formatDate('2026-12-01')}</p>`;
  }

  /** The locale tag dates are formatted with, for assertions. */
  get formattingLocale(): string {
    return this.i18n.locale;
  }

  get language(): string {
    return this.i18n.language;
  }
}

if (!customElements.get('test-greeting')) customElements.define('test-greeting', TestGreeting);

/** Hosts a greeting inside its own shadow root, to check `lang` across shadow boundaries. */
export class TestShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<section><test-greeting></test-greeting></section>';
  }

  get greeting(): TestGreeting {
    return this.shadowRoot!.querySelector('test-greeting')!;
  }
}

if (!customElements.get('test-shell')) customElements.define('test-shell', TestShell);
