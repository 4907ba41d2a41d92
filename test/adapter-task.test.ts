import './support/no-lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import type { ApiAdapter, RequestOptions } from '../src/api/adapter.js';
import { PlugboardError } from '../src/api/errors.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import type { Category, NetworkSecurity } from '../src/api/schemas.js';
import type { PbErrorEvent } from '../src/events/error-event.js';
import { AdapterElement } from '../src/internal/adapter-element.js';
import { waitFor } from './support/wait.js';

interface Pending {
  locale: string | undefined;
  signal: AbortSignal;
  answer: (categories: Category[]) => void;
  fail: (error: unknown) => void;
}

/** Answers `listCategories` only when the test says so, to order answers at will. */
class ManualAdapter extends MemoryAdapter {
  readonly calls: Pending[] = [];

  /** `ignoresAborts`: like a host adapter that never looks at its signal. */
  constructor(private readonly ignoresAborts = false) {
    super();
  }

  override listCategories(options?: RequestOptions): Promise<Category[]> {
    return new Promise((resolve, reject) => {
      const signal = options!.signal!;
      if (!this.ignoresAborts) signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      this.calls.push({ locale: options?.locale, signal, answer: resolve, fail: reject });
    });
  }
}

const category = (name: string): Category => ({ id: name.toLowerCase(), name, appCount: 1 });

/** A read that depends on `filter`, and a write, rendered through their states. */
class TaskProbe extends AdapterElement {
  static override properties = { filter: {} };
  filter = 'a';
  /** What each run went on to do after its call answered: an overtaken run must not. */
  readonly landed: string[] = [];

  readonly categories = this.adapterTask({
    args: () => [this.filter] as const,
    run: async (api, [filter], options) => {
      const categories = await api.listCategories(options);
      this.landed.push(categories.map((item) => item.name).join(','));
      return `${filter}:${categories.map((item) => item.name).join(',')}`;
    },
  });

  async load(): Promise<void> {
    await this.categories.run();
  }

  readonly saving = this.adapterTask({
    run: (api, [settings]: [NetworkSecurity], options) => api.setNetworkSecurity(settings, options),
  });

  override render() {
    return this.categories.render({
      pending: () => litHtml`<p class="state">pending</p>`,
      complete: (value) => litHtml`<p class="state">${value}</p>`,
      error: (error) => litHtml`<p class="state">error ${error.code}</p>`,
    });
  }
}
customElements.define('task-probe', TaskProbe);

const stateOf = (element: TaskProbe) => element.shadowRoot!.querySelector('.state')!.textContent;

async function renderProbe(adapter: ApiAdapter, lang = 'en'): Promise<TaskProbe> {
  const element = await fixture<TaskProbe>(html`<task-probe lang=${lang} .adapter=${adapter}></task-probe>`);
  await element.updateComplete;
  return element;
}

describe('AdapterTask', () => {
  it('runs a read once an adapter is there, with an abort signal and the element locale', async () => {
    const adapter = new ManualAdapter();
    const element = await renderProbe(adapter, 'tr-TR');
    await waitFor(() => adapter.calls.at(-1)?.locale === 'tr-TR', 'a call in Turkish');
    expect(stateOf(element)).to.equal('pending');
    expect(adapter.calls.at(-1)!.signal.aborted).to.equal(false);
    adapter.calls.at(-1)!.answer([category('Hotels')]);
    await waitFor(() => stateOf(element) === 'a:Hotels', 'the answer');
  });

  for (const ignoresAborts of [false, true]) {
    it(`aborts the run before when its arguments change and never shows or acts on the older answer${ignoresAborts ? ', even from an adapter that ignores aborts' : ''}`, async () => {
      const adapter = new ManualAdapter(ignoresAborts);
      const element = await renderProbe(adapter);
      await waitFor(() => adapter.calls.length === 1, 'the first call');
      element.filter = 'b';
      await waitFor(() => adapter.calls.length === 2, 'the second call');
      expect(adapter.calls[0]!.signal.aborted).to.equal(true);
      adapter.calls[1]!.answer([category('Newer')]);
      await waitFor(() => stateOf(element) === 'b:Newer', 'the newer answer');
      adapter.calls[0]!.answer([category('Older')]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await element.updateComplete;
      expect(stateOf(element)).to.equal('b:Newer');
      expect(element.landed, 'what the runs did after their call').to.deep.equal(['Newer']);
    });
  }

  it('shows a failure, announces pb-error with the operation, and recovers on run()', async () => {
    const adapter = new ManualAdapter();
    const errors: PbErrorEvent['detail'][] = [];
    const element = await renderProbe(adapter);
    element.addEventListener('pb-error', (event) => errors.push(event.detail));
    await waitFor(() => adapter.calls.length === 1, 'the first call');
    adapter.calls[0]!.fail(new PlugboardError('server', 'down'));
    await waitFor(() => stateOf(element) === 'error server', 'the error state');
    expect(errors).to.deep.equal([{ operation: 'listCategories', code: 'server' }]);
    const retry = element.categories.run();
    await waitFor(() => adapter.calls.length === 2, 'the retry');
    adapter.calls[1]!.answer([category('Back')]);
    expect(await retry).to.deep.equal({ value: 'a:Back' });
    expect(stateOf(element)).to.equal('a:Back');
  });

  it('turns an answer that breaks the contract into invalid-response, not a crash', async () => {
    const adapter = new ManualAdapter();
    const element = await renderProbe(adapter);
    await waitFor(() => adapter.calls.length === 1, 'the first call');
    adapter.calls[0]!.answer([{ id: 42 } as unknown as Category]);
    await waitFor(() => stateOf(element) === 'error invalid-response', 'the error state');
  });

  it('aborts a run in flight when the element leaves the page, without a pb-error, and reads again on return', async () => {
    const adapter = new ManualAdapter();
    const element = await renderProbe(adapter);
    const errors: unknown[] = [];
    element.addEventListener('pb-error', (event) => errors.push(event.detail));
    await waitFor(() => adapter.calls.length === 1, 'the first call');
    const parent = element.parentElement!;
    element.remove();
    expect(adapter.calls[0]!.signal.aborted).to.equal(true);
    parent.append(element);
    await waitFor(() => adapter.calls.length === 2, 'the read after returning');
    adapter.calls[1]!.answer([category('Again')]);
    await waitFor(() => stateOf(element) === 'a:Again', 'the answer');
    expect(errors).to.deep.equal([]);
  });

  it('runs a write when asked and resolves with its outcome', async () => {
    const adapter = new ManualAdapter();
    const element = await renderProbe(adapter);
    const saved = await element.saving.run({ mode: 'unrestricted', trustedNetworks: [{ address: '192.0.2.1', label: 'Desk' }] });
    expect(saved).to.deep.equal({ value: { mode: 'unrestricted', trustedNetworks: [{ address: '192.0.2.1', label: 'Desk' }] } });
    const refused = await element.saving.run({ mode: 'unrestricted', trustedNetworks: [{ address: 'nonsense', label: '' }] });
    expect(refused && 'error' in refused ? refused.error.code : 'none').to.equal('validation');
  });
});
