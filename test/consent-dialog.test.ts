import './support/no-lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/consent-dialog/define.js';
import type { ConsentDialog } from '../src/components/consent-dialog/consent-dialog.js';
import type { AppDetail } from '../src/api/schemas.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import type { PbConsentEvent } from '../src/events/consent-event.js';
import { setViewport } from '@web/test-runner-commands';
import { focused, press } from './support/keyboard.js';
import { textOf } from './support/wait.js';

const adapter = new MemoryAdapter();
const feeApp = fixtures.apps.find((app) => app.mayChangeFees)!;
const freeApp = fixtures.apps.find((app) => !app.mayChangeFees)!;

async function detail(id: string, locale = 'en'): Promise<AppDetail> {
  return adapter.getApp(id, { locale });
}

function part(dialog: ConsentDialog, name: string): HTMLElement {
  return dialog.shadowRoot!.querySelector(`[part~="${name}"]`)!;
}

function checkbox(dialog: ConsentDialog, name: 'fees' | 'data'): HTMLInputElement {
  return dialog.shadowRoot!.querySelector(`input[name="${name}"]`)!;
}

async function openDialog(app: AppDetail, lang = 'en', now = new Date(2026, 10, 23, 15, 0)): Promise<ConsentDialog> {
  const dialog = await fixture<ConsentDialog>(html`<consent-dialog lang=${lang} .now=${() => now}></consent-dialog>`);
  dialog.show(app);
  await dialog.updateComplete;
  return dialog;
}

