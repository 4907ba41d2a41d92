import './support/no-lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import ru from '../src/i18n/locales/ru.json';
import { defineStrings, isLanguageLoaded, resetDefinedStrings } from '../src/i18n/index.js';
import './support/greeting-element.js';
import type { TestGreeting, TestShell } from './support/greeting-element.js';

function title(element: TestGreeting): string {
  return element.shadowRoot!.querySelector('h1')!.textContent!.trim();
}

function countText(element: TestGreeting): string {
  return element.shadowRoot!.querySelector('.count')!.textContent!.trim();
}

function fetchedLocale(language: string): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes(`/locales/${language}.json`));
}

describe('i18n controller', () => {
  afterEach(() => {
    resetDefinedStrings();
    document.documentElement.removeAttribute('lang');
  });

  it('renders English when nothing on the page sets a language', async () => {
    const element = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    expect(title(element)).to.equal('Integrations');
    expect(element.language).to.equal('en');
  });

  it('loads a language lazily, only when an element first needs it', async () => {
    expect(isLanguageLoaded('tr')).to.equal(false);
    expect(fetchedLocale('tr')).to.equal(false);
    const element = await fixture<TestGreeting>(html`<test-greeting lang="tr"></test-greeting>`);
    await element.updateComplete;
    expect(isLanguageLoaded('tr')).to.equal(true);
    expect(fetchedLocale('tr')).to.equal(true);
    expect(title(element)).to.equal('Entegrasyonlar');
    expect(fetchedLocale('bg')).to.equal(false);
  });

  it("takes the nearest ancestor's lang, then the document's", async () => {
    document.documentElement.lang = 'ru';
    const wrapper = await fixture<HTMLDivElement>(html`<div><div lang="bg"><test-greeting></test-greeting></div></div>`);
    const inBulgarian = wrapper.querySelector('test-greeting') as TestGreeting;
    await inBulgarian.updateComplete;
    expect(inBulgarian.language).to.equal('bg');

    const plain = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    await plain.updateComplete;
    expect(plain.language).to.equal('ru');
    expect(title(plain)).to.equal(ru.marketplace.title);
  });

  it("prefers the element's own lang over its ancestors'", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><test-greeting lang="ru"></test-greeting></div>`);
    const element = wrapper.querySelector('test-greeting') as TestGreeting;
    await element.updateComplete;
    expect(element.language).to.equal('ru');
  });

  it('re-renders at once when lang changes on the element or an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-greeting></test-greeting></div>`);
    const element = wrapper.querySelector('test-greeting') as TestGreeting;
    expect(title(element)).to.equal('Integrations');

    wrapper.lang = 'ru';
    await waitForLanguage(element, 'ru');
    expect(title(element)).to.equal(ru.marketplace.title);

    element.lang = 'en';
    await waitForLanguage(element, 'en');
    expect(title(element)).to.equal('Integrations');

    element.removeAttribute('lang');
    await waitForLanguage(element, 'ru');
    expect(title(element)).to.equal(ru.marketplace.title);
  });

  it('follows lang across shadow roots', async () => {
    const shell = await fixture<TestShell>(html`<test-shell lang="ru"></test-shell>`);
    const element = shell.greeting;
    await waitForLanguage(element, 'ru');
    shell.lang = 'en';
    await waitForLanguage(element, 'en');
    expect(title(element)).to.equal('Integrations');
  });

  it('lets two widgets on one page speak two languages', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><test-greeting lang="ru"></test-greeting><test-greeting lang="en"></test-greeting></div>`,
    );
    const [russian, english] = [...wrapper.querySelectorAll('test-greeting')] as TestGreeting[];
    await russian!.updateComplete;
    await english!.updateComplete;
    expect(title(russian!)).to.equal(ru.marketplace.title);
    expect(title(english!)).to.equal('Integrations');
  });

  it('chooses Russian plural forms for 1, 2, 5 and 21', async () => {
    const element = await fixture<TestGreeting>(html`<test-greeting lang="ru"></test-greeting>`);
    await element.updateComplete;
    const expected: [number, string][] = [
      [1, ru.marketplace.resultCount_one],
      [2, ru.marketplace.resultCount_few],
      [5, ru.marketplace.resultCount_many],
      [21, ru.marketplace.resultCount_one],
      [11, ru.marketplace.resultCount_many],
    ];
    for (const [count, template] of expected) {
      element.count = count;
      await element.updateComplete;
      expect(countText(element)).to.equal(template.replace('{{count, number}}', String(count)));
    }
    // The three forms differ, or the test above could not tell them apart.
    expect(new Set([ru.marketplace.resultCount_one, ru.marketplace.resultCount_few, ru.marketplace.resultCount_many]).size).to.equal(3);
  });

  it('falls back to English for a language without strings, and keeps its region for dates', async () => {
    const german = await fixture<TestGreeting>(html`<test-greeting lang="de-AT"></test-greeting>`);
    expect(german.language).to.equal('en');
    expect(german.formattingLocale).to.equal('en');

    const british = await fixture<TestGreeting>(html`<test-greeting lang="en-GB"></test-greeting>`);
    expect(british.formattingLocale).to.equal('en-GB');
    expect(british.shadowRoot!.querySelector('.date')!.textContent).to.equal('1 December 2026');

    const broken = await fixture<TestGreeting>(html`<test-greeting lang="not a tag"></test-greeting>`);
    expect(broken.language).to.equal('en');
  });

  it('lets a host override a string, and re-renders elements already on the page', async () => {
    const element = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    defineStrings('en', { marketplace: { title: 'Add-ons' } });
    await element.updateComplete;
    expect(title(element)).to.equal('Add-ons');
    expect(countText(element)).to.equal('1 app');
  });

  it('lets a host add a language, falling back to English for missing keys', async () => {
    defineStrings('de', { marketplace: { title: 'Integrationen' } });
    const element = await fixture<TestGreeting>(html`<test-greeting lang="de"></test-greeting>`);
    await element.updateComplete;
    expect(title(element)).to.equal('Integrationen');
    expect(countText(element)).to.equal('1 app');
    expect(element.shadowRoot!.querySelector('.date')!.textContent).to.equal('1. Dezember 2026');
  });

  it('renders interpolated values as text, without HTML entities', async () => {
    defineStrings('en', { marketplace: { title: '{{name}}' } });
    const element = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    element.count = 1;
    const text = (element as unknown as { i18n: { t(key: string, o: object): string } }).i18n.t('marketplace.noResults', {
      query: '<b>"x" & y</b>',
    });
    // Isolated too (FSI … PDI), so a right-to-left value cannot reorder the sentence.
    expect(text).to.equal('No apps match “\u2068<b>"x" & y</b>\u2069”.');
  });
});

async function waitForLanguage(element: TestGreeting, language: string): Promise<void> {
  // The MutationObserver reports in a microtask; the strings may still be loading after it.
  for (let attempt = 0; attempt < 50 && element.language !== language; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await element.updateComplete;
  }
  await element.updateComplete;
  expect(element.language).to.equal(language);
}
