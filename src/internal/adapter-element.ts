import { consume } from '@lit/context';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiAdapter, RequestOptions } from '../api/adapter.js';
import { checkedAdapter } from '../api/checked-adapter.js';
import { PlugboardError, isAbortError, toPlugboardError } from '../api/errors.js';
import { PbErrorEvent } from '../events/error-event.js';
import { adapterContext, ensureContextRoot } from './adapter-context.js';
import { PlugboardElement } from './plugboard-element.js';

const checkedAdapters = new WeakMap<ApiAdapter, ApiAdapter>();

/**
 * An element that talks to the host's backend: the adapter comes from its `adapter`
 * property or from an ancestor's context, every answer is parsed, and every call in
 * flight is aborted when the element leaves the page.
 */
export abstract class AdapterElement extends PlugboardElement {
  /** The host's backend. When unset, the nearest ancestor providing `adapterContext` is used. */
  @property({ attribute: false }) adapter: ApiAdapter | undefined;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected contextAdapter: ApiAdapter | undefined;

  /** Milliseconds an element waits for an adapter before it says it has none. */
  static adapterGracePeriod = 2000;

  /** Set once the grace period passed without an adapter. */
  @state() private adapterOverdue = false;

  private connection = new AbortController();
  private adapterTimer: ReturnType<typeof setTimeout> | undefined;

  /** The adapter in use, wrapped so its answers are checked against the contract. */
  protected get api(): ApiAdapter | undefined {
    const adapter = this.adapter ?? this.contextAdapter;
    if (!adapter) return undefined;
    let checked = checkedAdapters.get(adapter);
    if (!checked) {
      checked = checkedAdapter(adapter);
      checkedAdapters.set(adapter, checked);
    }
    return checked;
  }

  override connectedCallback(): void {
    // Before the context consumer asks, so a provider added later can still answer.
    ensureContextRoot();
    super.connectedCallback();
    if (this.connection.signal.aborted) this.connection = new AbortController();
    // A provider may still appear (context requests are replayed), so wait before saying so.
    const gracePeriod = (this.constructor as typeof AdapterElement).adapterGracePeriod;
    this.adapterTimer = setTimeout(() => {
      if (this.api) return;
      this.adapterOverdue = true;
      console.warn(`<${this.localName}> has no adapter: set its adapter property or call provideAdapter() on an ancestor.`);
    }, gracePeriod);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.connection.abort();
    clearTimeout(this.adapterTimer);
  }

  /** "Loading…", or, when no adapter came at all, a message that nothing can load. */
  protected renderLoading(): TemplateResult {
    if (!this.api && this.adapterOverdue) {
      return html`<p class="alert" role="alert" part="error">${this.t('errors.noAdapter')}</p>`;
    }
    return html`<p role="status" class="muted" part="loading">${this.t('common.loading')}</p>`;
  }

  /**
   * Runs one adapter call with this element's abort signal and locale. Resolves with the
   * answer, or with a `PlugboardError` (also announced as a `pb-error` event); resolves
   * with `undefined` when the element left the page meanwhile.
   */
  protected async call<T>(
    operation: string,
    run: (api: ApiAdapter, options: RequestOptions) => Promise<T>,
  ): Promise<{ value: T } | { error: PlugboardError } | undefined> {
    const api = this.api;
    if (!api) {
      const error = new PlugboardError('server', 'No adapter: set the adapter property or provide adapterContext.');
      this.dispatchEvent(new PbErrorEvent({ operation, code: error.code }));
      return { error };
    }
    const signal = this.connection.signal;
    try {
      return { value: await run(api, { signal, locale: this.i18n.locale }) };
    } catch (caught) {
      if (isAbortError(caught) || signal.aborted) return undefined;
      const error = toPlugboardError(caught);
      this.dispatchEvent(new PbErrorEvent({ operation, code: error.code }));
      return { error };
    }
  }

  /** A failure in the words of the element's language. */
  protected errorMessage(error: PlugboardError): string {
    if (error.code === 'rate-limited') {
      return error.retryAfter
        ? this.t('errors.rate-limited', { seconds: error.retryAfter })
        : this.t('errors.rate-limited-soon');
    }
    if (error.code === 'limit-reached') {
      return error.limit ? this.t('errors.limit-reached', { limit: error.limit }) : this.t('errors.server');
    }
    return this.t(`errors.${error.code}`);
  }
}