describe('<consent-dialog>', () => {
  it('passes an axe check while open', async () => {
    const dialog = await openDialog(await detail(feeApp.id));
    await expect(dialog).to.be.accessible();
  });

  it('is a native modal dialog labelled by its title', async () => {
    const app = await detail(feeApp.id);
    const dialog = await openDialog(app);
    const native = part(dialog, 'dialog') as HTMLDialogElement;
    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    const title = dialog.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.contain(app.name);
  });

  it('keeps Activate disabled until both consents are given', async () => {
    const dialog = await openDialog(await detail(feeApp.id));
    const activate = part(dialog, 'activate-button') as HTMLButtonElement;
    expect(activate.disabled).to.equal(true);
    checkbox(dialog, 'fees').click();
    await dialog.updateComplete;
    expect(activate.disabled).to.equal(true);
    checkbox(dialog, 'data').click();
    await dialog.updateComplete;
    expect(activate.disabled).to.equal(false);
    checkbox(dialog, 'fees').click();
    await dialog.updateComplete;
    expect(activate.disabled).to.equal(true);
  });

  it('asks only for data access when the app cannot change fees', async () => {
    const dialog = await openDialog(await detail(freeApp.id));
    expect(part(dialog, 'fees')).to.equal(null);
    checkbox(dialog, 'data').click();
    await dialog.updateComplete;
    expect((part(dialog, 'activate-button') as HTMLButtonElement).disabled).to.equal(false);
  });

  it('lists every data set the vendor gets, with its access', async () => {
    const app = await detail(feeApp.id);
    const dialog = await openDialog(app);
    const items = [...part(dialog, 'scopes').querySelectorAll('li')].map((item) => item.textContent!.replace(/\s+/g, ' '));
    expect(items).to.have.length(app.dataScopes.length);
    app.dataScopes.forEach((scope, index) => expect(items[index]).to.contain(scope.name));
  });

  it('shows the first day of next month, formatted for the locale', async () => {
    const now = new Date(2026, 11, 15, 9, 0);
    const cases: [string, string][] = [
      ['en', 'January 1, 2027'],
      ['ru', '1 января 2027 г.'],
      ['tr', '1 Ocak 2027'],
      ['bg', '1 януари 2027 г.'],
    ];
    for (const [lang, expected] of cases) {
      const dialog = await openDialog(await detail(feeApp.id, lang), lang, now);
      expect(textOf(part(dialog, 'fees')), lang).to.contain(expected);
    }
  });

  it('emits a consent record of exactly what was shown, then closes', async () => {
    const now = new Date(2026, 10, 23, 15, 0);
    const app = await detail(feeApp.id, 'ru');
    const dialog = await openDialog(app, 'ru', now);
    checkbox(dialog, 'fees').click();
    checkbox(dialog, 'data').click();
    await dialog.updateComplete;
    setTimeout(() => part(dialog, 'activate-button').click());
    const event: PbConsentEvent = await oneEvent(dialog, 'pb-consent');
    expect(event.detail.consent).to.deep.equal({
      appId: app.id,
      termsVersion: app.termsVersion,
      scopes: app.dataScopes.map((scope) => scope.id),
      feeEffectiveDate: '2026-12-01',
      locale: 'ru',
      acceptedAt: now.toISOString(),
      idempotencyKey: event.detail.consent.idempotencyKey,
    });
    expect(event.detail.consent.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    await dialog.updateComplete;
    expect(dialog.open).to.equal(false);
  });

  it('stays open, keeping the consents, when a listener activates and fails', async () => {
    const dialog = await openDialog(await detail(feeApp.id));
    dialog.addEventListener('pb-consent', (event) => event.preventDefault());
    checkbox(dialog, 'fees').click();
    checkbox(dialog, 'data').click();
    await dialog.updateComplete;
    part(dialog, 'activate-button').click();
    await dialog.updateComplete;
    expect(dialog.open).to.equal(true);
    dialog.error = 'Activation failed.';
    await dialog.updateComplete;
    expect(part(dialog, 'error').textContent).to.contain('Activation failed.');
    expect(checkbox(dialog, 'fees').checked).to.equal(true);
    expect(checkbox(dialog, 'data').checked).to.equal(true);
    expect(part(dialog, 'activate-button').textContent!.trim()).to.equal('Try again');
  });

  it('cancels on Escape and returns focus to the opener', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>Open</button><consent-dialog></consent-dialog></div>`);
    const opener = wrapper.querySelector('button')!;
    const dialog = wrapper.querySelector('consent-dialog')!;
    opener.focus();
    dialog.show(await detail(feeApp.id));
    await dialog.updateComplete;
    expect(focused()).to.not.equal(opener);
    setTimeout(() => void press('Escape'));
    const event = await oneEvent(dialog, 'pb-consent-cancel');
    expect(event.detail.appId).to.equal(feeApp.id);
    await dialog.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(focused()).to.equal(opener);
  });

  it('starts with fresh consents and a new idempotency key each time it opens', async () => {
    const dialog = await openDialog(await detail(freeApp.id));
    checkbox(dialog, 'data').click();
    dialog.hide();
    await dialog.updateComplete;
    dialog.show();
    await dialog.updateComplete;
    expect(checkbox(dialog, 'data').checked).to.equal(false);
  });

  it('renders a hostile app name as text', async () => {
    const app = { ...(await detail(freeApp.id)), name: '<img src=x onerror="window.__pwned=1">' };
    const dialog = await openDialog(app);
    expect(part(dialog, 'title').textContent).to.contain('<img src=x');
    expect(part(dialog, 'title').querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('keeps a failure and the buttons in view on a small screen, however long the dialog', async () => {
    await setViewport({ width: 420, height: 600 });
    try {
      const dialog = await openDialog(await detail(feeApp.id, 'ru'), 'ru');
      dialog.error = 'Не удалось активировать интеграцию.';
      await dialog.updateComplete;
      const native = part(dialog, 'dialog') as HTMLDialogElement;
      expect(native.scrollHeight).to.be.greaterThan(native.clientHeight);
      const box = native.getBoundingClientRect();
      for (const name of ['error', 'cancel-button', 'activate-button']) {
        const rect = part(dialog, name).getBoundingClientRect();
        expect(rect.top, name).to.be.at.least(box.top);
        expect(rect.bottom, name).to.be.at.most(box.bottom);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
