import './support/no-lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { TOptions } from 'i18next';
import '../src/components/app-detail/define.js';
import '../src/components/app-marketplace/define.js';
import '../src/components/consent-dialog/define.js';
import type { AppDetailElement } from '../src/components/app-detail/app-detail.js';
import type { AppMarketplace } from '../src/components/app-marketplace/app-marketplace.js';
import type { ConsentDialog } from '../src/components/consent-dialog/consent-dialog.js';
import type { ApiAdapter, RequestOptions } from '../src/api/adapter.js';
import type { AppFixture, Fixtures } from '../src/api/memory/fixture-types.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import type { ConsentRecord } from '../src/api/schemas.js';
import { defineStrings, resetDefinedStrings } from '../src/i18n/index.js';
import type { StringKey } from '../src/i18n/keys.js';
import { initials } from '../src/internal/app-logo.js';
import { PlugboardElement } from '../src/internal/plugboard-element.js';
import { manyApps } from './support/many-apps.js';
import { textOf, waitFor } from './support/wait.js';

/** Renders one string, as an element would, so a test reads exactly what a user sees. */
class TestString extends PlugboardElement {
  static override properties = { key: { attribute: false }, options: { attribute: false } };
  key: StringKey = 'marketplace.title';
  options: TOptions | undefined;

  override render() {
    return html`<p>${this.t(this.key, this.options)}</p>`;
  }

  get controller() {
    return this.i18n;
  }
}
if (!customElements.get('test-string')) customElements.define('test-string', TestString);

async function say(lang: string, key: StringKey, options?: TOptions): Promise<string> {
  const element = await fixture<TestString>(html`<test-string lang=${lang} .key=${key} .options=${options}></test-string>`);
  await element.updateComplete;
  return textOf(element.shadowRoot!.querySelector('p'));
}

async function controllerIn(lang: string) {
  const element = await fixture<TestString>(html`<test-string lang=${lang}></test-string>`);
  await element.updateComplete;
  return element.controller;
}

const vendorFeeApp = fixtures.apps.find((app) => !app.initialStatus && app.developer === 'vendor' && app.mayChangeFees)!;
const activeApp = fixtures.apps.find((app) => app.initialStatus === 'active')!;

async function renderDetail(
  appId: string,
  options: { lang: string; adapter?: ApiAdapter; hostName?: string; now?: () => Date },
): Promise<AppDetailElement> {
  const element = await fixture<AppDetailElement>(
    html`<app-detail
      lang=${options.lang}
      app-id=${appId}
      host-name=${options.hostName ?? ''}
      .adapter=${options.adapter ?? new MemoryAdapter()}
      .now=${options.now ?? (() => new Date())}
    ></app-detail>`,
  );
  await waitFor(() => !!element.shadowRoot!.querySelector('[part~="header"], [part~="error"]'), 'the detail');
  await element.updateComplete;
  return element;
}

async function renderMarketplace(lang: string, adapter: ApiAdapter = new MemoryAdapter()): Promise<AppMarketplace> {
  const element = await fixture<AppMarketplace>(html`<app-marketplace lang=${lang} .adapter=${adapter}></app-marketplace>`);
  await waitFor(() => element.shadowRoot!.querySelectorAll('.tile').length > 0, 'the catalog');
  await waitFor(() => !element.shadowRoot!.querySelector('.catalog [role="status"].muted:not(.count)'), 'every page');
  await element.updateComplete;
  return element;
}

describe('language fixes', () => {
  afterEach(() => resetDefinedStrings());

  describe('1. deactivation text without a host name', () => {
    async function confirmationText(lang: string, hostName = ''): Promise<string> {
      const element = await renderDetail(activeApp.id, { lang, hostName });
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="deactivate-button"]')!.click();
      await element.updateComplete;
      const dialog = element.shadowRoot!.querySelector<HTMLElement>('[part~="confirm-dialog"]')!;
      return textOf(dialog.querySelector('#confirm-body p'));
    }

    it('has a sentence of its own in every language, not "our team" in place of a product', async () => {
      const expected: Record<string, string> = {
        en: `${activeApp.name} will stop receiving your data.`,
        bg: `${activeApp.name} вече няма да получава вашите данни.`,
        ru: `${activeApp.name} перестанет получать ваши данные.`,
        tr: `${activeApp.name} artık verilerinizi almayacak.`,
      };
      for (const [lang, sentence] of Object.entries(expected)) {
        expect(await confirmationText(lang), lang).to.equal(sentence);
      }
    });

    it('names the host product when it has a name', async () => {
      expect(await confirmationText('en', 'Hotelio')).to.equal(`${activeApp.name} will stop receiving data from Hotelio.`);
      expect(await confirmationText('ru', 'Hotelio')).to.equal(`${activeApp.name} перестанет получать данные из Hotelio.`);
    });
  });

  describe('2. the fee consent speaks of the fees we pay', () => {
    it('says so unambiguously in every language', async () => {
      const expected: Record<string, RegExp> = {
        en: /may change the fees we pay\.$/,
        bg: /може да промени таксите, които плащаме\.$/,
        ru: /сумма, которую мы платим, может измениться\.$/,
        tr: /ödediğimiz ücretleri değiştirebileceğini anlıyorum\.$/,
      };
      const adapter = new MemoryAdapter();
      for (const [lang, pattern] of Object.entries(expected)) {
        const app = await adapter.getApp(vendorFeeApp.id, { locale: lang });
        const dialog = await fixture<ConsentDialog>(html`<consent-dialog lang=${lang}></consent-dialog>`);
        dialog.show(app);
        await dialog.updateComplete;
        const label = textOf(dialog.shadowRoot!.querySelector('input[name="fees"]')!.closest('label'));
        expect(label, lang).to.match(pattern);
        expect(label, lang).to.not.match(/стоимость наших услуг|ücretlerimizi|таксите ни|our fees/);
      }
    });
  });

  describe('3. numbers through Intl, with plural forms', () => {
    it('formats the catalog count like the sidebar, in the right plural form', async () => {
      const cases: [string, string, string][] = [
        ['ru', '10 000 приложений', '10 000'],
        ['tr', '10.000 uygulama', '10.000'],
        ['bg', '10 000 приложения', '10 000'],
        ['en', '10,000 apps', '10,000'],
      ];
      const many = manyApps(10_000);
      for (const [lang, count, sidebar] of cases) {
        const element = await renderMarketplace(lang, new MemoryAdapter({ fixtures: many }));
        expect(textOf(element.shadowRoot!.querySelector('.count')), lang).to.equal(count);
        expect(textOf(element.shadowRoot!.querySelector('.view:has(:checked) .view-count')), lang).to.equal(sidebar);
      }
    });

    it('says "loaded N of M" with the plural of the total', async () => {
      expect(await say('ru', 'marketplace.loadingMore', { loaded: 1200, count: 10_000 })).to.equal(
        'Загружено 1 200 из 10 000 приложений…',
      );
      expect(await say('ru', 'marketplace.loadingMore', { loaded: 200, count: 221 })).to.equal('Загружено 200 из 221 приложения…');
      expect(await say('en', 'marketplace.loadingMore', { loaded: 1200, count: 10_000 })).to.equal('Loaded 1,200 of 10,000 apps…');
      expect(await say('tr', 'marketplace.loadingMore', { loaded: 1200, count: 10_000 })).to.equal(
        '10.000 uygulamadan 1.200 tanesi yüklendi…',
      );
      expect(await say('bg', 'marketplace.loadingMore', { loaded: 500, count: 1200 })).to.equal(
        'Зареждане: 500 от 1200 приложения…',
      );
    });

    it('gives length limits their plural form, from the min or max a backend sends', async () => {
      // Intl groups digits with a no-break space in Russian; compare as a reader sees it.
      const plain = (controller: TestString['controller']) => ({
        validationMessage: (problem: Parameters<typeof controller.validationMessage>[0]) =>
          controller.validationMessage(problem)?.replace(/\s/g, ' '),
      });
      const ru = plain(await controllerIn('ru'));
      expect(ru.validationMessage({ code: 'too-short', params: { min: 1 } })).to.equal('Введите не менее 1 символа.');
      expect(ru.validationMessage({ code: 'too-short', params: { min: 3 } })).to.equal('Введите не менее 3 символов.');
      expect(ru.validationMessage({ code: 'too-long', params: { max: 21 } })).to.equal('Допускается не более 21 символа.');
      expect(ru.validationMessage({ code: 'too-long', params: { max: 1000 } })).to.equal('Допускается не более 1 000 символов.');
      expect(ru.validationMessage({ code: 'out-of-range', params: { min: 1, max: 10000 } })).to.equal(
        'Введите значение от 1 до 10 000.',
      );
      expect(ru.validationMessage({ code: 'no-such-code' })).to.equal(undefined);
      const en = await controllerIn('en');
      expect(en.validationMessage({ code: 'too-long', params: { max: 1 } })).to.equal('Use at most 1 character.');
      expect(en.validationMessage({ code: 'too-long', params: { max: '100' } })).to.equal('Use at most 100 characters.');
      const bg = await controllerIn('bg');
      expect(bg.validationMessage({ code: 'too-short', params: { min: 1 } })).to.equal('Въведете поне 1 знак.');
      expect(bg.validationMessage({ code: 'too-short', params: { min: 8 } })).to.equal('Въведете поне 8 знака.');
      const tr = await controllerIn('tr');
      expect(tr.validationMessage({ code: 'too-long', params: { max: 5000 } })).to.equal('En fazla 5.000 karakter kullanın.');
    });

    it('says the bounds of a number and an unconfirmed checklist in every language, numbers through Intl', async () => {
      const cases: [string, string, string, string][] = [
        ['en', 'Enter 1,000 or more.', 'Enter 2.5 or less.', 'Confirm every step of the list.'],
        ['bg', 'Въведете 1000 или повече.', 'Въведете 2,5 или по-малко.', 'Потвърдете всяка стъпка от списъка.'],
        ['ru', 'Введите число не меньше 1 000.', 'Введите число не больше 2,5.', 'Подтвердите каждый пункт списка.'],
        ['tr', '1.000 veya daha büyük bir değer girin.', '2,5 veya daha küçük bir değer girin.', 'Listedeki her adımı onaylayın.'],
      ];
      for (const [lang, tooSmall, tooLarge, checklist] of cases) {
        const controller = await controllerIn(lang);
        const say = (problem: Parameters<typeof controller.validationMessage>[0]) =>
          controller.validationMessage(problem)?.replace(/\s/g, ' ').replace(/[\u2066-\u2069]/g, '');
        expect(say({ code: 'too-small', params: { min: 1000 } }), lang).to.equal(tooSmall);
        expect(say({ code: 'too-large', params: { max: 2.5 } }), lang).to.equal(tooLarge);
        expect(say({ code: 'checklist-incomplete' }), lang).to.equal(checklist);
      }
    });

    it('counts the seconds of a rate limit in words that agree', async () => {
      expect(await say('ru', 'errors.rate-limited', { count: 1 })).to.contain('через 1 секунду.');
      expect(await say('ru', 'errors.rate-limited', { count: 3 })).to.contain('через 3 секунды.');
      expect(await say('ru', 'errors.rate-limited', { count: 30 })).to.contain('через 30 секунд.');
      expect(await say('bg', 'errors.rate-limited', { count: 1 })).to.contain('след 1 секунда.');
      expect(await say('bg', 'errors.rate-limited', { count: 45 })).to.contain('след 45 секунди.');
      expect(await say('en', 'errors.rate-limited', { count: 1 })).to.contain('in 1 second.');
      expect(await say('tr', 'errors.rate-limited', { count: 1200 })).to.contain('1.200 saniye sonra');
      expect(await say('en', 'errors.limit-reached', { count: 1000 })).to.equal('You have reached the limit of 1,000.');
    });

    it('shows a rate-limit failure of the catalog in Russian words', async () => {
      const adapter = new MemoryAdapter();
      adapter.simulateError('listCategories', 'rate-limited', { retryAfter: 1 });
      const element = await fixture<AppMarketplace>(html`<app-marketplace lang="ru" .adapter=${adapter}></app-marketplace>`);
      await waitFor(() => !!element.shadowRoot!.querySelector('[part~="error"]'), 'the failure');
      await element.updateComplete;
      expect(textOf(element.shadowRoot!.querySelector('[part~="error"]'))).to.contain('Повторите попытку через 1 секунду.');
    });
  });

  describe('4. credentials issued "just now"', () => {
    async function activatedAt(issued: Date, lang: string, seenAt: Date): Promise<string> {
      const adapter = new MemoryAdapter({ now: () => issued.getTime() });
      const app = await adapter.getApp(vendorFeeApp.id);
      const consent: ConsentRecord = {
        appId: app.id,
        termsVersion: app.termsVersion,
        scopes: app.dataScopes.map((scope) => scope.id),
        feeEffectiveDate: '2026-12-01',
        locale: lang,
        acceptedAt: issued.toISOString(),
        idempotencyKey: crypto.randomUUID(),
      };
      await adapter.activate(app.id, consent);
      const element = await renderDetail(app.id, { lang, adapter, now: () => seenAt });
      await waitFor(() => !!element.shadowRoot!.querySelector('[part~="credentials"]'), 'the credentials');
      return textOf(element.shadowRoot!.querySelector('[part~="credentials"] p'));
    }

    it('reads naturally in the sentence, in every language', async () => {
      const issued = new Date('2026-11-23T10:00:00Z');
      const seen = new Date(issued.getTime() + 20_000);
      const vendor = vendorFeeApp.vendor;
      expect(await activatedAt(issued, 'en', seen)).to.equal(`Credentials were issued just now and sent to ${vendor}.`);
      expect(await activatedAt(issued, 'bg', seen)).to.equal(
        `Идентификационните данни са издадени току-що и изпратени на ${vendor}.`,
      );
      expect(await activatedAt(issued, 'ru', seen)).to.equal(`Учётные данные выданы только что и отправлены поставщику ${vendor}.`);
      expect(await activatedAt(issued, 'tr', seen)).to.equal(
        `Kimlik bilgileri az önce oluşturuldu ve ${vendor} sağlayıcısına gönderildi.`,
      );
    });

    it('says minutes after the first minute, and keeps Intl for the future', async () => {
      const issued = new Date('2026-11-23T10:00:00Z');
      expect(await activatedAt(issued, 'en', new Date(issued.getTime() + 90_000))).to.contain('issued 1 minute ago');
      const en = await controllerIn('en');
      expect(en.formatRelativeTime(issued, issued)).to.equal('just now');
      expect(en.formatRelativeTime(new Date(issued.getTime() - 59_000), issued)).to.equal('just now');
      expect(en.formatRelativeTime(new Date(issued.getTime() - 60_000), issued)).to.equal('1 minute ago');
      expect(en.formatRelativeTime(new Date(issued.getTime() + 30_000), issued)).to.equal('in 30 seconds');
      expect((await controllerIn('ru')).formatRelativeTime(issued, issued)).to.equal('только что');
    });
  });

  describe('5. no second period after a date that ends with one', () => {
    it('writes the fee date once, with one period, in Russian and Bulgarian', async () => {
      const adapter = new MemoryAdapter();
      const now = new Date(2026, 10, 23, 15, 0);
      const cases: [string, string][] = [
        ['ru', 'с 1 декабря 2026 г. Если вы деактивируете'],
        ['bg', 'от 1 декември 2026 г. Ако деактивирате'],
        ['en', 'from December 1, 2026. If you deactivate'],
      ];
      for (const [lang, expected] of cases) {
        const app = await adapter.getApp(vendorFeeApp.id, { locale: lang });
        const dialog = await fixture<ConsentDialog>(html`<consent-dialog lang=${lang} .now=${() => now}></consent-dialog>`);
        dialog.show(app);
        await dialog.updateComplete;
        const text = textOf(dialog.shadowRoot!.querySelector('[part~="fees"] .detail'));
        expect(text, lang).to.contain(expected);
        expect(text, lang).to.not.contain('..');
      }
    });

    it('applies to any value ending in a period, and only where a period follows', async () => {
      defineStrings('ru', { detail: { developer: { host: 'Дата: {{host}}.' } } });
      expect(await say('ru', 'detail.developer.host', { host: '1 декабря 2026 г.' })).to.equal('Дата: 1 декабря 2026 г.');
      expect(await say('ru', 'consent.title', { app: 'Acme Inc.' })).to.equal('Активировать Acme Inc.');
      expect(await say('en', 'deactivate.title', { app: 'Acme Inc.' })).to.equal('Deactivate Acme Inc.?');
    });
  });

  describe('6. initials upper-cased in the element language', () => {
    it('writes İ for a Turkish i, and I in English', () => {
      expect(initials('istanbul ilan', 'tr')).to.equal('İİ');
      expect(initials('istanbul ilan', 'tr-TR')).to.equal('İİ');
      expect(initials('istanbul ilan', 'en')).to.equal('II');
      expect(initials('ılık su', 'tr')).to.equal('IS');
    });

    it('shows Turkish initials on the tile and in the detail', async () => {
      const source = fixtures.apps.find((app) => !app.initialStatus)!;
      const izmir: AppFixture = { ...source, id: 'izmir-rezervasyon', name: 'izmir rezervasyon' };
      delete izmir.logoUrl;
      const own: Fixtures = { ...fixtures, apps: [izmir] };
      const marketplace = await renderMarketplace('tr', new MemoryAdapter({ fixtures: own }));
      expect(textOf(marketplace.shadowRoot!.querySelector('[part~="tile-logo"]'))).to.equal('İR');
      const detail = await renderDetail(izmir.id, { lang: 'tr', adapter: new MemoryAdapter({ fixtures: own }) });
      expect(textOf(detail.shadowRoot!.querySelector('[part~="logo"]'))).to.equal('İR');
      const english = await renderDetail(izmir.id, { lang: 'en', adapter: new MemoryAdapter({ fixtures: own }) });
      expect(textOf(english.shadowRoot!.querySelector('[part~="logo"]'))).to.equal('IR');
    });
  });

  describe('7. region tags resolve to their language', () => {
    it('shows Turkish strings and Turkish numbers for lang="tr-TR"', async () => {
      const element = await fixture<TestString>(
        html`<test-string lang="tr-TR" .key=${'marketplace.resultCount'} .options=${{ count: 10_000 }}></test-string>`,
      );
      await element.updateComplete;
      expect(element.controller.language).to.equal('tr');
      expect(element.controller.locale).to.equal('tr-TR');
      expect(textOf(element.shadowRoot!.querySelector('p'))).to.equal('10.000 uygulama');
      expect(await say('bg-BG', 'marketplace.title')).to.equal('Интеграции');
      expect(await say('ru-RU', 'marketplace.resultCount', { count: 2 })).to.equal('2 приложения');
      expect(await say('tr_TR', 'marketplace.title')).to.equal('Entegrasyonlar');
    });

    it('lets a host override strings with a region tag', async () => {
      defineStrings('bg-BG', { marketplace: { title: 'Добавки' } });
      expect(await say('bg', 'marketplace.title')).to.equal('Добавки');
      expect(await say('bg-BG', 'marketplace.title')).to.equal('Добавки');
    });

    it('asks the adapter in tr-TR, and its fixtures answer in Turkish', async () => {
      const locales: (string | undefined)[] = [];
      const memory = new MemoryAdapter();
      const adapter = new Proxy(memory, {
        get(target, name, receiver) {
          const value = Reflect.get(target, name, receiver) as unknown;
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            const options = args.at(-1) as RequestOptions | undefined;
            if (options && typeof options === 'object' && 'signal' in options) locales.push(options.locale);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
      const element = await renderMarketplace('tr-TR', adapter);
      expect(locales.length).to.be.greaterThan(0);
      expect(new Set(locales)).to.deep.equal(new Set(['tr-TR']));
      const turkish = await memory.listCategories({ locale: 'tr' });
      const names = [...element.shadowRoot!.querySelectorAll('fieldset:nth-of-type(2) .view > span:first-of-type')].map(
        (span) => textOf(span),
      );
      expect(names).to.deep.equal(turkish.map((category) => category.name));
      expect(names).to.not.deep.equal((await memory.listCategories({ locale: 'en' })).map((category) => category.name));
      expect((await memory.listCategories({ locale: 'tr_TR' })).map((c) => c.name)).to.deep.equal(turkish.map((c) => c.name));
    });
  });

  describe('8. credential field labels', () => {
    it('are translated in every language', async () => {
      const expected: Record<string, string[]> = {
        en: ['Connector ID', 'Connector secret', 'Client ID', 'Client secret'],
        bg: ['Идентификатор на конектора', 'Таен ключ на конектора', 'Идентификатор на клиента', 'Таен ключ на клиента'],
        ru: ['Идентификатор коннектора', 'Секретный ключ коннектора', 'Идентификатор клиента', 'Секрет клиента'],
        tr: ['Bağlayıcı kimliği', 'Bağlayıcı gizli anahtarı', 'İstemci kimliği', 'İstemci gizli anahtarı'],
      };
      const keys: StringKey[] = ['connectors.clientId', 'connectors.clientSecret', 'sync.clientId', 'sync.clientSecret'];
      for (const [lang, labels] of Object.entries(expected)) {
        const seen: string[] = [];
        for (const key of keys) seen.push(await say(lang, key));
        expect(seen, lang).to.deep.equal(labels);
      }
    });
  });
});
